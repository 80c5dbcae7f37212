//! Renders the C/C++ header (`c/wmkc_net_err.h`): the `WMKC_NET_ERR_*`
//! macros as the host's own symbols, compile-time checks of the spec's
//! values, the user's document as a comment, and lookups by value.
//!
//! Spec text reaches C only through [`c_string`] (string literals) and
//! [`c_comment`] (comment lines), so no text can end a literal or a comment
//! or depend on the compiler's character sets.

use std::fmt::Write as _;

use crate::api::c as names;
use crate::catalogue::{Catalogue, Code, Platform};
use crate::render::header::header_sentence;
use crate::render::language::LANGUAGES;

/// `(path under the output folder, contents)` of the header.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> (String, String) {
    let header = Header::new(catalogue);
    let mut out = String::new();
    let _ = writeln!(out, "/* {} */", c_comment(&header_sentence(spec_label)));
    header.overview(&mut out);
    header.document(&mut out);
    let _ = writeln!(
        out,
        "#ifndef {guard}\n#define {guard}\n",
        guard = header.guard
    );
    header.includes(&mut out);
    header.operation_bits(&mut out);
    header.code_macros(&mut out);
    header.lookups(&mut out);
    let _ = writeln!(out, "#endif /* {} */", header.guard);
    (format!("c/{}", header.file), out)
}

struct Header<'a> {
    catalogue: &'a Catalogue,
    file: String,
    guard: String,
    /// `wmkc_net_err_`.
    functions: String,
    /// `WMKC_NET_OP_`.
    operations: String,
}

impl<'a> Header<'a> {
    fn new(catalogue: &'a Catalogue) -> Self {
        let prefix = &catalogue.prefix;
        Header {
            catalogue,
            file: names::header_file(prefix),
            guard: names::guard(prefix),
            functions: names::function_prefix(prefix),
            operations: names::operation_prefix(prefix),
        }
    }

    fn operation_macro(&self, name: &str) -> String {
        format!("{}{}", self.operations, name.to_ascii_uppercase())
    }

    fn overview(&self, out: &mut String) {
        let f = &self.functions;
        let prefix = &self.catalogue.prefix;
        let ops = &self.operations;
        let mut lines = wrap(&format!(
            "{}: {}",
            self.file, self.catalogue.krate.description
        ));
        lines.push(String::new());
        lines.extend(wrap("For C99 and C++11 or later, on Linux and Windows. It includes what it needs, may be included any number of times, and defines nothing outside its prefixes:"));
        lines.push(String::new());
        let table = [
            (
                format!("{prefix}<NAME>"),
                "a code's value, as the host's own symbol".to_string(),
            ),
            (
                format!("{ops}<OPERATION>"),
                "one bit per socket operation".to_string(),
            ),
            (format!("{f}name(value)"), "\"ECONNRESET\"".to_string()),
            (format!("{f}code(value)"), format!("\"{prefix}ECONNRESET\"")),
            (format!("{f}summary(value)"), "one English line".to_string()),
            (
                format!("{f}en(value)"),
                "the English explanation".to_string(),
            ),
            (
                format!("{f}zh(value)"),
                "the Chinese text, UTF-8".to_string(),
            ),
            (
                format!("{f}operations(value)"),
                format!("{ops}* bits of its operations"),
            ),
            (
                format!("{f}lookup(value)"),
                format!("all of these in one struct {f}info"),
            ),
            (
                format!("{f}operation_name(bit)"),
                format!("\"connect\" for {ops}CONNECT"),
            ),
        ];
        let width = table.iter().map(|(item, _)| item.len()).max().unwrap_or(0);
        for (item, what) in table {
            lines.push(format!("  {item:<width$}  {what}"));
        }
        lines.push(String::new());
        let values: Vec<String> = Platform::ALL
            .iter()
            .map(|platform| {
                let facts = platform.facts();
                format!("{} on {}", facts.c_last_error, facts.name)
            })
            .collect();
        lines.extend(wrap(&format!(
            "A value is the host's: {}. A lookup returns NULL (or 0) for a value the spec names no code for on this host; a value two codes share decodes to the code the spec names.",
            values.join(", ")
        )));
        comment_block(out, &lines);
    }

