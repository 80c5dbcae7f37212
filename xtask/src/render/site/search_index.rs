//! The search index: the lookup crate's [`Index`] built from the catalogue
//! (the same index the `wmkc-net-err` command builds from the generated
//! crate), serialised as one script that sets a global. A `<script src>`
//! loads it from `file://` as well as over HTTP, so search needs no server;
//! `assets/search.js` runs the lookup's rules over it.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, Serializer};
use wmkc_net_err_lookup::{self as lookup, Entry, Index, Native};

use crate::catalogue::{Catalogue, Code, Platform};

/// The global `search.js` reads.
pub const GLOBAL: &str = "WMKC_NET_ERR_SEARCH_INDEX";

/// The lookup's platform for the catalogue's.
fn platform(platform: Platform) -> lookup::Platform {
    match platform {
        Platform::Linux => lookup::Platform::Linux,
        Platform::Windows => lookup::Platform::Windows,
    }
}

/// A code as the lookup reads it.
fn entry(code: &Code) -> Entry {
    Entry {
        name: code.name.clone(),
        code: code.full_name.clone(),
        natives: code
            .natives
            .iter()
            .map(|(&on, native)| Native {
                platform: platform(on),
                symbol: native.symbol.clone(),
                value: native.value,
                aliased: native.alias_of.is_some(),
                // The system's own words for the value, English and Chinese.
                messages: std::iter::once(native.message.clone())
                    .chain(native.message_zh.clone())
                    .collect(),
            })
            .collect(),
        summary: code.summary.clone(),
        en: code.en.text.clone(),
        zh: code.zh.clone(),
        zh_explanation: code.zh_explanation.text.clone(),
    }
}

/// The catalogue's codes as the lookup reads them, in spec order.
pub fn entries(catalogue: &Catalogue) -> Vec<Entry> {
    catalogue.codes.iter().map(entry).collect()
}

/// The lookup's index of the catalogue, in spec order.
pub fn index(catalogue: &Catalogue) -> Index {
    Index::new(&entries(catalogue))
}

/// `value` as JSON that is also safe JavaScript inside an HTML page.
fn json(value: &impl Serialize, out: &mut Vec<u8>) {
    value
        .serialize(&mut Serializer::with_formatter(out, ScriptFormatter))
        .expect("strings, numbers and lists serialize");
}

/// The script body (after the header line): the rules on one line, then
/// one entry per line, in spec order.
pub fn script(catalogue: &Catalogue) -> String {
    let index = index(catalogue);
    let mut out = format!("window.{GLOBAL} = {{\n  \"rules\": ").into_bytes();
    json(&index.rules, &mut out);
    out.extend_from_slice(b",\n  \"entries\": [\n");
    for (at, entry) in index.entries.iter().enumerate() {
        out.extend_from_slice(b"    ");
        json(entry, &mut out);
        if at + 1 < index.entries.len() {
            out.push(b',');
        }
        out.push(b'\n');
    }
    out.extend_from_slice(b"  ]\n};\n");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// JSON on one line with a space after each `:` and `,`, whose strings are
/// also safe JavaScript inside an HTML page: `<` is escaped, so that no text
/// can close a script element it is pasted into, and so are the two line
/// separators, which older JavaScript refuses in a string.
struct ScriptFormatter;

/// `, ` before every item of an array or object but the first.
fn separate<W: ?Sized + io::Write>(writer: &mut W, first: bool) -> io::Result<()> {
    if first {
        Ok(())
    } else {
        writer.write_all(b", ")
    }
}

impl Formatter for ScriptFormatter {
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        separate(writer, first)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        separate(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // serde_json has escaped quotes, backslashes and control characters.
        let mut rest = fragment;
        while let Some(at) = rest.find(['<', '\u{2028}', '\u{2029}']) {
            let c = rest[at..].chars().next().expect("a character at a match");
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        CompactFormatter.write_string_fragment(writer, rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::bundled_catalogue;

    #[test]
    fn the_script_sets_the_lookups_index_of_the_catalogue() {
        let catalogue = bundled_catalogue();
        let script = script(&catalogue);
        let body = script
            .strip_prefix(&format!("window.{GLOBAL} = "))
            .and_then(|rest| rest.strip_suffix(";\n"))
            .expect("one assignment");
        let parsed: serde_json::Value = serde_json::from_str(body).expect("the index is JSON");
        assert_eq!(
            parsed,
            serde_json::to_value(index(&catalogue)).expect("serialises")
        );
        let entries = parsed["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), catalogue.codes.len());
        // One entry per line, in spec order; a shared value says so.
        assert_eq!(script.lines().count(), catalogue.codes.len() + 5);
        for (entry, code) in entries.iter().zip(&catalogue.codes) {
            assert_eq!(entry["name"], code.name.as_str());
            assert_eq!(entry["keys"][1], code.full_name.as_str());
            for (native, (_, spec)) in entry["natives"]
                .as_array()
                .expect("natives")
                .iter()
                .zip(&code.natives)
            {
                assert_eq!(native["value"], spec.value);
                assert_eq!(native["aliased"], spec.alias_of.is_some());
            }
        }
    }

    fn json_string(text: &str) -> String {
        let mut out = Vec::new();
        text.serialize(&mut Serializer::with_formatter(&mut out, ScriptFormatter))
            .expect("serializes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn strings_cannot_break_out() {
        assert_eq!(
            json_string("a\"b\\c\n</script>\u{2028}\u{1}"),
            r#""a\"b\\c\n\u003c/script>\u2028\u0001""#
        );
        assert_eq!(json_string("连接被重置"), "\"连接被重置\"");
    }

    #[test]
    fn members_and_items_are_spaced() {
        #[derive(Serialize)]
        struct Pair {
            a: [i32; 2],
            b: &'static str,
        }
        let mut out = Vec::new();
        Pair { a: [1, 2], b: "<" }
            .serialize(&mut Serializer::with_formatter(&mut out, ScriptFormatter))
            .expect("serializes");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            r#"{"a": [1, 2], "b": "\u003c"}"#
        );
    }
}
