//! The escaping filters of the text templates (`xtask/templates/`): free spec
//! text reaches a Markdown, C or TOML file only through one of them, so no
//! renderer escapes by hand and no text can break out of where it is put.
//! Names, symbols and links, which `check` restricts to characters that mean
//! nothing there, are printed as they are.
//!
//! | filter        | makes the text safe as                                  |
//! | ------------- | ------------------------------------------------------- |
//! | `md`          | Markdown text: a paragraph or a table cell              |
//! | `c_comment`   | the inside of a C `/* */` comment                       |
//! | `c_string`    | the contents of a C string literal (between its quotes) |
//! | `toml`        | the contents of a TOML basic string (between its quotes)|
//! | `rust_string` | the contents of a Rust string literal in a Markdown fence |
//!
//! One more filter lays text out rather than escaping it: `pad(width)`
//! fills a column with spaces on the right, as `{:<width$}` does.
//!
//! A template calls a filter as `{{ text|md }}`; askama finds it as
//! `filters::md` from the module that derives the template. The templates
//! are never escaped as HTML (`escape = "none"`): these filters are the only
//! escaping they get.

use std::borrow::Borrow;
use std::fmt::Display;

use askama::Values;

use crate::render::text::escape_markdown;

/// `{{ text|md }}`: see [`escape_markdown`].
#[askama::filter_fn]
pub(crate) fn md<T: Display>(value: T, _: &dyn Values) -> askama::Result<String> {
    Ok(escape_markdown(&value.to_string()))
}

/// `{{ text|c_comment }}`: see [`c_comment_text`].
#[askama::filter_fn]
pub(crate) fn c_comment<T: Display>(value: T, _: &dyn Values) -> askama::Result<String> {
    Ok(c_comment_text(&value.to_string()))
}

/// `"{{ text|c_string }}"`: see [`c_string_contents`].
#[askama::filter_fn]
pub(crate) fn c_string<T: Display>(value: T, _: &dyn Values) -> askama::Result<String> {
    Ok(c_string_contents(&value.to_string()))
}

/// `"{{ text|toml }}"`: see [`toml_string_contents`].
#[askama::filter_fn]
pub(crate) fn toml<T: Display>(value: T, _: &dyn Values) -> askama::Result<String> {
    Ok(toml_string_contents(&value.to_string()))
}

/// `"{{ text|rust_string }}"`: see [`rust_string_contents`].
#[askama::filter_fn]
pub(crate) fn rust_string<T: Display>(value: T, _: &dyn Values) -> askama::Result<String> {
    Ok(rust_string_contents(&value.to_string()))
}

/// `{{ name|pad(width) }}`: `name` followed by spaces up to `width` characters.
#[askama::filter_fn]
pub(crate) fn pad<T: Display, W: Borrow<usize>>(
    value: T,
    _: &dyn Values,
    width: W,
) -> askama::Result<String> {
    let width = *width.borrow();
    Ok(format!("{value:<width$}"))
}

/// `text` made safe inside a `/* */` comment: the comment markers `*/` and
/// `/*` are broken with a `\`, and `??` (a trigraph's start, which could
/// splice lines) with a space; spaces at the end of a line are dropped, and
/// every line after the first starts with ` * `, so that a `\` at the end of
/// a line, which joins it to the next, cannot make `*/` with it.
pub fn c_comment_text(text: &str) -> String {
    let mut out = text.replace("*/", "*\\/").replace("/*", "/\\*");
    while out.contains("??") {
        out = out.replace("??", "? ?");
    }
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n * ")
}

/// The contents of a C string literal of `text`: printable ASCII as itself,
/// `"`, `\` and `?` (no trigraphs) escaped, tab and newline as `\t` and
/// `\n`, every other byte (UTF-8 included) as a three-digit octal escape, so
/// the bytes are the same whatever character sets the compiler uses.
pub fn c_string_contents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_c_escaped(c, &mut out);
    }
    out
}

/// Appends `c` as it stands in a C string literal (see [`c_string_contents`]).
/// An escape is never split, so a literal may be broken between any two characters.
pub fn push_c_escaped(c: char, out: &mut String) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '?' => out.push_str("\\?"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        ' '..='~' => out.push(c),
        _ => {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("\\{byte:03o}"));
            }
        }
    }
}