    /// The user's document, in its own layout.
    fn document(&self, out: &mut String) {
        let chinese = LANGUAGES
            .iter()
            .find(|language| language.tag == "zh")
            .unwrap_or(&LANGUAGES[0]);
        let mut lines = vec![format!("# {}", chinese.title), String::new()];
        for (section, codes) in self.catalogue.sections() {
            lines.push(format!("### {}", section.title()));
            lines.push(String::new());
            lines.push("------".to_string());
            lines.push(String::new());
            for code in codes {
                lines.push(format!("##### {}", self.catalogue.entry_heading(code)));
                for line in (chinese.text)(code)
                    .lines()
                    .filter(|line| !line.trim().is_empty())
                {
                    lines.push(format!("    {}", line.trim()));
                }
                lines.push(String::new());
            }
            lines.push("------".to_string());
            lines.push(String::new());
        }
        lines.pop();
        comment_block(out, &lines);
    }

    fn includes(&self, out: &mut String) {
        out.push_str("#include <stddef.h>\n");
        if self.catalogue.operations.len() > 16 {
            // C only promises 16 bits in an unsigned.
            let _ = writeln!(
                out,
                "#include <limits.h>\n#if UINT_MAX < 0xFFFFFFFFu\n#error \"{}: needs a 32-bit unsigned int\"\n#endif",
                self.file
            );
        }
        out.push('\n');
        for (index, platform) in Platform::ALL.into_iter().enumerate() {
            let facts = platform.facts();
            let _ = writeln!(out, "{}\n{}", host_test(index, platform), facts.c_include);
        }
        let names: Vec<&str> = Platform::ALL.iter().map(|p| p.name()).collect();
        let _ = writeln!(
            out,
            "#else\n#error \"{}: the codes are defined for {} only\"\n#endif\n",
            self.file,
            names.join(" and ")
        );
    }

