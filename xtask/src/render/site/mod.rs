//! The docs site (`cargo xtask site`): static HTML pages in English and
//! Chinese, one per code at a stable path, the whole catalogue per language,
//! a bilingual landing page, and a search that needs no server. Like every
//! renderer it reads the catalogue only; the writer puts the files in place.
//!
//! Every link is relative, and every asset (style, scripts, index) is a file
//! of the site: no CDN, web font or other host.

mod html;
mod search_index;

use std::fmt::Write as _;

use crate::catalogue::{Catalogue, Code, CodeId, Platform};
use crate::render::header::{MARKER, SITE, header_sentence_for};
use crate::render::language::{LANGUAGES, Language};

use html::{escape, inline_code, paragraphs};

const STYLE: &str = include_str!("assets/site.css");
const SEARCH: &str = include_str!("assets/search.js");

/// The path of a code's page in a language, relative to the site's root:
/// `en/ECONNRESET.html`. These paths are the site's stable addresses.
pub fn code_page(language_tag: &str, code: &Code) -> String {
    format!("{language_tag}/{}.html", code.name)
}

/// Every file of the site: `(path relative to the site's root, contents)`, sorted by path.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> Vec<(String, String)> {
    let header = header_sentence_for(spec_label, SITE);
    let html = |body: String| format!("<!-- {header} -->\n{body}");
    let mut files = vec![
        ("index.html".to_string(), html(landing(catalogue))),
        (
            "assets/site.css".to_string(),
            format!("/* {header} */\n{STYLE}"),
        ),
        (
            "assets/search.js".to_string(),
            format!("// {header}\n{SEARCH}"),
        ),
        (
            "assets/search-index.js".to_string(),
            format!("// {header}\n{}", search_index::script(catalogue)),
        ),
    ];
    for (index, language) in LANGUAGES.iter().enumerate() {
        let other = &LANGUAGES[(index + 1) % LANGUAGES.len()];
        files.push((
            format!("{}/index.html", language.tag),
            html(catalogue_page(catalogue, language, other)),
        ));
        for id in 0..catalogue.codes.len() {
            files.push((
                code_page(language.tag, &catalogue.codes[id]),
                html(code_page_html(catalogue, id, language, other)),
            ));
        }
    }
    debug_assert!(files.iter().all(|(_, contents)| contents.contains(MARKER)));
    files.sort();
    files
}

/// What a page's shell needs to know.
struct Page<'a> {
    /// `lang` of the page.
    html_lang: &'a str,
    /// The language whose pages search results link to (`None`: both).
    results_in: Option<&'a str>,
    /// The way from the page to the site's root (`""` or `"../"`).
    root: &'a str,
    title: String,
    description: String,
    /// The same page in the other language: `(hreflang, href, link text)`.
    alternates: Vec<(&'a str, String, &'a str)>,
    words: &'a Language,
}

fn shell(page: &Page<'_>, main: &str) -> String {
    let root = page.root;
    let words = &page.words.site;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">",
        page.html_lang,
        escape(&page.title),
        escape(&page.description),
    );
    for (hreflang, href, _) in &page.alternates {
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\">"
        );
    }
    let _ = writeln!(
        out,
        "<link rel=\"stylesheet\" href=\"{root}assets/site.css\">\n<script src=\"{root}assets/search-index.js\" defer></script>\n<script src=\"{root}assets/search.js\" defer></script>\n</head>\n<body data-root=\"{root}\" data-results=\"{}\">\n<header class=\"site\">\n<a class=\"home\" href=\"{root}index.html\">{}</a>\n<nav class=\"languages\" aria-label=\"Language / 语言\">",
        page.results_in.unwrap_or(""),
        escape(words.name),
    );
    for (hreflang, href, text) in &page.alternates {
        let _ = writeln!(
            out,
            "<a href=\"{href}\" hreflang=\"{hreflang}\" lang=\"{hreflang}\" rel=\"alternate\" class=\"switch\">{}</a>",
            escape(text)
        );
    }
    let _ = writeln!(
        out,
        "</nav>\n<form class=\"search\" role=\"search\">\n<label for=\"search\">{}</label>\n<input id=\"search\" type=\"search\" name=\"q\" placeholder=\"{}\" autocomplete=\"off\" spellcheck=\"false\">\n<p class=\"no-results\" hidden>{}</p>\n<button type=\"submit\">{}</button>\n<ol class=\"results\" hidden></ol>\n<noscript><p>{}</p></noscript>\n</form>\n</header>\n<main>\n{main}</main>\n</body>\n</html>",
        escape(words.search_label),
        escape(words.search_placeholder),
        escape(words.no_results),
        escape(words.go),
        escape(words.needs_script),
    );
    out
}