/// The contents of a TOML basic string of `text`: quotes, backslashes and
/// control characters escaped.
pub fn toml_string_contents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// The contents of a Rust string literal of `text` that cannot end the
/// Markdown code fence it sits in: Rust's own escapes, and a backtick
/// written as `\u{60}`.
pub fn rust_string_contents(text: &str) -> String {
    let quoted = format!("{text:?}").replace('`', "\\u{60}");
    quoted[1..quoted.len() - 1].to_string()
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::*;
    // The templates below find the filters as `filters::…`, as the renderers' do.
    use crate::render::filters;

    /// Each filter applied by a template, as the renderers apply them.
    #[derive(Template)]
    #[template(
        source = "{{ text|md }}|{{ text|c_comment }}|\"{{ text|c_string }}\"|\"{{ text|toml }}\"|\"{{ text|rust_string }}\"",
        ext = "txt",
        escape = "none"
    )]
    struct EveryFilter<'a> {
        text: &'a str,
    }

    fn through_templates(text: &str) -> Vec<String> {
        let rendered = EveryFilter { text }.render().expect("renders");
        rendered.split('|').map(str::to_string).collect()
    }

    #[test]
    fn templates_apply_the_filters_and_no_html_escaping() {
        assert_eq!(
            through_templates("<b> & */ \" ` 中"),
            [
                "&lt;b&gt; &amp; \\*/ \" \\` 中",
                "<b> & *\\/ \" ` 中",
                "\"<b> & */ \\\" ` \\344\\270\\255\"",
                "\"<b> & */ \\\" ` 中\"",
                "\"<b> & */ \\\" \\u{60} 中\"",
            ]
        );
    }

    #[derive(Template)]
    #[template(source = "[{{ text|pad(5) }}]", ext = "txt", escape = "none")]
    struct Padded<'a> {
        text: &'a str,
    }

    #[test]
    fn pad_fills_a_column_and_never_cuts() {
        assert_eq!(Padded { text: "ab" }.render().unwrap(), "[ab   ]");
        assert_eq!(Padded { text: "abcdefg" }.render().unwrap(), "[abcdefg]");
    }

    #[test]
    fn md_neutralises_markup() {
        assert_eq!(
            through_templates("a *b* [c](d) # e")[0],
            "a \\*b\\* \\[c\\](d) # e"
        );
        assert_eq!(through_templates("- item")[0], "\\- item");
    }

    #[test]
    fn c_strings_are_ascii_and_escaped() {
        assert_eq!(c_string_contents("a\"b\\c"), r#"a\"b\\c"#);
        assert_eq!(c_string_contents("??=x?"), r#"\?\?=x\?"#);
        assert_eq!(c_string_contents("1\t2\n"), r#"1\t2\n"#);
        assert_eq!(c_string_contents("中"), r#"\344\270\255"#);
        // An octal escape takes three digits, so a digit after it stays a digit.
        assert_eq!(c_string_contents("中1"), r#"\344\270\2551"#);
        assert_eq!(c_string_contents("\u{7f}"), r#"\177"#);
        assert!(c_string_contents("“引号”*/").is_ascii());
    }

    #[test]
    fn c_comments_cannot_be_closed_or_spliced() {
        assert_eq!(c_comment_text("x */ y /* z"), "x *\\/ y /\\* z");
        assert_eq!(c_comment_text("a ??/"), "a ? ?/");
        assert_eq!(c_comment_text("a ???/"), "a ? ? ?/");
        assert_eq!(c_comment_text("trailing  \nnext"), "trailing\n * next");
        // A line splice cannot join `*` and `/` across a line break.
        let spliced = c_comment_text("a *\\\n/ b").replace("\\\n", "");
        assert!(!spliced.contains("*/"), "{spliced:?}");
        assert!(!c_comment_text("*/*/**//*").contains("*/"));
        assert!(!c_comment_text("/*/*").contains("/*"));
    }

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(toml_string_contents("a \"b\" \\c"), r#"a \"b\" \\c"#);
        assert_eq!(
            toml_string_contents("1\n2\t3\u{7f}"),
            r"1\u000A2\u00093\u007F"
        );
        assert_eq!(toml_string_contents("中文 ok"), "中文 ok");
    }

    #[test]
    fn rust_strings_stay_inside_their_fence() {
        assert_eq!(
            rust_string_contents("a \"q\" ```x``` \\"),
            r#"a \"q\" \u{60}\u{60}\u{60}x\u{60}\u{60}\u{60} \\"#
        );
        assert_eq!(rust_string_contents("中\n"), "中\\n");
    }
}