    fn operation_bits(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "/* The socket operations, one bit each: {}operations() returns a set of them. */",
            self.functions
        );
        let width = self
            .catalogue
            .operations
            .iter()
            .map(|op| op.name.len())
            .max()
            .unwrap_or(0)
            + self.operations.len();
        let digits = self.catalogue.operations.len().div_ceil(4);
        for (bit, operation) in self.catalogue.operations.iter().enumerate() {
            let _ = writeln!(
                out,
                "#define {:<width$} 0x{:0digits$X}u",
                self.operation_macro(&operation.name),
                1u64 << bit
            );
        }
        out.push('\n');
    }

    fn code_macros(&self, out: &mut String) {
        let width = self
            .catalogue
            .codes
            .iter()
            .map(|code| code.full_name.len())
            .max()
            .unwrap_or(0);
        for (index, platform) in Platform::ALL.into_iter().enumerate() {
            let facts = platform.facts();
            let _ = writeln!(out, "{}", host_test(index, platform));
            let _ = writeln!(
                out,
                "/* {}: the codes reported there, as {} symbols. */",
                facts.name, facts.symbol_noun
            );
            let reported: Vec<(&Code, &str, i32)> = self
                .catalogue
                .codes
                .iter()
                .filter_map(|code| {
                    let native = code.native(platform)?;
                    Some((code, native.symbol.as_str(), native.value))
                })
                .collect();
            let symbol_width = reported
                .iter()
                .map(|(_, symbol, _)| symbol.len())
                .max()
                .unwrap_or(0);
            for (code, symbol, _) in &reported {
                let _ = writeln!(
                    out,
                    "#define {:<width$} {:<symbol_width$} /* {} */",
                    code.full_name,
                    symbol,
                    c_comment(&code.summary)
                );
            }
            let checks = self.value_checks(&reported, facts.name);
            if facts.c_spec_numbering == "1" {
                let _ = writeln!(out, "/* The spec's values. */\n{checks}");
            } else {
                let _ = writeln!(
                    out,
                    "/* The spec's values, where {} numbers them as the spec does. */\n#if {}\n{checks}#endif",
                    facts.name, facts.c_spec_numbering
                );
            }
        }
        out.push_str("#endif\n\n");
    }

    fn value_checks(&self, reported: &[(&Code, &str, i32)], platform: &str) -> String {
        let mut out = String::new();
        for (_, symbol, value) in reported {
            let _ = writeln!(
                out,
                "#if {symbol} != {value}\n#error \"{}: {symbol} is not {value} here, as the spec says it is on {platform}\"\n#endif",
                self.file
            );
        }
        out
    }

    fn lookups(&self, out: &mut String) {
        let f = &self.functions;
        let _ = writeln!(
            out,
            "/* Everything the spec says about one code. */\nstruct {f}info {{\n    const char *name;       /* \"ECONNRESET\" */\n    const char *code;       /* \"{}ECONNRESET\" */\n    const char *summary;    /* one English line */\n    const char *en;         /* the English explanation */\n    const char *zh;         /* the Chinese text, UTF-8 */\n    unsigned operations;    /* {}* bits */\n}};\n",
            self.catalogue.prefix, self.operations
        );
        let _ = writeln!(
            out,
            "/* The code the host's value decodes to, or NULL. */\nstatic inline const struct {f}info *{f}lookup(int value)\n{{\n    static const struct {f}info codes[{}] = {{",
            self.catalogue.codes.len()
        );
        for code in &self.catalogue.codes {
            self.info(out, code);
        }
        out.push_str("    };\n    switch (value) {\n");
        for (index, platform) in Platform::ALL.into_iter().enumerate() {
            let _ = writeln!(out, "{}", host_test(index, platform));
            self.cases(out, platform);
        }
        out.push_str("#endif\n    default:\n        return NULL;\n    }\n}\n\n");

        for (field, doc) in [
            ("name", "name (\"ECONNRESET\")".to_string()),
            (
                "code",
                format!("full name (\"{}ECONNRESET\")", self.catalogue.prefix),
            ),
            ("summary", "one-line English summary".to_string()),
            ("en", "English explanation".to_string()),
            ("zh", "Chinese text (UTF-8)".to_string()),
        ] {
            let _ = writeln!(
                out,
                "/* The {doc} of the code the value decodes to, or NULL. */\nstatic inline const char *{f}{field}(int value)\n{{\n    const struct {f}info *info = {f}lookup(value);\n    return info != NULL ? info->{field} : NULL;\n}}\n"
            );
        }
        let _ = writeln!(
            out,
            "/* The {ops}* bits of the operations that report the code, or 0. */\nstatic inline unsigned {f}operations(int value)\n{{\n    const struct {f}info *info = {f}lookup(value);\n    return info != NULL ? info->operations : 0u;\n}}\n",
            ops = self.operations
        );
        let _ = writeln!(
            out,
            "/* The name of one {ops}* bit (\"connect\"), or NULL. */\nstatic inline const char *{f}operation_name(unsigned operation)\n{{\n    switch (operation) {{",
            ops = self.operations
        );
        for operation in &self.catalogue.operations {
            let _ = writeln!(
                out,
                "    case {}:\n        return {};",
                self.operation_macro(&operation.name),
                c_string(&operation.name)
            );
        }
        out.push_str("    default:\n        return NULL;\n    }\n}\n\n");
    }

    fn info(&self, out: &mut String, code: &Code) {
        let bits: Vec<String> = code
            .operations
            .iter()
            .map(|&id| self.operation_macro(&self.catalogue.operations[id].name))
            .collect();
        let _ = writeln!(out, "        /* {} */\n        {{", code.name);
        for text in [
            &code.name,
            &code.full_name,
            &code.summary,
            &code.en,
            &code.zh,
        ] {
            let _ = writeln!(out, "{},", wrapped_literal(text, "            "));
        }
        let mut lines = vec![String::new()];
        for bit in bits {
            let line = lines.last_mut().expect("never empty");
            if line.is_empty() {
                line.push_str(&bit);
            } else if line.len() + 3 + bit.len() > 64 {
                lines.push(format!("| {bit}"));
            } else {
                line.push_str(" | ");
                line.push_str(&bit);
            }
        }
        let _ = writeln!(
            out,
            "            {},\n        }},",
            lines.join("\n            ")
        );
    }

    fn cases(&self, out: &mut String, platform: Platform) {
        for (id, code) in self.catalogue.codes.iter().enumerate() {
            let Some(native) = code.native(platform) else {
                continue;
            };
            let case = format!(
                "    case {}:\n        return &codes[{id}];\n",
                native.symbol
            );
            match native.alias_of {
                None => out.push_str(&case),
                // Where the host gives the alias a value of its own, it decodes
                // to itself; where it shares the value, the target has the case.
                Some(target) => {
                    let target = &self.catalogue.codes[target];
                    let target_symbol = target
                        .native(platform)
                        .map_or(native.symbol.as_str(), |target| target.symbol.as_str());
                    let _ = write!(
                        out,
                        "#if {} != {target_symbol}\n{case}#endif\n",
                        native.symbol
                    );
                }
            }
        }
    }
}

/// The line that opens a platform's block in a chain over `Platform::ALL`:
/// `#if defined(__linux__)` for the first, `#elif …` after it.
fn host_test(index: usize, platform: Platform) -> String {
    let directive = if index == 0 { "#if" } else { "#elif" };
    format!("{directive} {}", platform.facts().c_host)
}

