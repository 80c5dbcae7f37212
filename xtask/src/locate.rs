//! Finds where a field of the spec is written, for error messages.
//!
//! serde_yaml gives no positions for values it parsed successfully, so this
//! walks the text: the `codes:` list is cut into items at its `- ` markers, and
//! a field is found by searching its keys in order inside its item. It only
//! has to be good enough to point a person at the right line.

/// Line starts of the spec text and of each item of its `codes` list.
pub struct Locator<'a> {
    text: &'a str,
    /// Byte offset where each item of `codes:` starts, plus the end of the text.
    code_starts: Vec<usize>,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl<'a> Locator<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut code_starts = Vec::new();
        let mut in_codes = false;
        let mut item_indent = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let is_content = !trimmed.trim().is_empty() && !trimmed.starts_with('#');
            if indent == 0 && is_content {
                in_codes = trimmed.starts_with("codes:");
            } else if in_codes
                && trimmed.starts_with("- ")
                && *item_indent.get_or_insert(indent) == indent
            {
                code_starts.push(offset);
            }
            offset += line.len();
        }
        code_starts.push(text.len());
        Self { text, code_starts }
    }

    /// Where a top-level key (`prefix`, `crate`, …) is, following `path` inside it.
    pub fn top_level(&self, path: &[&str]) -> Position {
        self.search(0, self.text.len(), path)
    }

    /// Where a field of the code at `index` is: `path` is searched for in order,
    /// each element as a key (`"linux"`, `"value"`) or, failing that, as plain
    /// text (an operation's name). Falls back to the start of the item.
    pub fn code(&self, index: usize, path: &[&str]) -> Position {
        let start = self.code_starts.get(index).copied();
        let end = self.code_starts.get(index + 1).copied();
        match (start, end) {
            (Some(start), Some(end)) => self.search(start, end, path),
            _ => self.top_level(&["codes"]),
        }
    }

    fn search(&self, start: usize, end: usize, path: &[&str]) -> Position {
        let region = &self.text[start..end];
        let mut at = 0;
        let mut found = None;
        for part in path {
            let key = format!("{part}:");
            let hit = find_key(&region[at..], &key).or_else(|| region[at..].find(part));
            match hit {
                Some(relative) => {
                    at += relative;
                    found = Some(at);
                }
                None => break,
            }
        }
        let offset = start + found.unwrap_or_else(|| first_content(region));
        self.position(offset)
    }

    fn position(&self, offset: usize) -> Position {
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// Finds `key` (ending in `:`) where it starts a key: at a line start after
/// indentation or a `- `, or after `{`, `,` or a space in a flow mapping.
fn find_key(haystack: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(relative) = haystack[from..].find(key) {
        let at = from + relative;
        let before = haystack[..at].chars().next_back();
        if matches!(before, None | Some('\n' | ' ' | '{' | ',' | '-' | '\t')) {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

/// Offset of the first character that is not indentation or a list marker.
fn first_content(region: &str) -> usize {
    region
        .find(|c: char| !c.is_whitespace() && c != '-')
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "prefix: P_\n# note\ncodes:\n  - name: A\n    linux: { symbol: EA, value: 1 }\n  - name: B\n    operations: [send, sned]\n    windows:\n      symbol: WSAB\n      value: 3\n";

    #[test]
    fn finds_fields_of_each_code() {
        let locator = Locator::new(TEXT);
        assert_eq!(
            locator.code(0, &["linux", "value"]),
            Position {
                line: 5,
                column: 26
            }
        );
        assert_eq!(locator.code(1, &["name"]), Position { line: 6, column: 5 });
        assert_eq!(
            locator.code(1, &["operations", "sned"]),
            Position {
                line: 7,
                column: 24
            }
        );
        assert_eq!(
            locator.code(1, &["windows", "value"]),
            Position {
                line: 10,
                column: 7
            }
        );
    }

    #[test]
    fn falls_back_to_the_item_or_the_list() {
        let locator = Locator::new(TEXT);
        assert_eq!(locator.code(1, &["zh"]), Position { line: 6, column: 5 });
        assert_eq!(locator.code(7, &["zh"]), Position { line: 3, column: 1 });
        assert_eq!(
            locator.top_level(&["prefix"]),
            Position { line: 1, column: 1 }
        );
    }
}
