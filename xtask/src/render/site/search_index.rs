//! The search index: every code's names, numbers and texts as one script
//! that sets a global. A `<script src>` loads it from `file://` as well as
//! over HTTP, so search needs no server.

use std::fmt::Write as _;

use crate::catalogue::Catalogue;

/// The global `search.js` reads.
pub const GLOBAL: &str = "WMKC_NET_ERR_SEARCH_INDEX";

/// The script body (after the header line): one record per code, in spec order.
pub fn script(catalogue: &Catalogue) -> String {
    let mut out = format!("window.{GLOBAL} = [\n");
    for code in &catalogue.codes {
        let symbols: Vec<String> = code
            .natives
            .values()
            .map(|native| json_string(&native.symbol))
            .collect();
        // A value another code decodes ranks below that code's own value.
        let values = |aliased: bool| -> Vec<String> {
            code.natives
                .values()
                .filter(|native| native.alias_of.is_some() == aliased)
                .map(|native| native.value.to_string())
                .collect()
        };
        let operations: Vec<String> = code
            .operations
            .iter()
            .map(|&id| json_string(&catalogue.operations[id].name))
            .collect();
        let _ = writeln!(
            out,
            "  {{\"name\": {}, \"code\": {}, \"symbols\": [{}], \"values\": [{}], \"aliasValues\": [{}], \"operations\": [{}], \"summary\": {}, \"en\": {}, \"zh\": {}}},",
            json_string(&code.name),
            json_string(&code.full_name),
            symbols.join(", "),
            values(false).join(", "),
            values(true).join(", "),
            operations.join(", "),
            json_string(&code.summary),
            json_string(&code.en),
            json_string(&code.zh),
        );
    }
    out.push_str("];\n");
    out
}

/// A JSON string literal, which is also a JavaScript one: quotes,
/// backslashes, control characters and the two line separators escaped, and
/// `<` too, so that no text can close a script element it is pasted into.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_cannot_break_out() {
        assert_eq!(
            json_string("a\"b\\c\n</script>\u{2028}\u{1}"),
            r#""a\"b\\c\n\u003c/script>\u2028\u0001""#
        );
        assert_eq!(json_string("连接被重置"), "\"连接被重置\"");
    }
}