/// `index.html`: both languages side by side, the search, and every code.
fn landing(catalogue: &Catalogue) -> String {
    let [en, zh] = &LANGUAGES;
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<h1>{} · <span lang=\"{}\">{}</span></h1>",
        escape(en.site.name),
        zh.html_lang,
        escape(zh.site.name)
    );
    main.push_str("<div class=\"languages-intro\">\n");
    for language in &LANGUAGES {
        let _ = writeln!(
            main,
            "<section lang=\"{lang}\">\n<h2><a href=\"{tag}/index.html\">{title}</a></h2>\n<p>{intro}</p>\n</section>",
            lang = language.html_lang,
            tag = language.tag,
            title = escape(language.title),
            intro = inline_code(language.intro),
        );
    }
    main.push_str("</div>\n");
    let _ = writeln!(
        main,
        "<h2>{} · <span lang=\"{}\">{}</span></h2>\n<div class=\"scroll\">\n<table class=\"index\">\n<thead>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(en.index_heading),
        zh.html_lang,
        escape(zh.index_heading),
        escape(en.code_column),
        escape(en.summary_column.unwrap_or_default()),
    );
    for platform in Platform::ALL {
        let _ = write!(main, "<th scope=\"col\">{}</th>", platform.name());
    }
    let _ = writeln!(
        main,
        "<th lang=\"{}\">{}</th></tr>\n</thead>\n<tbody>",
        zh.html_lang,
        escape(zh.own_name)
    );
    for code in &catalogue.codes {
        let _ = write!(
            main,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td>",
            code_page(en.tag, code),
            escape(&code.full_name),
            escape(&code.summary)
        );
        for platform in Platform::ALL {
            let _ = write!(
                main,
                "<td>{}</td>",
                native_cell(catalogue, code, platform, en, "en/")
            );
        }
        let _ = writeln!(
            main,
            "<td><a href=\"{}\" lang=\"{}\">{}</a></td></tr>",
            code_page(zh.tag, code),
            zh.html_lang,
            escape(&code.name)
        );
    }
    main.push_str("</tbody>\n</table>\n</div>\n");
    let page = Page {
        html_lang: en.html_lang,
        results_in: None,
        root: "",
        title: format!("{} · {}", en.site.name, zh.site.name),
        description: catalogue.krate.description.clone(),
        alternates: LANGUAGES
            .iter()
            .map(|language| {
                (
                    language.html_lang,
                    format!("{}/index.html", language.tag),
                    language.own_name,
                )
            })
            .collect(),
        words: en,
    };
    shell(&page, &main)
}

