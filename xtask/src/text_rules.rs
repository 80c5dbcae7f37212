//! What a code's summary and a reference link must look like: pure rules,
//! each returning what is wrong in words a person can act on. `check` puts
//! the position in front.

/// The longest summary, in characters.
pub const SUMMARY_MAX: usize = 60;

/// The longest `NAME: summary` line `Display` writes, in characters.
pub const DISPLAY_MAX: usize = 80;

/// Punctuation a summary must not end with (it is a fragment, not a sentence).
const TRAILING_PUNCTUATION: &[char] = &['.', ',', ';', ':', '!', '?', '。', '，', '；', '：'];

/// What is wrong with `summary`, the summary of the code named `name`, if anything.
pub fn summary_problem(name: &str, summary: &str) -> Option<String> {
    if summary.trim().is_empty() {
        return Some("summary is empty".to_string());
    }
    if let Some(c) = summary.chars().find(|c| c.is_control()) {
        return Some(format!(
            "summary contains the control character {c:?}; it is one line of text"
        ));
    }
    if summary.trim() != summary {
        return Some("summary starts or ends with a space".to_string());
    }
    if let Some(link) = bare_link(summary) {
        return Some(format!("summary {}", bare_link_problem(link)));
    }
    let length = summary.chars().count();
    if length > SUMMARY_MAX {
        return Some(format!(
            "summary is {length} characters long; at most {SUMMARY_MAX}"
        ));
    }
    let display = name.chars().count() + 2 + length;
    if display > DISPLAY_MAX {
        return Some(format!(
            "`{name}: <summary>` is {display} characters long; Display writes at most {DISPLAY_MAX}"
        ));
    }
    if let Some(last) = summary
        .chars()
        .next_back()
        .filter(|c| TRAILING_PUNCTUATION.contains(c))
    {
        return Some(format!(
            "summary ends with `{last}`; leave trailing punctuation out"
        ));
    }
    let first_word = summary.split(' ').next().unwrap_or(summary);
    if !starts_lower_case(first_word) && !is_symbol(first_word) {
        return Some(format!(
            "summary starts with `{first_word}`; start it in lower case, unless it starts with a symbol such as `SO_ERROR`"
        ));
    }
    None
}

/// The first `http://` or `https://` link written out in `text` (the scheme
/// in any case, then a host with a dot, as rustdoc and GitHub require to make
/// one), without the punctuation after it. rustdoc refuses such bare URLs
/// (`rustdoc::bare_urls`) in the docs the texts become, and a link is only
/// checked, and shown alike in Markdown, rustdoc and the site, in `references`.
pub fn bare_link(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("http").find_map(|(start, _)| {
        let after = ["https://", "http://"]
            .iter()
            .find_map(|scheme| lower[start..].strip_prefix(scheme))?;
        let host_end = after
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))
            .unwrap_or(after.len());
        if !after[..host_end].trim_end_matches('.').contains('.') {
            return None;
        }
        let rest = &text[start..];
        let end = rest.find(|c| !is_link_char(c)).unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']))
    })
}

/// What to say of a bare link in a text.
pub fn bare_link_problem(link: &str) -> String {
    format!(
        "contains the bare link `{link}`, which rustdoc refuses (rustdoc::bare_urls); links belong in `references`: add the page there with a title and list it in the code's `references`"
    )
}

