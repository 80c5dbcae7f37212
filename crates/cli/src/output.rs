//! What the command prints: a code in full, one line per code (the
//! matches of a query, or a table with a header), or one JSON object per line. Styles are plain ANSI; the stream they are written
//! to (anstream) drops them when colour is off.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;
use wmkc_net_err::{NetError, Operation, Platform};

use wmkc_net_err_lookup::Match;

use crate::language::Language;
use crate::lookup::Found;

const NAME: Style = Style::new().bold();
const LABEL: Style = Style::new().dimmed();
const HEADING: Style = Style::new().bold().underline();
const MISSING: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// A code's native symbol and value on one platform, if it is reported there.
fn native(code: NetError, platform: Platform) -> Option<(&'static str, i32)> {
    match platform {
        Platform::Linux => code.errno_symbol().zip(code.errno()),
        Platform::Windows => code.wsa_symbol().zip(code.wsa()),
    }
}

/// `connect, send`.
fn operation_list(code: NetError) -> String {
    let names: Vec<&str> = code.operations().iter().map(|op| op.name()).collect();
    names.join(", ")
}

/// `text` padded with spaces to `width` terminal columns.
fn padded(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(pad))
}

/// One code in full: name and summary, its code, the number that matched
/// (if one did), each platform's symbol and value, the operations, the
/// page, then both texts (the output language's first).
pub fn entry(
    out: &mut impl Write,
    code: NetError,
    number: Option<(Platform, i32)>,
    language: Language,
) -> io::Result<()> {
    let words = language.words();
    // The first line of a Chinese text of several lines; the rest is below.
    let first = match language {
        Language::En => code.summary(),
        Language::Zh => code.zh().lines().next().unwrap_or_default(),
    };
    writeln!(out, "{NAME}{}{NAME:#}: {first}", code.name())?;
    if language == Language::Zh {
        for line in code.zh().lines().skip(1) {
            writeln!(out, "  {line}")?;
        }
    }
    let mut rows: Vec<(&str, String)> = vec![(words.code, code.code().to_string())];
    if let Some((platform, value)) = number {
        rows.push((words.matched, (words.matched_number)(platform, value)));
    }
    for &platform in Platform::ALL {
        let value = match native(code, platform) {
            // A value two codes share names the code it decodes to.
            Some((symbol, value)) => {
                let decodes_as = match crate::lookup::decode(platform, value) {
                    Some(decoded) if decoded != code => {
                        format!(" ({} {})", words.decodes_as, decoded.name())
                    }
                    _ => String::new(),
                };
                // The platform's own words, in the output's language where the spec has them.
                let message = os_message(code, platform, language)
                    .map(|message| format!("  “{message}”"))
                    .unwrap_or_default();
                format!("{symbol} = {value}{decodes_as}{message}")
            }
            None => format!("{MISSING}{}{MISSING:#}", words.not_reported),
        };
        rows.push((platform.name(), value));
    }
    rows.push((words.operations, operation_list(code)));
    if let Some(page) = language.page(code) {
        rows.push((words.page, page.to_string()));
    }
    let width = rows
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(out, "  {LABEL}{}{LABEL:#}  {value}", padded(label, width))?;
    }
    writeln!(out)?;
    // What happened, the causes on each platform, then what to do, set apart.
    let parts = match language {
        Language::En => code.en_parts(),
        Language::Zh => code.zh_explanation_parts(),
    };
    indented(out, parts.happened)?;
    for &platform in Platform::ALL {
        if let Some(causes) = parts.causes(platform) {
            indented(out, causes)?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "  {LABEL}{}{}{LABEL:#}{}",
        words.what_to_do, words.colon, parts.advice
    )?;
    writeln!(out)?;
    match language {
        Language::En => {
            writeln!(out, "  {LABEL}{}:{LABEL:#}", words.chinese)?;
            indented(out, code.zh())?;
        }
        Language::Zh => {
            writeln!(
                out,
                "  {LABEL}{}{}{LABEL:#}{}",
                words.english,
                words.colon,
                code.summary()
            )?;
        }
    }
    Ok(())
}

/// The platform's own message for the code, in Chinese where the output is
/// Chinese and the spec has it, else in English.
fn os_message(code: NetError, platform: Platform, language: Language) -> Option<&'static str> {
    let (english, chinese) = match platform {
        Platform::Linux => (code.errno_message(), code.errno_message_zh()),
        Platform::Windows => (code.wsa_message(), code.wsa_message_zh()),
    };
    match language {
        Language::Zh => chinese.or(english),
        Language::En => english,
    }
}