/// `en/index.html`: the whole catalogue in one language, in the layout of
/// the Markdown docs: the index, the entries by section, the codes by operation.
fn catalogue_page(catalogue: &Catalogue, language: &Language, other: &Language) -> String {
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<h1>{}</h1>\n<p>{}</p>\n<h2 id=\"index\">{}</h2>\n<div class=\"scroll\">\n<table class=\"index\">\n<thead>\n<tr><th scope=\"col\">{}</th>",
        escape(language.title),
        inline_code(language.intro),
        escape(language.index_heading),
        escape(language.code_column),
    );
    if let Some(column) = language.summary_column {
        let _ = write!(main, "<th scope=\"col\">{}</th>", escape(column));
    }
    for platform in Platform::ALL {
        let _ = write!(main, "<th scope=\"col\">{}</th>", platform.name());
    }
    let _ = writeln!(
        main,
        "<th scope=\"col\">{}</th></tr>\n</thead>\n<tbody>",
        escape(language.operations_column)
    );
    for code in &catalogue.codes {
        let _ = write!(
            main,
            "<tr><td><a href=\"{}.html\">{}</a></td>",
            code.name,
            escape(&code.full_name)
        );
        if language.summary_column.is_some() {
            let _ = write!(main, "<td>{}</td>", escape(&code.summary));
        }
        for platform in Platform::ALL {
            let _ = write!(
                main,
                "<td>{}</td>",
                native_cell(catalogue, code, platform, language, "")
            );
        }
        let _ = writeln!(
            main,
            "<td>{}</td></tr>",
            escape(&catalogue.operation_names(code).join(", "))
        );
    }
    main.push_str("</tbody>\n</table>\n</div>\n");

    for (section, codes) in catalogue.sections() {
        let _ = writeln!(main, "<h2>{}</h2>", escape(section.title()));
        for code in codes {
            let _ = writeln!(
                main,
                "<section class=\"entry\" id=\"{name}\">\n<h3><a href=\"{name}.html\">{full}</a> - [{operations}]</h3>",
                name = code.name,
                full = escape(&code.full_name),
                operations = escape(&catalogue.operation_names(code).join(", ")),
            );
            if language.summary_column.is_some() {
                let _ = writeln!(
                    main,
                    "<p class=\"summary\"><strong>{}</strong></p>",
                    escape(&code.summary)
                );
            }
            main.push_str(&paragraphs((language.text)(code)));
            main.push_str("<ul>\n");
            for platform in Platform::ALL {
                let _ = writeln!(
                    main,
                    "<li>{}: {}</li>",
                    platform.name(),
                    native_cell(catalogue, code, platform, language, "")
                );
            }
            let _ = writeln!(
                main,
                "<li>{}: {}</li>\n</ul>\n</section>",
                escape(language.references),
                reference_links(code)
            );
        }
    }

    let _ = writeln!(
        main,
        "<h2 id=\"by-operation\">{}</h2>\n<ul class=\"by-operation\">",
        escape(language.by_operation_heading)
    );
    for (id, operation) in catalogue.operations.iter().enumerate() {
        let links: Vec<String> = catalogue
            .codes_for(id)
            .map(|code_id| {
                let name = &catalogue.codes[code_id].name;
                format!("<a href=\"{name}.html\">{name}</a>")
            })
            .collect();
        let list = if links.is_empty() {
            "—".to_string()
        } else {
            links.join(", ")
        };
        let _ = writeln!(
            main,
            "<li id=\"op-{name}\"><code>{name}</code>: {list}</li>",
            name = escape(&operation.name)
        );
    }
    main.push_str("</ul>\n");

    let page = Page {
        html_lang: language.html_lang,
        results_in: Some(language.tag),
        root: "../",
        title: format!("{} · {}", language.title, language.site.name),
        description: language.intro.replace('`', ""),
        alternates: vec![(
            other.html_lang,
            format!("../{}/index.html", other.tag),
            other.own_name,
        )],
        words: language,
    };
    shell(&page, &main)
}

