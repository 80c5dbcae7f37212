//! The site's pages as view models: plain structs built from the catalogue,
//! each rendered by its template in `xtask/templates/site/`. The templates
//! escape every value for HTML as they print it (askama's auto-escaping for
//! `.html` files), so nothing here escapes by hand, and nothing here is HTML.

use std::collections::HashMap;

use askama::Template;

use crate::catalogue::{Catalogue, Code, CodeId, Platform, Reference};
use crate::render::language::{LANGUAGES, Language, SiteWords};

/// What every page's shell (`layout.html`) shows around its `main`.
pub struct Shell<'a> {
    /// `lang` of the page.
    html_lang: &'a str,
    /// The language whose pages search results link to (`""`: both).
    results_in: &'a str,
    /// The way from the page to the site's root (`""` or `"../"`).
    root: &'a str,
    title: String,
    description: String,
    /// The same page in the other language(s).
    alternates: Vec<Alternate<'a>>,
    words: &'a SiteWords,
}

/// A link to the same page in another language.
pub struct Alternate<'a> {
    /// The language's `lang` tag.
    hreflang: &'a str,
    href: String,
    /// The language's name in itself.
    text: &'a str,
}

/// A run of the generator's own words (never spec text): plain text, or a
/// `` `code` `` span shown as `<code>`.
pub struct Span<'a> {
    text: &'a str,
    is_code: bool,
}

/// `words` cut at its backticks into text and code spans.
fn spans(words: &str) -> Vec<Span<'_>> {
    words
        .split('`')
        .enumerate()
        .map(|(index, text)| Span {
            text,
            is_code: index % 2 == 1,
        })
        .collect()
}

/// A code as its pages show it in one language.
pub struct CodeView<'a> {
    /// `ECONNRESET`: its page is `ECONNRESET.html`.
    name: &'a str,
    /// `WMKC_NET_ERR_ECONNRESET`.
    full_name: &'a str,
    /// The English summary, in a language that leads with it.
    summary: Option<&'a str>,
    /// The text in the page's language: its non-blank lines, trimmed.
    paragraphs: Vec<&'a str>,
    /// One cell per platform of `Platform::ALL`.
    natives: Vec<NativeCell<'a>>,
    /// The names of the operations that report it.
    operations: Vec<&'a str>,
    references: &'a [Reference],
}

/// What a code is on one platform.
pub struct NativeCell<'a> {
    /// `Linux`, `Windows`.
    platform: &'static str,
    /// `None`: the platform does not report the code.
    native: Option<NativeView<'a>>,
}

/// A code's symbol and value on a platform that reports it.
pub struct NativeView<'a> {
    symbol: &'a str,
    value: i32,
    /// The name of the code this value decodes as, when it is another code's.
    decodes_as: Option<&'a str>,
}

impl<'a> CodeView<'a> {
    fn new(catalogue: &'a Catalogue, code: &'a Code, language: &Language) -> Self {
        CodeView {
            name: &code.name,
            full_name: &code.full_name,
            summary: language.summary_column.map(|_| code.summary.as_str()),
            paragraphs: (language.explanation)(code)
                .text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect(),
            natives: Platform::ALL
                .iter()
                .map(|&platform| NativeCell {
                    platform: platform.name(),
                    native: code.native(platform).map(|native| NativeView {
                        symbol: &native.symbol,
                        value: native.value,
                        decodes_as: native
                            .alias_of
                            .map(|target| catalogue.codes[target].name.as_str()),
                    }),
                })
                .collect(),
            operations: catalogue.operation_names(code),
            references: &code.references,
        }
    }

    /// Every code of the catalogue, in spec order, as `language` shows it.
    pub fn all(catalogue: &'a Catalogue, language: &Language) -> Vec<Self> {
        catalogue
            .codes
            .iter()
            .map(|code| CodeView::new(catalogue, code, language))
            .collect()
    }
}

/// A language as the landing page introduces it.
pub struct Introduction<'a> {
    language: &'a Language,
    intro: Vec<Span<'a>>,
}

/// `index.html`: both languages side by side, the search, and every code.
#[derive(Template)]
#[template(path = "site/landing.html")]
pub struct LandingPage<'a> {
    shell: Shell<'a>,
    en: &'a Language,
    zh: &'a Language,
    introductions: Vec<Introduction<'a>>,
    platforms: Vec<&'static str>,
    /// The codes as the English pages show them.
    codes: &'a [CodeView<'a>],
}

