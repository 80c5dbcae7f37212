//! Making spec text safe to place in Markdown (the docs and rustdoc alike).
//! The Markdown templates reach [`escape_markdown`] through the `md` filter
//! (`render/filters.rs`); the rustdoc renderer calls it directly.

use crate::catalogue::Reference;

/// `text`'s non-blank lines, trimmed: a paragraph each (the user's Chinese
/// text may hold several).
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// `[connect(2)](https://…), [socket(7)](https://…)`: Markdown links, each
/// title escaped; the check keeps every link free of Markdown syntax.
pub fn reference_links(references: &[Reference]) -> String {
    references
        .iter()
        .map(|reference| {
            format!(
                "[{}]({})",
                escape_markdown(&reference.title),
                reference.link
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Escapes `text` for a Markdown paragraph or a table cell, so that whatever
/// it holds stays plain text: no emphasis, links, code spans, HTML, or table
/// columns, and no list, heading or quote at the start of a line.
pub fn escape_markdown(text: &str) -> String {
    // Four spaces or a tab at the start would make an indented code block,
    // which rustdoc compiles and runs as a doctest (the crate README is the
    // crate's docs); the text's later lines are joined with spaces.
    let text = text.trim_start_matches([' ', '\t']);
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        escape_line(line, &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    // Tabs would make an indented code block or break a table's alignment.
    let line = line.replace('\t', " ");
    let trimmed = line.trim_start();
    out.push_str(&line[..line.len() - trimmed.len()]);
    let mut chars = trimmed.chars().peekable();
    // Block markers only matter at the start of a line: `#`, `>`, `-`, `+`, `=`, `1.`.
    if let Some(&first) = chars.peek() {
        if matches!(first, '-' | '+' | '=' | '#') {
            out.push('\\');
        } else if first.is_ascii_digit() {
            let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
            out.push_str(&digits);
            for _ in 0..digits.len() {
                chars.next();
            }
            if matches!(chars.peek(), Some('.' | ')')) {
                out.push('\\');
            }
        }
    }
    let rest: Vec<char> = chars.collect();
    for (index, &c) in rest.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // Inside a word (`SO_BROADCAST`) `_` cannot start emphasis; escape it only at a word edge.
            '_' if !(index > 0
                && is_word(rest[index - 1])
                && rest.get(index + 1).is_some_and(|&n| is_word(n))) =>
            {
                out.push_str("\\_");
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_ordinary_text_alone() {
        assert_eq!(
            escape_markdown("连接被重置。Use it, then close."),
            "连接被重置。Use it, then close."
        );
    }

    #[test]
    fn neutralises_markup() {
        assert_eq!(
            escape_markdown("a|b <script> `x` *y*"),
            "a\\|b &lt;script&gt; \\`x\\` \\*y\\*"
        );
        assert_eq!(escape_markdown("- item"), "\\- item");
        // No indented code block (a doctest in the crate README).
        assert_eq!(escape_markdown("    exit(1);"), "exit(1);");
        assert_eq!(escape_markdown("\t- item"), "\\- item");
        assert_eq!(escape_markdown("12. item"), "12\\. item");
        assert_eq!(escape_markdown("# h\n> q"), "\\# h &gt; q");
        assert_eq!(escape_markdown("[a](b) &amp;"), "\\[a\\](b) &amp;amp;");
        assert_eq!(escape_markdown("SO_BROADCAST _x_"), "SO_BROADCAST \\_x\\_");
    }
}
