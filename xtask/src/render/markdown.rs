//! Renders the Markdown docs (Chinese and English) and the crate's README:
//! each a view model built from the `Catalogue`, and a template in
//! `xtask/templates/` (`docs.md`, `crate-readme.md`) that lays it out.

use askama::Template;

use crate::catalogue::{Catalogue, Code, CodeId, Platform, Reference};
use crate::generated_names::cxx;
use crate::render::banner::header_sentence;
use crate::render::filters;
use crate::render::language::{LANGUAGES, Language};
use crate::render::text::paragraphs;

/// `(language tag, document)` for each language.
pub fn documents(catalogue: &Catalogue, spec_label: &str) -> Vec<(&'static str, String)> {
    let anchors = code_anchors(catalogue);
    LANGUAGES
        .iter()
        .map(|language| {
            let document = Document::new(catalogue, language, spec_label, &anchors);
            (language.tag, render(&document))
        })
        .collect()
}

/// Renders a template whose every value is already a plain string or number.
fn render(template: &impl Template) -> String {
    // Writing into a String fails only if a filter fails, and none of ours can.
    template
        .render()
        .expect("the Markdown templates cannot fail")
}

/// The catalogue in one language (`templates/docs.md`).
#[derive(Template)]
#[template(path = "docs.md", escape = "none")]
struct Document<'a> {
    /// The generated-file sentence, in an HTML comment on the first line.
    banner: String,
    /// The language's words.
    words: &'a Language,
    /// The platforms' names, one column each.
    platforms: Vec<&'static str>,
    /// The index table: one row per code, in spec order.
    index: Vec<IndexRow<'a>>,
    /// The entries, by section.
    sections: Vec<SectionEntries<'a>>,
    /// The codes each operation reports.
    by_operation: Vec<OperationCodes<'a>>,
    /// Where each platform's messages come from: the platform, then the
    /// English and (if any) the Chinese messages' source.
    message_sources: Vec<(&'static str, Vec<&'a str>)>,
}

/// A link to a code's entry: `[text](#anchor)`.
struct CodeLink<'a> {
    name: &'a str,
    anchor: &'a str,
}

/// What one platform reports for one code.
struct NativeCell<'a> {
    /// The platform's name.
    platform: &'static str,
    /// `None` where the platform does not report the code.
    reported: Option<Reported<'a>>,
}

/// A code as a platform reports it.
struct Reported<'a> {
    symbol: &'a str,
    value: i32,
    /// The platform's own message, in the document's language where the
    /// spec has it, else in English.
    message: &'a str,
    /// The code the value decodes as, for a value two codes share.
    decodes_as: Option<CodeLink<'a>>,
}

struct IndexRow<'a> {
    /// The full name, linked to the entry.
    code: CodeLink<'a>,
    summary: &'a str,
    natives: Vec<NativeCell<'a>>,
    /// `accept, send`.
    operations: String,
}

struct SectionEntries<'a> {
    title: &'static str,
    entries: Vec<Entry<'a>>,
}

struct Entry<'a> {
    /// `WMKC_NET_ERR_EINTR - [accept, send]`.
    heading: String,
    summary: &'a str,
    /// The user's own text, one paragraph per non-blank line (Chinese only).
    own_paragraphs: Vec<&'a str>,
    /// What happened.
    happened: &'a str,
    /// The causes on each platform that reports the code.
    causes: Vec<&'a str>,
    /// What to do.
    advice: &'a str,
    natives: Vec<NativeCell<'a>>,
    /// `wmkc::net::errc::econnreset`: its condition in the C++ header.
    cxx_condition: String,
    /// `connection_reset`, where C++ has a `std::errc` for it.
    std_errc: Option<&'a str>,
    references: &'a [Reference],
}

struct OperationCodes<'a> {
    name: &'a str,
    codes: Vec<CodeLink<'a>>,
}

