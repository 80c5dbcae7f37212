//! Renders the C/C++ header (`c/wmkc_net_err.h`): the `WMKC_NET_ERR_*`
//! macros as the host's own symbols, compile-time checks of the spec's
//! values, the user's document as a comment, and lookups by value.
//!
//! `CHeader` is the view model and `xtask/templates/c-header.h` the C it
//! fills in. Spec text reaches C only through the `c_string` (string
//! literals) and `c_comment` (comment lines) filters, so no text can end a
//! literal or a comment or depend on the compiler's character sets.

use askama::Template;

use crate::catalogue::{Catalogue, Code, Platform};
use crate::generated_names::c as names;
use crate::render::banner::header_sentence;
use crate::render::filters::{self, push_c_escaped};
use crate::render::language::LANGUAGES;
use crate::render::text::paragraphs;

/// Comment lines are wrapped at this many columns (after ` * `).
const COMMENT_WIDTH: usize = 76;
/// A string literal is broken once its escaped text reaches this many columns.
const LITERAL_WIDTH: usize = 72;
/// A line of `|`-joined operation bits is kept under this many columns.
const BITS_WIDTH: usize = 64;

/// `(path under the output folder, contents)` of the header.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> (String, String) {
    let header = CHeader::new(catalogue, spec_label);
    let contents = header.render().expect("the C header template cannot fail");
    (format!("c/{}", header.file), contents)
}

/// Everything `templates/c-header.h` shows.
#[derive(Template)]
#[template(path = "c-header.h", escape = "none")]
struct CHeader<'a> {
    /// The generated-file sentence, in a comment on the first line.
    banner: String,
    /// `wmkc_net_err.h`.
    file: String,
    /// `WMKC_NET_ERR_H_INCLUDED`.
    guard: String,
    /// `WMKC_NET_ERR_`.
    prefix: &'a str,
    /// `wmkc_net_err_`.
    functions: String,
    /// `WMKC_NET_OP_`.
    operations: String,
    /// The overview's first paragraph, wrapped: the file and the crate's description.
    description: Vec<String>,
    /// The overview's table of contents: `(item, what it is)`.
    contents: Vec<(String, String)>,
    /// The width of the table's first column.
    contents_width: usize,
    /// The overview's last paragraph, wrapped: what a value is on each host.
    values: Vec<String>,
    /// The user's document, in Chinese: its title and its sections.
    document_title: &'static str,
    sections: Vec<DocumentSection<'a>>,
    /// More than 16 operations need more bits than C promises in an `unsigned`.
    needs_32_bit_unsigned: bool,
    /// `Linux and Windows`.
    platform_names: String,
    hosts: Vec<Host<'a>>,
    operation_bits: Vec<OperationBit<'a>>,
    /// The width of the operation macros' name column.
    operation_width: usize,
    /// The width of the code macros' name column.
    code_width: usize,
    /// The lookup table's entries, in spec order (a case returns `&codes[index]`).
    infos: Vec<Info<'a>>,
}

/// A section of the user's document.
struct DocumentSection<'a> {
    title: &'static str,
    entries: Vec<DocumentEntry<'a>>,
}

/// A code in the user's document: its heading and its Chinese lines.
struct DocumentEntry<'a> {
    heading: String,
    lines: Vec<&'a str>,
}

/// What the header says for one platform.
struct Host<'a> {
    /// `#if defined(__linux__)` for the first platform, `#elif …` after it.
    opening: String,
    /// The platform's `#include`s.
    include: &'static str,
    name: &'static str,
    /// `Linux errno`, `Winsock`.
    symbol_noun: &'static str,
    /// The condition under which the platform numbers the codes as the spec
    /// does; `None` where it always does.
    spec_numbering: Option<&'static str>,
    /// The codes the platform reports, in spec order.
    codes: Vec<HostCode<'a>>,
    /// The width of the symbol column.
    symbol_width: usize,
    /// The lookup's cases.
    cases: Vec<Case<'a>>,
}

/// A code the host reports.
struct HostCode<'a> {
    full_name: &'a str,
    symbol: &'a str,
    value: i32,
    summary: &'a str,
}

/// A `case` of the lookup's `switch`.
struct Case<'a> {
    symbol: &'a str,
    /// The code's index in the lookup table.
    index: usize,
    /// For an alias: the symbol of the code it is an alias of. Where the host
    /// gives the alias a value of its own it decodes to itself; where the
    /// value is shared, the target has the case.
    unless_equal_to: Option<&'a str>,
}

/// One bit of the operation set.
struct OperationBit<'a> {
    /// `WMKC_NET_OP_CONNECT`.
    name: String,
    /// `0x010u`.
    mask: String,
    /// `connect`.
    operation: &'a str,
}

