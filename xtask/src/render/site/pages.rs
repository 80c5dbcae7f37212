//! The site's pages as view models: plain structs built from the catalogue,
//! each rendered by its template in `xtask/templates/site/`. The templates
//! escape every value for HTML as they print it (askama's auto-escaping for
//! `.html` files), so nothing here escapes by hand, and nothing here is HTML.

use std::collections::HashMap;

use askama::Template;

use crate::catalogue::{Catalogue, Code, CodeId, Native, Platform, Reference};
use crate::generated_names::cxx;
use crate::render::language::{LANGUAGES, Language, SiteWords};
use crate::render::text::paragraphs;

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
    /// `WMKC_NET_ERR_`: the start of `full_name`, where a narrow column may break it.
    prefix: &'a str,
    /// The English summary, in a language that leads with it.
    summary: Option<&'a str>,
    /// The user's own text, in the language that has it: a paragraph per line.
    own_paragraphs: Vec<&'a str>,
    /// The one line the index and the code's page lead with.
    description: &'a str,
    /// The user's own text on a page in a language that does not lead with it.
    document: Option<&'a str>,
    /// The explanation in the page's language, in its parts.
    explanation: ExplanationView<'a>,
    /// One cell per platform of `Platform::ALL`.
    natives: Vec<NativeCell<'a>>,
    /// Whether any platform has the system's own message for the code.
    has_messages: bool,
    /// The names of the operations that report it.
    operations: Vec<&'a str>,
    /// `wmkc::net::errc::econnreset`: its condition in the C++ header.
    cxx_condition: String,
    /// `connection_reset`, where C++ has a `std::errc` for it.
    std_errc: Option<&'a str>,
    /// What follows the condition where C++ has no `std::errc`.
    no_std_errc: Vec<Span<'a>>,
    references: &'a [Reference],
}

/// A code's explanation in the page's language: what happened, what to do
/// and the causes on each platform, each part a list of paragraphs.
pub struct ExplanationView<'a> {
    happened: Vec<&'a str>,
    advice: Vec<&'a str>,
    /// One per platform with causes of its own, in `Platform::ALL` order.
    causes: Vec<Causes<'a>>,
}

/// The causes of a code on one platform.
pub struct Causes<'a> {
    /// `Linux`, `Windows`.
    platform: &'static str,
    paragraphs: Vec<&'a str>,
}

/// What a code is on one platform.
pub struct NativeCell<'a> {
    /// `Linux`, `Windows`.
    platform: &'static str,
    /// The platform's key (`linux`): the index's `?sort=` value for it.
    key: &'static str,
    /// `None`: the platform does not report the code.
    native: Option<NativeView<'a>>,
}

/// A code's symbol and value on a platform that reports it.
pub struct NativeView<'a> {
    symbol: &'a str,
    value: i32,
    /// The name of the code this value decodes as, when it is another code's.
    decodes_as: Option<&'a str>,
    /// The system's own message for it, in the page's language first.
    messages: Vec<Message<'a>>,
}

/// A system message, with the `lang` of a message in another language than
/// the page's.
pub struct Message<'a> {
    text: &'a str,
    lang: Option<&'static str>,
}

/// The platform's own messages as a page in `language` shows them: the
/// message in the page's language where the spec has it, then the English
/// one, marked as English on a page in another language.
fn messages<'a>(native: &'a Native, language: &Language) -> Vec<Message<'a>> {
    let en = &LANGUAGES[0];
    let translated = (language.own_message)(native).map(|text| Message { text, lang: None });
    let english = Message {
        text: &native.message,
        lang: (language.tag != en.tag).then_some(en.html_lang),
    };
    translated.into_iter().chain([english]).collect()
}

