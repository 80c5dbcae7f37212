//! The search index: every code's names, numbers and texts as one script
//! that sets a global. A `<script src>` loads it from `file://` as well as
//! over HTTP, so search needs no server.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, Serializer};

use crate::catalogue::{Catalogue, Code};

/// The global `search.js` reads.
pub const GLOBAL: &str = "WMKC_NET_ERR_SEARCH_INDEX";

/// One code as `search.js` searches it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Record<'a> {
    /// `ECONNRESET`.
    name: &'a str,
    /// `WMKC_NET_ERR_ECONNRESET`.
    code: &'a str,
    /// The native symbols, in platform order.
    symbols: Vec<&'a str>,
    /// The code's own native values.
    values: Vec<i32>,
    /// Values it shares with the code they decode as: a search for one of
    /// them ranks this code below that one.
    alias_values: Vec<i32>,
    operations: Vec<&'a str>,
    summary: &'a str,
    en: &'a str,
    zh: &'a str,
}

impl<'a> Record<'a> {
    fn new(catalogue: &'a Catalogue, code: &'a Code) -> Self {
        let values = |aliased: bool| {
            code.natives
                .values()
                .filter(|native| native.alias_of.is_some() == aliased)
                .map(|native| native.value)
                .collect()
        };
        Record {
            name: &code.name,
            code: &code.full_name,
            symbols: code
                .natives
                .values()
                .map(|native| native.symbol.as_str())
                .collect(),
            values: values(false),
            alias_values: values(true),
            operations: catalogue.operation_names(code),
            summary: &code.summary,
            en: &code.en.text,
            zh: &code.zh,
        }
    }
}

/// The script body (after the header line): one record per line, in spec order.
pub fn script(catalogue: &Catalogue) -> String {
    let mut out = format!("window.{GLOBAL} = [\n").into_bytes();
    for code in &catalogue.codes {
        out.extend_from_slice(b"  ");
        Record::new(catalogue, code)
            .serialize(&mut Serializer::with_formatter(&mut out, ScriptFormatter))
            .expect("a record of strings and numbers serializes");
        out.extend_from_slice(b",\n");
    }
    out.extend_from_slice(b"];\n");
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