fn starts_lower_case(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// A word written the way code names are: it has an `_` or a digit, or an
/// upper-case letter after its first (`SO_ERROR`, `WSAStartup`, `IPv6`, `TCP`).
fn is_symbol(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && (word.contains(|c: char| c == '_' || c.is_ascii_digit())
            || chars.any(|c| c.is_ascii_uppercase()))
}

/// The bidirectional control characters that reorder how text is shown
/// (Unicode's embeddings, overrides and isolates), with their names: rustc
/// refuses them in doc comments and gcc warns of them in comments, and in
/// a review they make text read differently from what a compiler sees
/// (Trojan Source, CVE-2021-42574).
const BIDI_CONTROLS: &[(char, &str)] = &[
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

/// What is wrong with the character `c` anywhere in the spec's text (a
/// value, a key, a comment), if anything: a bidirectional control, or a
/// character YAML does not allow in a stream at all.
pub fn character_problem(c: char) -> Option<String> {
    if let Some((_, name)) = BIDI_CONTROLS.iter().find(|(bidi, _)| *bidi == c) {
        return Some(format!(
            "the spec contains U+{:04X} {name}, a bidirectional control character: it makes text read differently from what compilers see (Trojan Source, CVE-2021-42574); remove it",
            u32::from(c)
        ));
    }
    if !is_yaml_printable(c) {
        let name = if c == '\0' { " NULL" } else { "" };
        return Some(format!(
            "the spec contains U+{:04X}{name}, a control character YAML does not allow; remove it",
            u32::from(c)
        ));
    }
    None
}

/// YAML 1.2's `c-printable`: what a YAML stream may hold (libyaml refuses
/// anything else, and without a position).
fn is_yaml_printable(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// What is wrong with `link`, if anything. A link is `https://HOST/PATH`:
/// a lower-case DNS host with a dot, and a path, query and fragment of
/// printable ASCII with `%` escapes, but without the characters Markdown link
/// syntax or rustdoc would read as markup (`( ) < > " \` and so on).
pub fn link_problem(link: &str) -> Option<String> {
    let Some(rest) = link.strip_prefix("https://") else {
        return Some(format!("link `{link}` does not start with `https://`"));
    };
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(end) => rest.split_at(end),
        None => (rest, ""),
    };
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    if !labels_ok || !host.contains('.') {
        return Some(format!(
            "link `{link}` has no well-formed host (lower-case DNS name with a dot, no port or user)"
        ));
    }
    if let Some(c) = path.chars().find(|&c| !is_link_char(c)) {
        return Some(format!(
            "link `{link}` contains {c:?}; write it %-escaped (`(` is %28, `)` is %29, a space is %20)"
        ));
    }
    if let Some((reference, stands_for)) = character_reference(path) {
        let instead = stands_for.map_or("the character itself".to_string(), |c| {
            format!("the character itself (`{c}`)")
        });
        return Some(format!(
            "link `{link}` contains the HTML character reference `{reference}`; write {instead}: Markdown and rustdoc decode it, the site does not, so the address would differ"
        ));
    }
    let bytes = path.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        if byte == b'%'
            && !(bytes.get(index + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(index + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Some(format!(
                "link `{link}` has a `%` that is not followed by two hex digits"
            ));
        }
    }
    None
}

/// The first HTML character reference in `text` (`&amp;`, `&#38;`,
/// `&#x26;`, or any `&name;`), and the character it stands for when known.
fn character_reference(text: &str) -> Option<(&str, Option<char>)> {
    text.match_indices('&').find_map(|(start, _)| {
        let body_and_rest = &text[start + 1..];
        let end = body_and_rest.find(';')?;
        let body = &body_and_rest[..end];
        let stands_for = if let Some(number) = body.strip_prefix('#') {
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) if !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()
                }
                None if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => {
                    number.parse().ok()
                }
                _ => return None,
            };
            value.and_then(char::from_u32)
        } else if body.starts_with(|c: char| c.is_ascii_alphabetic())
            && body.chars().all(|c| c.is_ascii_alphanumeric())
        {
            match body {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => None,
            }
        } else {
            return None;
        };
        Some((&text[start..start + 1 + end + 1], stands_for))
    })
}

