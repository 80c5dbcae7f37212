//! Writing HTML text: escaping spec text, and the few inline forms the
//! generator's own words use.

/// Escapes `text` for an HTML text node or a quoted attribute value, so that
/// whatever it holds stays text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The generator's own words (never spec text) with their `` `code` ``
/// spans as `<code>` elements; everything else escaped.
pub fn inline_code(words: &str) -> String {
    words
        .split('`')
        .enumerate()
        .map(|(index, part)| {
            if index % 2 == 1 {
                format!("<code>{}</code>", escape(part))
            } else {
                escape(part)
            }
        })
        .collect()
}

/// The paragraphs of a spec text: its non-blank lines, trimmed and escaped.
pub fn paragraphs(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| format!("<p>{}</p>\n", escape(line)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_is_markup() {
        assert_eq!(
            escape(r#"<script>a & "b" 'c'</script>"#),
            "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("连接被重置。"), "连接被重置。");
    }

    #[test]
    fn code_spans_become_code_elements() {
        assert_eq!(
            inline_code("the `WSA*` code & <more>"),
            "the <code>WSA*</code> code &amp; &lt;more&gt;"
        );
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        assert_eq!(paragraphs(" a \n\n<b>\n"), "<p>a</p>\n<p>&lt;b&gt;</p>\n");
    }
}