impl<'a> CodeView<'a> {
    fn new(catalogue: &'a Catalogue, code: &'a Code, language: &Language) -> Self {
        let explanation = (language.explanation)(code);
        let own_text = (language.own_text)(code);
        let natives: Vec<NativeCell<'a>> = Platform::ALL
            .iter()
            .map(|&platform| NativeCell {
                platform: platform.name(),
                key: platform.facts().key,
                native: code.native(platform).map(|native| NativeView {
                    symbol: &native.symbol,
                    value: native.value,
                    decodes_as: native
                        .alias_of
                        .map(|target| catalogue.codes[target].name.as_str()),
                    messages: messages(native, language),
                }),
            })
            .collect();
        CodeView {
            name: &code.name,
            full_name: &code.full_name,
            prefix: &catalogue.prefix,
            summary: language.summary_column.map(|_| code.summary.as_str()),
            own_paragraphs: paragraphs(own_text.unwrap_or_default()),
            description: (language.lead)(code),
            // A language without the user's own text shows it further down.
            document: own_text.is_none().then_some(code.zh.as_str()),
            explanation: ExplanationView {
                happened: paragraphs(&explanation.happened),
                advice: paragraphs(&explanation.advice),
                causes: explanation
                    .causes
                    .iter()
                    .map(|(platform, text)| Causes {
                        platform: platform.name(),
                        paragraphs: paragraphs(text),
                    })
                    .collect(),
            },
            has_messages: natives
                .iter()
                .filter_map(|cell| cell.native.as_ref())
                .any(|native| !native.messages.is_empty()),
            natives,
            operations: catalogue.operation_names(code),
            cxx_condition: format!(
                "{}::errc::{}",
                cxx::qualified_namespace(&catalogue.prefix),
                cxx::enumerator(&code.name)
            ),
            std_errc: code.std_errc.as_deref(),
            no_std_errc: spans(language.no_std_errc),
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

/// A way to order the index: a button of `assets/sort.js`.
pub struct Order {
    /// The value of `?sort=` that asks for it; `""` (the document's order) is
    /// the order without the parameter.
    key: &'static str,
    text: String,
}

/// Where one platform's own messages come from.
pub struct MessageSources<'a> {
    /// `Linux`.
    platform: &'static str,
    /// The English messages' source, then the Chinese ones', if any.
    sources: Vec<&'a str>,
}

/// A platform's column of the index.
pub struct PlatformColumn {
    /// `Linux`.
    name: &'static str,
    /// `linux`: the `?sort=` value that orders by it.
    key: &'static str,
}

/// `en/index.html`: the whole catalogue in one language, in the layout of
/// the Markdown docs: the index, the entries by section, the codes by operation.
#[derive(Template)]
#[template(path = "site/catalogue.html")]
pub struct CataloguePage<'a> {
    shell: Shell<'a>,
    language: &'a Language,
    words: &'a SiteWords,
    intro: Vec<Span<'a>>,
    platforms: Vec<PlatformColumn>,
    /// The ways to order the index, the document's first.
    orders: Vec<Order>,
    codes: &'a [CodeView<'a>],
    sections: Vec<SectionView<'a>>,
    operations: Vec<OperationView<'a>>,
    message_sources: Vec<MessageSources<'a>>,
    /// The `lang` of the sources, which are English, on a page in another language.
    sources_lang: Option<&'static str>,
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
        let [en, _] = &LANGUAGES;
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
            words: &language.site,
            intro: spans(language.intro),
            platforms: Platform::ALL
                .iter()
                .map(|platform| PlatformColumn {
                    name: platform.name(),
                    key: platform.facts().key,
                })
                .collect(),
            orders: orders(&language.site),
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
            message_sources: catalogue
                .message_sources
                .iter()
                .map(|(platform, source)| MessageSources {
                    platform: platform.name(),
                    sources: std::iter::once(source.en.as_str())
                        .chain(source.zh.as_deref())
                        .collect(),
                })
                .collect(),
            sources_lang: (language.tag != en.tag).then_some(en.html_lang),
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
    /// The `lang` of the user's own line.
    document_lang: &'a str,
    /// The code before it in the spec, if any.
    previous: Option<&'a str>,
    /// The code after it in the spec, if any.
    next: Option<&'a str>,
}

impl<'a> CodePage<'a> {
    /// The page of `codes[id]`; `codes` is `CodeView::all` in `language`,
    /// and `other_page` the path of the same code's page in `other`.
    pub fn new(
        codes: &'a [CodeView<'a>],
        id: CodeId,
        language: &'a Language,
        other: &'a Language,
        other_page: &str,
    ) -> Self {
        let code = &codes[id];
        // The user's document is Chinese.
        let [_, zh] = &LANGUAGES;
        CodePage {
            shell: Shell {
                html_lang: language.html_lang,
                results_in: language.tag,
                root: "../",
                title: format!("{} · {}", code.name, language.site.name),
                description: code.description.to_string(),
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
            document_lang: zh.html_lang,
            previous: id.checked_sub(1).map(|before| codes[before].name),
            next: codes.get(id + 1).map(|after| after.name),
        }
    }
}

/// The index's orders: the document's, by name, by each platform's values.
fn orders(words: &SiteWords) -> Vec<Order> {
    [
        Order {
            key: "",
            text: words.order_document.to_string(),
        },
        Order {
            key: "name",
            text: words.order_name.to_string(),
        },
    ]
    .into_iter()
    .chain(Platform::ALL.iter().map(|platform| Order {
        key: platform.facts().key,
        text: format!("{} {}", platform.name(), words.order_value),
    }))
    .collect()
}

fn platform_names() -> Vec<&'static str> {
    Platform::ALL
        .iter()
        .map(|platform| platform.name())
        .collect()
}