impl<'a> Document<'a> {
    fn new(
        catalogue: &'a Catalogue,
        words: &'a Language,
        spec_label: &str,
        anchors: &'a [String],
    ) -> Self {
        let link = |id: CodeId, name: &'a str| CodeLink {
            name,
            anchor: &anchors[id],
        };
        let natives = |code: &'a Code| -> Vec<NativeCell<'a>> {
            Platform::ALL
                .into_iter()
                .map(|platform| NativeCell {
                    platform: platform.name(),
                    reported: code.native(platform).map(|native| Reported {
                        symbol: &native.symbol,
                        value: native.value,
                        message: (words.own_message)(native).unwrap_or(&native.message),
                        decodes_as: native
                            .alias_of
                            .map(|target| link(target, &catalogue.codes[target].name)),
                    }),
                })
                .collect()
        };
        let index = catalogue
            .codes
            .iter()
            .enumerate()
            .map(|(id, code)| IndexRow {
                code: link(id, &code.full_name),
                summary: &code.summary,
                natives: natives(code),
                operations: catalogue.operation_names(code).join(", "),
            })
            .collect();
        let sections = catalogue
            .sections()
            .into_iter()
            .map(|(section, codes)| SectionEntries {
                title: section.title(),
                entries: codes
                    .into_iter()
                    .map(|code| Entry {
                        heading: catalogue.entry_heading(code),
                        summary: &code.summary,
                        own_paragraphs: paragraphs((words.own_text)(code).unwrap_or_default()),
                        happened: &(words.explanation)(code).happened,
                        causes: (words.explanation)(code)
                            .causes
                            .values()
                            .map(String::as_str)
                            .collect(),
                        advice: &(words.explanation)(code).advice,
                        natives: natives(code),
                        cxx_condition: format!(
                            "{}::errc::{}",
                            cxx::qualified_namespace(&catalogue.prefix),
                            cxx::enumerator(&code.name)
                        ),
                        std_errc: code.std_errc.as_deref(),
                        references: &code.references,
                    })
                    .collect(),
            })
            .collect();
        let by_operation = catalogue
            .operations
            .iter()
            .enumerate()
            .map(|(id, operation)| OperationCodes {
                name: &operation.name,
                codes: catalogue
                    .codes_for(id)
                    .map(|code| link(code, &catalogue.codes[code].name))
                    .collect(),
            })
            .collect();
        Document {
            banner: header_sentence(spec_label),
            words,
            platforms: Platform::ALL
                .iter()
                .map(|platform| platform.name())
                .collect(),
            index,
            sections,
            by_operation,
            message_sources: catalogue
                .message_sources
                .iter()
                .map(|(platform, source)| {
                    let sources = std::iter::once(source.en.as_str())
                        .chain(source.zh.as_deref())
                        .collect();
                    (platform.name(), sources)
                })
                .collect(),
        }
    }
}

/// Each code's anchor, by code id.
fn code_anchors(catalogue: &Catalogue) -> Vec<String> {
    catalogue
        .codes
        .iter()
        .map(|code| heading_anchor(&catalogue.entry_heading(code)))
        .collect()
}

/// The anchor GitHub gives a heading: lower case, punctuation other than `-`
/// and `_` dropped, spaces turned into `-`.
fn heading_anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The crate's README, also its crate-level rustdoc (so its example is a doctest).
pub fn crate_readme(catalogue: &Catalogue, spec_label: &str) -> String {
    render(&Readme::new(catalogue, spec_label))
}

/// The generated crate's README (`templates/crate-readme.md`).
#[derive(Template)]
#[template(path = "crate-readme.md", escape = "none")]
struct Readme<'a> {
    banner: String,
    spec_label: &'a str,
    /// The crate's name on crates.io (`wmkc-net-err`).
    name: &'a str,
    /// Its name in Rust paths (`wmkc_net_err`).
    rust_name: String,
    description: &'a str,
    /// `WMKC_NET_ERR_`.
    prefix: &'a str,
    /// The first code's and operation's names, as serde writes them.
    first_code: &'a str,
    first_operation: &'a str,
    /// A doctest built from the spec's own data; none for a spec without codes.
    example: Option<Example<'a>>,
    site_url: Option<&'a str>,
    license: &'a str,
}

/// The README's example: one code, parsed, decoded and printed.
struct Example<'a> {
    /// `WMKC_NET_ERR_EINTR`.
    full_name: &'a str,
    /// The variant: `EINTR`.
    name: &'a str,
    /// `(decoder, value)` for each platform that gives the code a value of its own.
    decoders: Vec<(&'static str, i32)>,
    /// The variant of the code's first operation.
    operation: Option<&'a str>,
    /// What `Display` prints: `EINTR: summary`.
    display: String,
    /// Whether every value of the code decodes to it (no shared value), so
    /// that a round trip through `io::Error` gives the code back.
    round_trips: bool,
}

impl<'a> Readme<'a> {
    fn new(catalogue: &'a Catalogue, spec_label: &'a str) -> Self {
        let krate = &catalogue.krate;
        Readme {
            banner: header_sentence(spec_label),
            spec_label,
            name: &krate.name,
            rust_name: krate.rust_name(),
            description: &krate.description,
            prefix: &catalogue.prefix,
            first_code: catalogue.codes.first().map_or("", |code| &code.name),
            first_operation: catalogue.operations.first().map_or("", |op| &op.name),
            example: Example::new(catalogue),
            site_url: catalogue.site_url.as_deref(),
            license: krate.license.id,
        }
    }
}

impl<'a> Example<'a> {
    /// The first code no value of which is shared, or else the first code.
    fn new(catalogue: &'a Catalogue) -> Option<Self> {
        let round_trips = |code: &Code| code.natives.values().all(|n| n.alias_of.is_none());
        let code = catalogue
            .codes
            .iter()
            .find(|code| round_trips(code))
            .or(catalogue.codes.first())?;
        Some(Example {
            full_name: &code.full_name,
            name: &code.name,
            decoders: code
                .natives
                .iter()
                .filter(|(_, native)| native.alias_of.is_none())
                .map(|(platform, native)| (platform.facts().decoder, native.value))
                .collect(),
            operation: code
                .operations
                .first()
                .map(|&operation| catalogue.operations[operation].variant.as_str()),
            display: format!("{}: {}", code.name, code.summary),
            round_trips: round_trips(code),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_github() {
        assert_eq!(
            heading_anchor("WMKC_NET_ERR_EINTR - [accept, send]"),
            "wmkc_net_err_eintr---accept-send"
        );
    }
}