/// `text` as a C string literal: printable ASCII as itself, `"`, `\` and
/// `?` (no trigraphs) escaped, tab and newline as `\t` and `\n`, every other
/// byte (UTF-8 included) as a three-digit octal escape, so the bytes are the
/// same whatever character sets the compiler uses.
pub fn c_string(text: &str) -> String {
    let mut out = String::from("\"");
    for piece in escaped_pieces(text) {
        out.push_str(&piece);
    }
    out.push('"');
    out
}

/// Each character of `text`, escaped for a C string literal.
fn escaped_pieces(text: &str) -> Vec<String> {
    text.chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            '?' => "\\?".to_string(),
            '\n' => "\\n".to_string(),
            '\t' => "\\t".to_string(),
            ' '..='~' => c.to_string(),
            _ => {
                let mut bytes = [0; 4];
                c.encode_utf8(&mut bytes)
                    .bytes()
                    .map(|byte| format!("\\{byte:03o}"))
                    .collect()
            }
        })
        .collect()
}

/// `text` as adjacent string literals of at most about 72 columns each,
/// one per line after `indent`; broken after a space or a newline where it
/// can be, never inside an escape.
fn wrapped_literal(text: &str, indent: &str) -> String {
    const WIDTH: usize = 72;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut last_space: Option<usize> = None;
    for piece in escaped_pieces(text) {
        line.push_str(&piece);
        if piece == " " {
            last_space = Some(line.len());
        }
        if piece == "\\n" {
            lines.push(std::mem::take(&mut line));
            last_space = None;
        } else if line.len() >= WIDTH {
            match last_space {
                Some(at) if at < line.len() => {
                    let rest = line.split_off(at);
                    lines.push(std::mem::replace(&mut line, rest));
                }
                _ => lines.push(std::mem::take(&mut line)),
            }
            last_space = None;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
        .iter()
        .map(|line| format!("{indent}\"{line}\""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` made safe inside a `/* */` comment: the comment markers `*/` and
/// `/*` are broken with a `\`, and `??` (a trigraph's start, which could
/// splice lines) with a space. A `\` at the end of a line only joins two
/// lines of the same comment.
pub fn c_comment(text: &str) -> String {
    let mut out = text.replace("*/", "*\\/").replace("/*", "/\\*");
    while out.contains("??") {
        out = out.replace("??", "? ?");
    }
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` broken into lines of at most 76 columns at spaces.
fn wrap(text: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.len() + 1 + word.len() > 76 {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// `lines` as one `/* … */` block, each line after ` * `.
fn comment_block(out: &mut String, lines: &[String]) {
    out.push_str("/*\n");
    for line in lines {
        for part in c_comment(line).split('\n') {
            if part.is_empty() {
                out.push_str(" *\n");
            } else {
                let _ = writeln!(out, " * {part}");
            }
        }
    }
    out.push_str(" */\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_ascii_and_escaped() {
        assert_eq!(c_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(c_string("??=x?"), r#""\?\?=x\?""#);
        assert_eq!(c_string("1\t2\n"), r#""1\t2\n""#);
        assert_eq!(c_string("中"), r#""\344\270\255""#);
        // An octal escape takes three digits, so a digit after it stays a digit.
        assert_eq!(c_string("中1"), r#""\344\270\2551""#);
        assert_eq!(c_string("\u{7f}"), r#""\177""#);
        assert!(c_string("“引号”*/").is_ascii());
    }

    #[test]
    fn wrapped_literals_keep_every_piece() {
        let text = "word ".repeat(40) + "中文\nline two \\ \"q\"";
        let wrapped = wrapped_literal(&text, "  ");
        let joined: String = wrapped
            .lines()
            .map(|line| {
                let line = line.trim_start();
                &line[1..line.len() - 1]
            })
            .collect();
        assert_eq!(format!("\"{joined}\""), c_string(&text));
        assert!(wrapped.lines().all(|line| line.len() <= 2 + 2 + 72 + 12));
        assert!(wrapped.lines().count() > 3);
    }

    #[test]
    fn comments_cannot_be_closed_or_spliced() {
        assert_eq!(c_comment("x */ y /* z"), "x *\\/ y /\\* z");
        assert_eq!(c_comment("a ??/"), "a ? ?/");
        assert_eq!(c_comment("a ???/"), "a ? ? ?/");
        assert_eq!(c_comment("trailing  \nnext"), "trailing\nnext");
        assert!(!c_comment("*/*/**//*").contains("*/"));
        assert!(!c_comment("/*/*").contains("/*"));
    }
}