/// `en/ECONNRESET.html`: one code.
fn code_page_html(
    catalogue: &Catalogue,
    id: CodeId,
    language: &Language,
    other: &Language,
) -> String {
    let code = &catalogue.codes[id];
    let words = &language.site;
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<p class=\"crumbs\"><a href=\"index.html\">{}</a></p>\n<article class=\"code\" data-code=\"{}\">\n<h1><code>{}</code></h1>",
        escape(words.all_codes),
        code.name,
        escape(&code.full_name),
    );
    if language.summary_column.is_some() {
        let _ = writeln!(
            main,
            "<p class=\"summary\"><strong>{}</strong></p>",
            escape(&code.summary)
        );
    }
    main.push_str(&paragraphs((language.text)(code)));
    let _ = writeln!(
        main,
        "<div class=\"scroll\">\n<table class=\"natives\">\n<thead>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>\n</thead>\n<tbody>",
        escape(words.platform_column),
        escape(words.symbol_column),
        escape(words.value_column),
    );
    for platform in Platform::ALL {
        match code.native(platform) {
            Some(native) => {
                let alias = native
                    .alias_of
                    .map(|target| {
                        let target = &catalogue.codes[target].name;
                        format!(
                            " ({} <a href=\"{target}.html\">{target}</a>)",
                            escape(language.decodes_as)
                        )
                    })
                    .unwrap_or_default();
                let _ = writeln!(
                    main,
                    "<tr><td>{}</td><td><code>{}</code></td><td>{}{alias}</td></tr>",
                    platform.name(),
                    escape(&native.symbol),
                    native.value
                );
            }
            None => {
                let _ = writeln!(
                    main,
                    "<tr><td>{}</td><td colspan=\"2\">{}</td></tr>",
                    platform.name(),
                    escape(language.not_reported)
                );
            }
        }
    }
    main.push_str("</tbody>\n</table>\n</div>\n");
    let operations: Vec<String> = code
        .operations
        .iter()
        .map(|&op| {
            let name = escape(&catalogue.operations[op].name);
            format!("<a href=\"index.html#op-{name}\"><code>{name}</code></a>")
        })
        .collect();
    let _ = writeln!(
        main,
        "<p>{}: {}</p>\n<p>{}: {}</p>\n</article>",
        escape(language.operations_column),
        operations.join(", "),
        escape(language.references),
        reference_links(code),
    );
    let neighbour = |other_id: Option<usize>, label: &str, rel: &str| {
        other_id
            .and_then(|other_id| catalogue.codes.get(other_id))
            .map(|next| {
                format!(
                    "<a href=\"{name}.html\" rel=\"{rel}\">{} <code>{name}</code></a>",
                    escape(label),
                    name = next.name
                )
            })
    };
    let links: Vec<String> = [
        neighbour(id.checked_sub(1), words.previous, "prev"),
        neighbour(Some(id + 1), words.next, "next"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let _ = writeln!(
        main,
        "<nav class=\"neighbours\" aria-label=\"{}\">{}</nav>",
        escape(words.neighbours_label),
        links.join("\n")
    );

    let summary = if language.summary_column.is_some() {
        code.summary.clone()
    } else {
        (language.text)(code)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let page = Page {
        html_lang: language.html_lang,
        results_in: Some(language.tag),
        root: "../",
        title: format!("{} · {}", code.name, words.name),
        description: summary,
        alternates: vec![(
            other.html_lang,
            format!("../{}", code_page(other.tag, code)),
            other.own_name,
        )],
        words: language,
    };
    shell(&page, &main)
}

/// `<code>ECONNRESET</code> 104`, with the code an alias decodes as, or "not
/// reported"; `pages` is the way from the page to the language's folder.
fn native_cell(
    catalogue: &Catalogue,
    code: &Code,
    platform: Platform,
    language: &Language,
    pages: &str,
) -> String {
    match code.native(platform) {
        Some(native) => {
            let mut cell = format!("<code>{}</code> {}", escape(&native.symbol), native.value);
            if let Some(target) = native.alias_of {
                let target = &catalogue.codes[target].name;
                let _ = write!(
                    cell,
                    " ({} <a href=\"{pages}{target}.html\">{target}</a>)",
                    escape(language.decodes_as)
                );
            }
            cell
        }
        None => escape(language.not_reported),
    }
}

/// The code's references as links to their documents.
fn reference_links(code: &Code) -> String {
    code.references
        .iter()
        .map(|reference| {
            format!(
                "<a href=\"{}\">{}</a>",
                escape(&reference.link),
                escape(&reference.title)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