/// RFC 3986's unreserved and reserved characters and `%`, less those that
/// Markdown or rustdoc treat as syntax inside a link.
fn is_link_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '-' | '.'
                | '_'
                | '~'
                | ':'
                | '/'
                | '?'
                | '#'
                | '@'
                | '!'
                | '$'
                | '&'
                | '+'
                | ','
                | ';'
                | '='
                | '%'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_summaries_in_the_strerror_tradition() {
        for good in [
            "connection refused by the peer",
            "SO_ERROR holds the outcome",
            "WSAStartup was not called",
            "IPv6 not supported",
            "TCP Fast Open already in progress",
            "connection reset (RST from the peer)",
            &"x".repeat(SUMMARY_MAX),
        ] {
            assert_eq!(summary_problem("EX", good), None, "{good}");
        }
    }

    #[test]
    fn names_what_is_wrong_with_a_summary() {
        let cases = [
            ("", "summary is empty"),
            ("   ", "summary is empty"),
            ("two\nlines", "control character '\\n'"),
            ("tab\there", "control character '\\t'"),
            (" leading", "starts or ends with a space"),
            ("trailing ", "starts or ends with a space"),
            ("connection refused.", "ends with `.`"),
            ("connection refused;", "ends with `;`"),
            ("连接被拒绝。", "ends with `。`"),
            ("Connection refused", "starts with `Connection`"),
            ("A connection", "starts with `A`"),
            ("(peer) refused", "starts with `(peer)`"),
        ];
        for (summary, expected) in cases {
            let problem = summary_problem("EX", summary).unwrap_or_default();
            assert!(problem.contains(expected), "{summary:?}: {problem}");
        }
        let long = "x".repeat(SUMMARY_MAX + 1);
        assert!(
            summary_problem("EX", &long)
                .unwrap_or_default()
                .contains("61 characters long; at most 60")
        );
        // The summary fits, but not after a long name.
        let name = "E".repeat(DISPLAY_MAX - 2 - SUMMARY_MAX + 1);
        assert!(
            summary_problem(&name, &"x".repeat(SUMMARY_MAX))
                .unwrap_or_default()
                .contains("Display writes at most 80")
        );
        assert_eq!(summary_problem(&name[1..], &"x".repeat(SUMMARY_MAX)), None);
    }

    #[test]
    fn finds_bare_links_in_text() {
        for (text, expected) in [
            (
                "see https://example.org/x for more",
                Some("https://example.org/x"),
            ),
            (
                "(http://example.org/a?b=1).",
                Some("http://example.org/a?b=1"),
            ),
            ("HTTPS://EXAMPLE.ORG.", Some("HTTPS://EXAMPLE.ORG")),
            (
                "连接https://example.org/重置。",
                Some("https://example.org/"),
            ),
            ("a http://a.org and https://b.org", Some("http://a.org")),
            ("https is a protocol; see RFC 9110", None),
            ("ftp://example.org", None),
            // Not a link for rustdoc or GitHub: no dot in the host.
            ("[链接](http://x) ]]", None),
            ("http://x, then https://b.org", Some("https://b.org")),
        ] {
            assert_eq!(bare_link(text), expected, "{text:?}");
        }
    }

    #[test]
    fn names_bidirectional_controls_and_characters_yaml_refuses() {
        for (c, expected) in [
            (
                '\u{202E}',
                "U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control",
            ),
            ('\u{202A}', "U+202A LEFT-TO-RIGHT EMBEDDING"),
            ('\u{2069}', "U+2069 POP DIRECTIONAL ISOLATE"),
            ('\0', "U+0000 NULL, a control character YAML does not allow"),
            ('\u{7}', "U+0007, a control character"),
            ('\u{7F}', "U+007F, a control character"),
            ('\u{9F}', "U+009F, a control character"),
            ('\u{FFFE}', "U+FFFE, a control character"),
        ] {
            let problem = character_problem(c).unwrap_or_default();
            assert!(problem.contains(expected), "{c:?}: {problem}");
        }
        for fine in [
            'a', '\t', '\n', '\r', '\u{85}', '连', '\u{200F}', '\u{FEFF}', '😀',
        ] {
            assert_eq!(character_problem(fine), None, "{fine:?}");
        }
    }

    #[test]
    fn accepts_documentation_links() {
        for good in [
            "https://man7.org/linux/man-pages/man2/connect.2.html",
            "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2#WSAEACCES",
            "https://example.org",
            "https://example.org/a%20b?x=1&y=2",
            // `&` without a reference's shape is only a character.
            "https://example.org/?a=1&b=2;c&#;&#x;&;&1;",
        ] {
            assert_eq!(link_problem(good), None, "{good}");
        }
    }

    #[test]
    fn names_what_is_wrong_with_a_link() {
        let cases = [
            ("http://man7.org/", "does not start with `https://`"),
            ("man7.org/connect.2.html", "does not start with `https://`"),
            ("https://", "no well-formed host"),
            ("https://localhost/x", "no well-formed host"),
            ("https://Man7.org/x", "no well-formed host"),
            ("https://man7.org:443/x", "no well-formed host"),
            ("https://user@man7.org/x", "no well-formed host"),
            ("https://-x.org/", "no well-formed host"),
            ("https://a..org/", "no well-formed host"),
            ("https://x.org/a b", "contains ' '"),
            ("https://x.org/ms740668(v=VS.85).aspx", "contains '('"),
            ("https://x.org/<script>", "contains '<'"),
            ("https://x.org/\"q\"", "contains '\"'"),
            ("https://x.org/é", "contains 'é'"),
            ("https://x.org/100%", "not followed by two hex digits"),
            ("https://x.org/%2", "not followed by two hex digits"),
            ("https://x.org/%zz", "not followed by two hex digits"),
            (
                "https://x.org/?a=1&amp;b=2",
                "HTML character reference `&amp;`; write the character itself (`&`)",
            ),
            (
                "https://x.org/a&#38;b",
                "reference `&#38;`; write the character itself (`&`)",
            ),
            (
                "https://x.org/a&#x26;b",
                "reference `&#x26;`; write the character itself (`&`)",
            ),
            (
                "https://x.org/a&#X3D;b",
                "reference `&#X3D;`; write the character itself (`=`)",
            ),
            (
                "https://x.org/#a&copy;",
                "reference `&copy;`; write the character itself:",
            ),
        ];
        for (link, expected) in cases {
            let problem = link_problem(link).unwrap_or_default();
            assert!(problem.contains(expected), "{link:?}: {problem}");
        }
    }
}