/// One entry of the lookup table.
struct Info<'a> {
    name: &'a str,
    /// Name, full name, summary, English, the user's Chinese and the
    /// Chinese explanation, each cut into the pieces of adjacent string
    /// literals, one per line.
    texts: [Vec<&'a str>; 6],
    /// The code's operation bits, `|`-joined, a few per line.
    operation_lines: Vec<String>,
}

impl<'a> CHeader<'a> {
    fn new(catalogue: &'a Catalogue, spec_label: &str) -> Self {
        let prefix = catalogue.prefix.as_str();
        let file = names::header_file(prefix);
        let functions = names::function_prefix(prefix);
        let operations = names::operation_prefix(prefix);
        let operation_macro = |name: &str| format!("{operations}{}", name.to_ascii_uppercase());

        let contents = vec![
            (
                format!("{prefix}<NAME>"),
                "a code's value, as the host's own symbol".to_string(),
            ),
            (
                format!("{operations}<OPERATION>"),
                "one bit per socket operation".to_string(),
            ),
            (
                format!("{functions}name(value)"),
                "\"ECONNRESET\"".to_string(),
            ),
            (
                format!("{functions}code(value)"),
                format!("\"{prefix}ECONNRESET\""),
            ),
            (
                format!("{functions}summary(value)"),
                "one English line".to_string(),
            ),
            (
                format!("{functions}en(value)"),
                "the English explanation".to_string(),
            ),
            (
                format!("{functions}zh(value)"),
                "the user's Chinese text, UTF-8".to_string(),
            ),
            (
                format!("{functions}zh_explanation(value)"),
                "the explanation in Chinese, UTF-8".to_string(),
            ),
            (
                format!("{functions}operations(value)"),
                format!("{operations}* bits of its operations"),
            ),
            (
                format!("{functions}lookup(value)"),
                format!("all of these in one struct {functions}info"),
            ),
            (
                format!("{functions}at(index)"),
                "the spec's code number index, on any host".to_string(),
            ),
            (
                format!("{functions}operation_name(bit)"),
                format!("\"connect\" for {operations}CONNECT"),
            ),
        ];
        let contents_width = contents
            .iter()
            .map(|(item, _)| item.len())
            .max()
            .unwrap_or(0);
        let values: Vec<String> = Platform::ALL
            .iter()
            .map(|platform| {
                let facts = platform.facts();
                format!("{} on {}", facts.c_last_error, facts.name)
            })
            .collect();

        let chinese = LANGUAGES
            .iter()
            .find(|language| language.tag == "zh")
            .unwrap_or(&LANGUAGES[0]);
        let sections = catalogue
            .sections()
            .into_iter()
            .map(|(section, codes)| DocumentSection {
                title: section.title(),
                entries: codes
                    .into_iter()
                    .map(|code| DocumentEntry {
                        heading: catalogue.entry_heading(code),
                        lines: paragraphs(&code.zh),
                    })
                    .collect(),
            })
            .collect();

        let hosts = Platform::ALL
            .into_iter()
            .enumerate()
            .map(|(index, platform)| Host::new(catalogue, index, platform))
            .collect();
        let digits = catalogue.operations.len().div_ceil(4);
        let operation_bits = catalogue
            .operations
            .iter()
            .enumerate()
            .map(|(bit, operation)| OperationBit {
                name: operation_macro(&operation.name),
                mask: format!("0x{:0digits$X}u", 1u64 << bit),
                operation: &operation.name,
            })
            .collect();
        let operation_width = operations.len()
            + catalogue
                .operations
                .iter()
                .map(|op| op.name.len())
                .max()
                .unwrap_or(0);
        let infos = catalogue
            .codes
            .iter()
            .map(|code| Info {
                name: &code.name,
                texts: [
                    &code.name,
                    &code.full_name,
                    &code.summary,
                    &code.en.text,
                    &code.zh,
                    &code.zh_explanation.text,
                ]
                .map(|text| literal_pieces(text)),
                operation_lines: wrap_bits(
                    code.operations
                        .iter()
                        .map(|&id| operation_macro(&catalogue.operations[id].name)),
                ),
            })
            .collect();

        CHeader {
            banner: header_sentence(spec_label),
            description: comment_lines(&format!("{file}: {}", catalogue.krate.description)),
            contents,
            contents_width,
            values: comment_lines(&format!(
                "A value is the host's: {}. A lookup returns NULL (or 0) for a value the spec names no code for on this host; a value two codes share decodes to the code the spec names.",
                values.join(", ")
            )),
            document_title: chinese.title,
            sections,
            // C only promises 16 bits in an unsigned.
            needs_32_bit_unsigned: catalogue.operations.len() > 16,
            platform_names: Platform::ALL
                .iter()
                .map(|platform| platform.name())
                .collect::<Vec<_>>()
                .join(" and "),
            hosts,
            operation_bits,
            operation_width,
            code_width: catalogue
                .codes
                .iter()
                .map(|code| code.full_name.len())
                .max()
                .unwrap_or(0),
            infos,
            guard: names::guard(prefix),
            prefix,
            functions,
            operations,
            file,
        }
    }
}