impl<'a> LandingPage<'a> {
    /// `english` is `CodeView::all` in English.
    pub fn new(catalogue: &'a Catalogue, english: &'a [CodeView<'a>]) -> Self {
        let [en, zh] = &LANGUAGES;
        LandingPage {
            shell: Shell {
                html_lang: en.html_lang,
                results_in: "",
                root: "",
                title: format!("{} · {}", en.site.name, zh.site.name),
                description: catalogue.krate.description.clone(),
                alternates: LANGUAGES
                    .iter()
                    .map(|language| Alternate {
                        hreflang: language.html_lang,
                        href: format!("{}/index.html", language.tag),
                        text: language.own_name,
                    })
                    .collect(),
                words: &en.site,
            },
            en,
            zh,
            introductions: LANGUAGES
                .iter()
                .map(|language| Introduction {
                    language,
                    intro: spans(language.intro),
                })
                .collect(),
            platforms: platform_names(),
            codes: english,
        }
    }
}

/// A section of the catalogue page: the codes of one section of the user's document.
pub struct SectionView<'a> {
    title: &'static str,
    codes: Vec<&'a CodeView<'a>>,
}

/// An operation and the codes it reports.
pub struct OperationView<'a> {
    name: &'a str,
    codes: Vec<&'a str>,
}

/// `en/index.html`: the whole catalogue in one language, in the layout of
/// the Markdown docs: the index, the entries by section, the codes by operation.
#[derive(Template)]
#[template(path = "site/catalogue.html")]
pub struct CataloguePage<'a> {
    shell: Shell<'a>,
    language: &'a Language,
    intro: Vec<Span<'a>>,
    platforms: Vec<&'static str>,
    codes: &'a [CodeView<'a>],
    sections: Vec<SectionView<'a>>,
    operations: Vec<OperationView<'a>>,
}

impl<'a> CataloguePage<'a> {
    /// `codes` is `CodeView::all` in `language`; `other` is the language the page links to.
    pub fn new(
        catalogue: &'a Catalogue,
        codes: &'a [CodeView<'a>],
        language: &'a Language,
        other: &'a Language,
    ) -> Self {
        // Code names are unique (checked), so a name finds the code's view.
        let by_name: HashMap<&str, &'a CodeView<'a>> =
            codes.iter().map(|view| (view.name, view)).collect();
        let view_of = |code: &Code| by_name[code.name.as_str()];
        CataloguePage {
            shell: Shell {
                html_lang: language.html_lang,
                results_in: language.tag,
                root: "../",
                title: format!("{} · {}", language.title, language.site.name),
                description: language.intro.replace('`', ""),
                alternates: vec![Alternate {
                    hreflang: other.html_lang,
                    href: format!("../{}/index.html", other.tag),
                    text: other.own_name,
                }],
                words: &language.site,
            },
            language,
            intro: spans(language.intro),
            platforms: platform_names(),
            codes,
            sections: catalogue
                .sections()
                .into_iter()
                .map(|(section, members)| SectionView {
                    title: section.title(),
                    codes: members.into_iter().map(view_of).collect(),
                })
                .collect(),
            operations: catalogue
                .operations
                .iter()
                .enumerate()
                .map(|(id, operation)| OperationView {
                    name: &operation.name,
                    codes: catalogue
                        .codes_for(id)
                        .map(|code| catalogue.codes[code].name.as_str())
                        .collect(),
                })
                .collect(),
        }
    }
}

/// `en/ECONNRESET.html`: one code.
#[derive(Template)]
#[template(path = "site/code.html")]
pub struct CodePage<'a> {
    shell: Shell<'a>,
    language: &'a Language,
    words: &'a SiteWords,
    code: &'a CodeView<'a>,
    /// The code before it in the spec, if any.
    previous: Option<&'a str>,
    /// The code after it in the spec, if any.
    next: Option<&'a str>,
}

impl<'a> CodePage<'a> {
    /// The page of `codes[id]`; `codes` is `CodeView::all` in `language`,
    /// and `other_page` the path of the same code's page in `other`.
    pub fn new(
        catalogue: &'a Catalogue,
        codes: &'a [CodeView<'a>],
        id: CodeId,
        language: &'a Language,
        other: &'a Language,
        other_page: &str,
    ) -> Self {
        let code = &codes[id];
        let spec_code = &catalogue.codes[id];
        // The first line of the text where the language has no summary.
        let description = code
            .summary
            .or_else(|| (language.lead)(spec_code).lines().next())
            .unwrap_or_default()
            .to_string();
        CodePage {
            shell: Shell {
                html_lang: language.html_lang,
                results_in: language.tag,
                root: "../",
                title: format!("{} · {}", code.name, language.site.name),
                description,
                alternates: vec![Alternate {
                    hreflang: other.html_lang,
                    href: format!("../{other_page}"),
                    text: other.own_name,
                }],
                words: &language.site,
            },
            language,
            words: &language.site,
            code,
            previous: id.checked_sub(1).map(|before| codes[before].name),
            next: codes.get(id + 1).map(|after| after.name),
        }
    }
}

fn platform_names() -> Vec<&'static str> {
    Platform::ALL
        .iter()
        .map(|platform| platform.name())
        .collect()
}