/// Each line of `text`, indented under the entry.
fn indented(out: &mut impl Write, text: &str) -> io::Result<()> {
    for line in text.lines() {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// The codes as a table: a header, then one line per code (see [`lines`]).
pub fn table(out: &mut impl Write, codes: &[NetError], language: Language) -> io::Result<()> {
    let words = language.words();
    let mut header: Vec<String> = vec![words.code_column.to_string()];
    header.extend(Platform::ALL.iter().map(|p| p.name().to_uppercase()));
    header.push(words.text_column.to_string());
    aligned(out, Some(header), codes, language)
}

/// One line per code, its name first: each platform's symbol and value,
/// then the summary (English) or the user's line (Chinese), in columns.
pub fn lines(out: &mut impl Write, codes: &[NetError], language: Language) -> io::Result<()> {
    aligned(out, None, codes, language)
}

fn aligned(
    out: &mut impl Write,
    header: Option<Vec<String>>,
    codes: &[NetError],
    language: Language,
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = codes
        .iter()
        .map(|&code| {
            let mut row = vec![code.name().to_string()];
            for &platform in Platform::ALL {
                row.push(match native(code, platform) {
                    Some((symbol, value)) => format!("{symbol} {value}"),
                    None => "-".to_string(),
                });
            }
            // One line per code: a text of several lines is joined.
            row.push(match language {
                Language::En => code.summary().to_string(),
                Language::Zh => code.zh().lines().collect::<Vec<_>>().join(" "),
            });
            row
        })
        .collect();
    // Every column but the last is padded to its widest cell.
    let columns = Platform::ALL.len() + 1;
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            rows.iter()
                .chain(&header)
                .map(|row| row[column].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| -> String {
        let mut text: Vec<String> = cells[..columns]
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| padded(cell, width))
            .collect();
        text.push(cells[columns].clone());
        text.join("  ")
    };
    if let Some(header) = &header {
        writeln!(out, "{HEADING}{}{HEADING:#}", line(header))?;
    }
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// A code's symbol and value on one platform, in JSON.
#[derive(Serialize)]
struct Native {
    symbol: &'static str,
    value: i32,
    /// The platform's own message, in English.
    message: Option<&'static str>,
    /// The platform's own message in Chinese, where the spec has it.
    message_zh: Option<&'static str>,
}

/// One JSON line: the query and how it matched (absent for `--list` and
/// `--op`), then everything the catalogue knows of the code. Field names
/// are stable: scripts read them.
#[derive(Serialize)]
pub struct Record<'a> {
    input: Option<&'a str>,
    /// The first kind of evidence, in this order: `name`, `number`, `message`, `words`
    /// (`matches` lists each, `score` weighs them).
    matched_as: Option<&'static str>,
    matched_platform: Option<Platform>,
    matched_value: Option<i32>,
    /// The sum of the evidence; the hits are ordered by it.
    score: Option<u32>,
    /// Each kind of evidence, as the lookup gives it.
    matches: Option<&'a [Match]>,
    name: NetError,
    code: &'static str,
    summary: &'static str,
    en: &'static str,
    zh: &'static str,
    zh_explanation: &'static str,
    operations: &'static [Operation],
    platforms: &'static [Platform],
    linux: Option<Native>,
    windows: Option<Native>,
    kind: String,
    page: Option<&'static str>,
}

impl<'a> Record<'a> {
    /// The record of `code`, with the query it was found from and how
    /// (`None` for `--list` and `--op`).
    pub fn new(code: NetError, found: Option<(&'a str, &'a Found)>, language: Language) -> Self {
        let number = found.and_then(|(_, found)| found.number());
        let matched_as = found.and_then(|(_, found)| {
            found.hit.matched.first().map(|m| match m {
                Match::Name { .. } => "name",
                Match::Number { .. } => "number",
                Match::Message { .. } => "message",
                Match::Words { .. } => "words",
            })
        });
        let native_json = |platform| {
            native(code, platform).map(|(symbol, value)| Native {
                symbol,
                value,
                message: os_message(code, platform, Language::En),
                message_zh: match platform {
                    Platform::Linux => code.errno_message_zh(),
                    Platform::Windows => code.wsa_message_zh(),
                },
            })
        };
        Record {
            input: found.map(|(text, _)| text),
            matched_as,
            matched_platform: number.map(|(platform, _)| platform),
            matched_value: number.map(|(_, value)| value),
            score: found.map(|(_, found)| found.hit.score),
            matches: found.map(|(_, found)| found.hit.matched.as_slice()),
            name: code,
            code: code.code(),
            summary: code.summary(),
            en: code.en(),
            zh: code.zh(),
            zh_explanation: code.zh_explanation(),
            operations: code.operations(),
            platforms: code.platforms(),
            linux: native_json(Platform::Linux),
            windows: native_json(Platform::Windows),
            kind: format!("{:?}", code.kind()),
            page: language.page(code),
        }
    }

    /// Writes the record as one line of JSON.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        serde_json::to_writer(&mut *out, self)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_counts_terminal_columns() {
        assert_eq!(padded("代码", 6), "代码  ");
        assert_eq!(padded("CODE", 6), "CODE  ");
        assert_eq!(padded("TOO LONG", 3), "TOO LONG");
    }

    #[test]
    fn a_table_lines_up_its_columns() {
        let codes = &NetError::ALL[..3];
        let mut out = Vec::new();
        // As the command writes it with colour off: styles stripped.
        table(
            &mut anstream::StripStream::new(&mut out),
            codes,
            Language::Zh,
        )
        .expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        // The last column starts at the same terminal column on every line.
        let starts: Vec<usize> = lines
            .iter()
            .zip(["说明"].into_iter().chain(codes.iter().map(|c| c.zh())))
            .map(|(line, last)| {
                let prefix = line.strip_suffix(last).expect("ends with its text");
                prefix.width()
            })
            .collect();
        assert!(starts.windows(2).all(|pair| pair[0] == pair[1]), "{text}");
    }
}