impl<'a> Host<'a> {
    fn new(catalogue: &'a Catalogue, index: usize, platform: Platform) -> Self {
        let facts = platform.facts();
        let directive = if index == 0 { "#if" } else { "#elif" };
        let codes: Vec<HostCode<'a>> = catalogue
            .codes
            .iter()
            .filter_map(|code| {
                let native = code.native(platform)?;
                Some(HostCode {
                    full_name: &code.full_name,
                    symbol: &native.symbol,
                    value: native.value,
                    summary: &code.summary,
                })
            })
            .collect();
        let cases = catalogue
            .codes
            .iter()
            .enumerate()
            .filter_map(|(index, code)| {
                let native = code.native(platform)?;
                let unless_equal_to = native.alias_of.map(|target| {
                    let target: &Code = &catalogue.codes[target];
                    target
                        .native(platform)
                        .map_or(native.symbol.as_str(), |target| target.symbol.as_str())
                });
                Some(Case {
                    symbol: &native.symbol,
                    index,
                    unless_equal_to,
                })
            })
            .collect();
        Host {
            opening: format!("{directive} {}", facts.c_host),
            include: facts.c_include,
            name: facts.name,
            symbol_noun: facts.symbol_noun,
            spec_numbering: (facts.c_spec_numbering != "1").then_some(facts.c_spec_numbering),
            symbol_width: codes
                .iter()
                .map(|code| code.symbol.len())
                .max()
                .unwrap_or(0),
            codes,
            cases,
        }
    }
}

/// `text` cut into the pieces of adjacent string literals, each at most
/// about `LITERAL_WIDTH` columns once escaped: after a newline, else after
/// the last space before the limit where there is one, never inside an
/// escape. The template escapes each piece (`c_string`).
fn literal_pieces(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    // Escaped columns of the piece so far, and (end, columns) after its last space.
    let mut columns = 0;
    let mut last_space: Option<(usize, usize)> = None;
    let mut escaped = String::new();
    for (at, c) in text.char_indices() {
        escaped.clear();
        push_c_escaped(c, &mut escaped);
        columns += escaped.len();
        let end = at + c.len_utf8();
        if c == ' ' {
            last_space = Some((end, columns));
        }
        if c == '\n' {
            pieces.push(&text[start..end]);
            (start, columns, last_space) = (end, 0, None);
        } else if columns >= LITERAL_WIDTH {
            match last_space {
                Some((space_end, space_columns)) if space_columns < columns => {
                    pieces.push(&text[start..space_end]);
                    (start, columns) = (space_end, columns - space_columns);
                }
                _ => {
                    pieces.push(&text[start..end]);
                    (start, columns) = (end, 0);
                }
            }
            last_space = None;
        }
    }
    if start < text.len() || pieces.is_empty() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// Operation bits joined by ` | `, a new line (starting `| `) before one
/// that would pass `BITS_WIDTH` columns.
fn wrap_bits(bits: impl Iterator<Item = String>) -> Vec<String> {
    let mut lines = vec![String::new()];
    for bit in bits {
        let line = lines.last_mut().expect("never empty");
        if line.is_empty() {
            line.push_str(&bit);
        } else if line.len() + 3 + bit.len() > BITS_WIDTH {
            lines.push(format!("| {bit}"));
        } else {
            line.push_str(" | ");
            line.push_str(&bit);
        }
    }
    lines
}

/// `text` broken into comment lines of at most `COMMENT_WIDTH` columns at
/// spaces, and at its own line breaks.
pub(super) fn comment_lines(text: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.len() + 1 + word.len() > COMMENT_WIDTH {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
        .iter()
        .flat_map(|line| line.split('\n'))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::filters::c_string_contents;

    #[test]
    fn literal_pieces_keep_every_character_and_stay_short() {
        let text = "word ".repeat(40) + "中文\nline two \\ \"q\"";
        let pieces = literal_pieces(&text);
        assert_eq!(pieces.concat(), text);
        assert!(pieces.len() > 3);
        for piece in &pieces {
            assert!(
                c_string_contents(piece).len() <= LITERAL_WIDTH + 12,
                "{piece:?}"
            );
        }
        // A piece ends at a newline, and breaks after a space where it can.
        assert!(pieces.iter().any(|piece| piece.ends_with("中文\n")));
        assert!(pieces[0].ends_with(' '));
    }

    #[test]
    fn empty_text_is_one_empty_literal() {
        assert_eq!(literal_pieces(""), [""]);
    }

    #[test]
    fn bits_wrap_before_the_limit() {
        let bits = (0..8).map(|n| format!("WMKC_NET_OP_{n:08}"));
        let lines = wrap_bits(bits);
        assert!(lines.len() > 1);
        assert!(lines[1..].iter().all(|line| line.starts_with("| ")));
        assert!(lines.iter().all(|line| line.len() <= BITS_WIDTH));
    }
}
