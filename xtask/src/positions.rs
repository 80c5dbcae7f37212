//! Where each node of the spec is written, from the YAML parser's own marks.
//!
//! serde_yaml reads the typed model but keeps no positions for values it
//! accepted, so the same text is also read by `saphyr-parser`, whose events
//! carry the span of every node. This module builds a tree of those nodes and
//! answers "where is `codes[3].linux.value`?". The two readings must describe
//! the same document: [`Document::agrees_with`] compares this tree with
//! serde_yaml's `Value` of the same text, node by node; a document one reader
//! rejects, or on which they disagree, is a syntax error at its position. Two
//! differences are smoothed over first: a UTF-8 byte order mark is stripped
//! (libyaml takes it for the start of a second document), and libyaml's
//! lines, which count NEL, LS and PS as breaks as YAML 1.1 does, are counted
//! as YAML 1.2 and editors do.

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use saphyr_parser::{Event, Parser, ScalarStyle};

/// A 1-based line and column (in characters) in the spec text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters (a byte order mark is not one).
    pub column: usize,
}

impl Position {
    /// The start of the file.
    pub const START: Position = Position { line: 1, column: 1 };
}

/// One step of a path from the root of the document to a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// The value of a mapping's key.
    Key(String),
    /// An item of a sequence.
    Index(usize),
}

impl Segment {
    /// A key step.
    pub fn key(key: &str) -> Segment {
        Segment::Key(key.to_string())
    }
}

/// The steps from the root to a node: `codes[3].linux.value`.
pub type Path = Vec<Segment>;

/// Shows a path as serde_yaml writes one: `codes[3].linux.value`.
pub struct DisplayPath<'a>(pub &'a [Segment]);

impl fmt::Display for DisplayPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (step, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if step == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A node of the document and where it starts.
#[derive(Debug)]
pub struct Node {
    /// Where the node starts: a scalar's first character, a flow collection's
    /// bracket, a block mapping's first key, a block sequence's first `-`.
    pub at: Position,
    /// What the node is.
    pub kind: Kind,
}

/// The three kinds of YAML node.
#[derive(Debug)]
pub enum Kind {
    /// A scalar: its text after unquoting, and whether it was written plain
    /// (unquoted, so serde_yaml may read it as a number, a boolean or null).
    Scalar {
        /// The scalar's value as text.
        text: String,
        /// Written without quotes or block indicators.
        plain: bool,
    },
    /// A sequence's items.
    Sequence(Vec<Rc<Node>>),
    /// A mapping's entries, in the order written.
    Mapping(Vec<(Rc<Node>, Rc<Node>)>),
}

impl Node {
    fn entries(&self) -> &[(Rc<Node>, Rc<Node>)] {
        match &self.kind {
            Kind::Mapping(entries) => entries,
            _ => &[],
        }
    }

    /// The value of `key`, if this is a mapping that has it.
    fn get(&self, key: &str) -> Option<&Node> {
        self.entries()
            .iter()
            .find(|(k, _)| k.scalar() == Some(key))
            .map(|(_, value)| value.as_ref())
    }

    /// The text of a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    fn step(&self, segment: &Segment) -> Option<&Node> {
        match (segment, &self.kind) {
            (Segment::Key(key), _) => self.get(key),
            (Segment::Index(index), Kind::Sequence(items)) => items.get(*index).map(Rc::as_ref),
            _ => None,
        }
    }
}

/// Nesting deeper than this is refused, by this reader and before serde_yaml
/// reads the text: libyaml's time grows with the square of the nesting
/// (200,000 `[` took it 163 s), and no recursion over the tree may exhaust
/// the stack. The spec itself nests five deep; serde_yaml would refuse more
/// than 128 anyway, with a message of its own.
pub const MAX_DEPTH: usize = 64;

/// What saphyr-parser's scanner says when flow collections nest deeper than
/// its own limit (255), which its lookahead can reach before this reader's.
const SCANNER_DEPTH_LIMIT: &str = "recursion limit exceeded";

/// The first document of the spec, as nodes with positions.
#[derive(Debug)]
pub struct Document {
    root: Option<Rc<Node>>,
}

/// A syntax error of the position reader: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the reader stopped.
    pub at: Position,
    /// What it says.
    pub message: String,
    /// Whether it stopped because the nesting passed [`MAX_DEPTH`].
    pub too_deep: bool,
}

impl SyntaxError {
    /// A syntax error other than nesting too deep.
    fn new(at: Position, message: String) -> SyntaxError {
        SyntaxError {
            at,
            message,
            too_deep: false,
        }
    }

    /// Nesting passed [`MAX_DEPTH`] at `at`.
    fn too_deep(at: Position) -> SyntaxError {
        SyntaxError {
            at,
            message: format!("nested more than {MAX_DEPTH} levels deep"),
            too_deep: true,
        }
    }
}

/// Why [`Document::read`] stopped.
struct ReadError {
    error: SyntaxError,
    /// When the scanner stopped at its own nesting limit: the index (in
    /// characters) where it did.
    scanner_depth_limit_at: Option<usize>,
}

impl From<SyntaxError> for ReadError {
    fn from(error: SyntaxError) -> ReadError {
        ReadError {
            error,
            scanner_depth_limit_at: None,
        }
    }
}

/// A collection being read.
enum Open {
    Sequence(Position, usize, Vec<Rc<Node>>),
    Mapping(Position, usize, Vec<(Rc<Node>, Rc<Node>)>, Option<Rc<Node>>),
}

impl Document {
    /// Reads `text` (a leading byte order mark is skipped). Nesting deeper
    /// than [`MAX_DEPTH`] is an error at the node that passes it; reading
    /// stops there, so the time is linear in the text whatever its nesting.
    pub fn parse(text: &str) -> Result<Document, SyntaxError> {
        Document::read(text).map_err(|err| match err.scanner_depth_limit_at {
            // The scanner ran ahead to its own limit; the same text up to
            // there, without its lookahead, shows where this reader's was passed.
            Some(index) => {
                let end = text
                    .char_indices()
                    .nth(index)
                    .map_or(text.len(), |(end, _)| end);
                match Document::read(&text[..end]) {
                    Err(earlier) if earlier.error.too_deep => earlier.error,
                    _ => SyntaxError::too_deep(err.error.at),
                }
            }
            None => err.error,
        })
    }

    fn read(text: &str) -> Result<Document, ReadError> {
        let mut anchors: BTreeMap<usize, Rc<Node>> = BTreeMap::new();
        let mut open: Vec<Open> = Vec::new();
        let mut root = None;
        // The parser marks an empty node at the end of a text without a final
        // break (`? `) one line past it; no position may point outside the text.
        let end = end_of(text);
        for event in Parser::new_from_str(text) {
            let (event, span) = event.map_err(|err| ReadError {
                error: SyntaxError::new(
                    position(err.marker().line(), err.marker().col()).min(end),
                    err.info().to_string(),
                ),
                scanner_depth_limit_at: (err.info() == SCANNER_DEPTH_LIMIT)
                    .then(|| err.marker().index()),
            })?;
            let at = position(span.start.line(), span.start.col()).min(end);
            let (node, anchor) = match event {
                Event::DocumentEnd => break,
                Event::Scalar(text, style, anchor, _) => (
                    Rc::new(Node {
                        at,
                        kind: Kind::Scalar {
                            text: text.into_owned(),
                            plain: style == ScalarStyle::Plain,
                        },
                    }),
                    anchor,
                ),
                Event::Alias(anchor) => match anchors.get(&anchor) {
                    Some(node) => (Rc::clone(node), 0),
                    None => {
                        return Err(SyntaxError::new(
                            at,
                            "an alias to an unknown anchor".to_string(),
                        )
                        .into());
                    }
                },
                Event::SequenceStart(..) | Event::MappingStart(..) if open.len() >= MAX_DEPTH => {
                    return Err(SyntaxError::too_deep(at).into());
                }
                Event::SequenceStart(anchor, _) => {
                    open.push(Open::Sequence(at, anchor, Vec::new()));
                    continue;
                }
                Event::MappingStart(anchor, _) => {
                    open.push(Open::Mapping(at, anchor, Vec::new(), None));
                    continue;
                }
                Event::SequenceEnd | Event::MappingEnd => match open.pop() {
                    Some(Open::Sequence(at, anchor, items)) => (
                        Rc::new(Node {
                            at,
                            kind: Kind::Sequence(items),
                        }),
                        anchor,
                    ),
                    Some(Open::Mapping(at, anchor, entries, _)) => (
                        Rc::new(Node {
                            at,
                            kind: Kind::Mapping(entries),
                        }),
                        anchor,
                    ),
                    None => continue,
                },
                Event::StreamStart
                | Event::StreamEnd
                | Event::DocumentStart(_)
                | Event::Nothing => continue,
            };
            if anchor != 0 {
                anchors.insert(anchor, Rc::clone(&node));
            }
            match open.last_mut() {
                Some(Open::Sequence(_, _, items)) => items.push(node),
                Some(Open::Mapping(_, _, entries, pending)) => match pending.take() {
                    Some(key) => entries.push((key, node)),
                    None => *pending = Some(node),
                },
                None => root = Some(node),
            }
        }
        Ok(Document { root })
    }

    /// The node at `path`, if the document has it.
    pub fn node(&self, path: &[Segment]) -> Option<&Node> {
        path.iter()
            .try_fold(self.root.as_deref()?, |node, segment| node.step(segment))
    }

    /// Where the node at `path` is; where the path stops existing, the deepest
    /// node on the way (so a message still points into the right entry).
    pub fn position(&self, path: &[Segment]) -> Option<Position> {
        let mut node = self.root.as_deref()?;
        for segment in path {
            match node.step(segment) {
                Some(next) => node = next,
                None => break,
            }
        }
        Some(node.at)
    }

    /// Where the `occurrence`-th (0-based) key `key` of the mapping at `path` is written.
    pub fn key_position(&self, path: &[Segment], key: &str, occurrence: usize) -> Option<Position> {
        self.node(path)?
            .entries()
            .iter()
            .filter(|(k, _)| k.scalar() == Some(key))
            .nth(occurrence)
            .map(|(k, _)| k.at)
    }

    /// Whether this tree and serde_yaml's reading of the same text describe
    /// the same document: the same mappings with the same keys in the same
    /// order, the same sequences, the same strings; a scalar serde_yaml reads
    /// as a number, boolean or null is a plain scalar here. Returns where the
    /// first difference is.
    pub fn agrees_with(&self, value: &serde_yaml::Value) -> Result<(), SyntaxError> {
        match &self.root {
            Some(root) => agree(root, value),
            None if value.is_null() => Ok(()),
            None => Err(SyntaxError::new(
                Position::START,
                "the YAML readers disagree: one found no document".to_string(),
            )),
        }
    }
}

/// Turns a position counted as libyaml (and so serde_yaml) counts lines, with
/// YAML 1.1's breaks (CR, LF, CRLF, and also NEL, LS and PS), into one
/// counted with YAML 1.2's breaks (CR, LF, CRLF), as this reader and editors
/// count them. A position past the end is the end.
pub fn from_yaml_1_1_lines(text: &str, line: usize, column: usize) -> Position {
    let target = (line.max(1), column.max(1));
    let mut old = (1, 1);
    let mut new = Position::START;
    let mut chars = text.chars().peekable();
    while old < target {
        let Some(c) = chars.next() else { break };
        let crlf = c == '\r' && chars.peek() == Some(&'\n');
        if crlf {
            chars.next();
        }
        if matches!(c, '\r' | '\n') {
            old = (old.0 + 1, 1);
            new = Position {
                line: new.line + 1,
                column: 1,
            };
        } else if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
            old = (old.0 + 1, 1);
            new.column += 1;
        } else {
            old.1 += 1;
            new.column += 1;
        }
    }
    new
}

/// The first character of `text` (without its byte order mark) that
/// `problem` has something to say about, with where it is, counted as this
/// reader counts: lines broken at CR, LF or CRLF, columns in characters.
/// Used before either reader runs, for what neither places well.
pub fn find_character<T>(
    text: &str,
    mut problem: impl FnMut(char) -> Option<T>,
) -> Option<(Position, T)> {
    let mut at = Position::START;
    let mut after_cr = false;
    for c in text.chars() {
        if let Some(found) = problem(c) {
            return Some((at, found));
        }
        match c {
            // The LF of a CRLF ends the line the CR already ended.
            '\n' if after_cr => {}
            '\r' | '\n' => {
                at = Position {
                    line: at.line + 1,
                    column: 1,
                };
            }
            _ => at.column += 1,
        }
        after_cr = c == '\r';
    }
    None
}

/// The position just after the last character of `text`.
pub fn end_of(text: &str) -> Position {
    from_yaml_1_1_lines(text, usize::MAX, 1)
}

fn position(line: usize, column0: usize) -> Position {
    Position {
        line: line.max(1),
        column: column0 + 1,
    }
}

fn agree(node: &Node, value: &serde_yaml::Value) -> Result<(), SyntaxError> {
    use serde_yaml::Value;
    let disagree = |what: &str| {
        Err(SyntaxError::new(
            node.at,
            format!(
                "the YAML readers disagree about this node ({what}); write it more plainly (quote strings, use block or flow collections)"
            ),
        ))
    };
    match (&node.kind, value) {
        (_, Value::Tagged(tagged)) => agree(node, &tagged.value),
        (Kind::Scalar { text, .. }, Value::String(string)) if text == string => Ok(()),
        (Kind::Scalar { plain: true, .. }, Value::Null | Value::Bool(_) | Value::Number(_)) => {
            Ok(())
        }
        (Kind::Sequence(items), Value::Sequence(values)) if items.len() == values.len() => items
            .iter()
            .zip(values)
            .try_for_each(|(item, value)| agree(item, value)),
        (Kind::Mapping(entries), Value::Mapping(values)) if entries.len() == values.len() => {
            entries
                .iter()
                .zip(values)
                .try_for_each(|((key, item), (key_value, value))| {
                    agree(key, key_value)?;
                    agree(item, value)
                })
        }
        (Kind::Scalar { .. }, _) => disagree("a scalar"),
        (Kind::Sequence(_), _) => disagree("a sequence"),
        (Kind::Mapping(_), _) => disagree("a mapping"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    fn path(text: &str) -> Path {
        text.split('.')
            .map(|step| match step.parse() {
                Ok(index) => Segment::Index(index),
                Err(_) => Segment::key(step),
            })
            .collect()
    }

    const BLOCK: &str = "prefix: P_\n# note\ncodes:\n  - name: A\n    linux: { symbol: EA, value: 1 }\n  - name: B\n    operations: [send, sned]\n    windows:\n      symbol: WSAB\n      value: 3\n";
    const UNINDENTED: &str = "prefix: P_\ncodes:\n- name: A\n  linux: { symbol: EA, value: 1 }\n- name: B\n  operations: [send, sned]\n";
    const FLOW: &str = "\u{feff}prefix: P_\r\ncodes:\r\n  - { name: A, linux: { symbol: EA, value: 1 } }\r\n  - {name: B,\r\n     operations: [send, sned]}\r\n";

    #[test]
    fn an_empty_node_at_the_end_of_the_text_is_placed_inside_it() {
        // Found by the long property run: saphyr put this key on line 2.
        for (text, end) in [
            ("? ", at(1, 3)),
            ("? #", at(1, 4)),
            ("a: 1\r\n? ", at(2, 3)),
        ] {
            let document = Document::parse(text).expect("parses");
            let key = document
                .root
                .as_deref()
                .expect("a root")
                .entries()
                .last()
                .map(|(key, _)| key.at);
            assert_eq!(key, end, "{text:?}");
        }
        assert_eq!(end_of("ab\r\ncd\re"), Position { line: 3, column: 2 });
    }

    #[test]
    fn positions_come_from_the_nodes_in_every_layout() {
        let block = Document::parse(BLOCK).expect("parses");
        assert_eq!(block.position(&path("codes.0.linux.value")), at(5, 33));
        assert_eq!(block.position(&path("codes.1.name")), at(6, 11));
        assert_eq!(block.position(&path("codes.1.operations.1")), at(7, 24));
        assert_eq!(block.position(&path("codes.1.windows.value")), at(10, 14));
        assert_eq!(block.position(&path("codes.1")), at(6, 5));

        let unindented = Document::parse(UNINDENTED).expect("parses");
        assert_eq!(unindented.position(&path("codes.0.linux.value")), at(4, 31));
        assert_eq!(
            unindented.position(&path("codes.1.operations.1")),
            at(6, 22)
        );

        let flow = Document::parse(FLOW).expect("parses");
        assert_eq!(flow.position(&path("prefix")), at(1, 9));
        assert_eq!(flow.position(&path("codes.0.linux.value")), at(3, 44));
        assert_eq!(flow.position(&path("codes.1.name")), at(4, 12));
        assert_eq!(flow.position(&path("codes.1.operations.1")), at(5, 25));
        assert_eq!(flow.position(&path("codes.1")), at(4, 5));
    }

    #[test]
    fn a_missing_step_points_at_the_deepest_node_found() {
        let block = Document::parse(BLOCK).expect("parses");
        assert_eq!(block.position(&path("codes.0.zh")), at(4, 5));
        assert_eq!(block.position(&path("codes.7.zh")), at(4, 3));
        assert_eq!(block.node(&path("codes.0.zh")).map(|n| n.at), None);
        assert_eq!(block.key_position(&path("codes.1"), "windows", 0), at(8, 5));
        assert_eq!(
            Document::parse("# nothing\n")
                .expect("parses")
                .position(&[]),
            None
        );
    }

    #[test]
    fn agrees_with_serde_yaml_on_the_same_text() {
        for text in [
            BLOCK,
            UNINDENTED,
            FLOW,
            "a: &x {b: 1}\nc: *x\nd: [1, true, ~, '1']\n",
        ] {
            // serde_yaml takes a byte order mark for a document of its own: the reader strips it.
            let unmarked = text.trim_start_matches('\u{feff}');
            let value: serde_yaml::Value =
                serde_yaml::from_str(unmarked).expect("serde_yaml reads it");
            let document = Document::parse(text).expect("parses");
            assert_eq!(document.agrees_with(&value), Ok(()), "{text:?}");
        }
        let document = Document::parse("a: 'x'\n").expect("parses");
        let other: serde_yaml::Value = serde_yaml::from_str("a: 'y'\n").expect("reads");
        let err = document.agrees_with(&other).expect_err("different strings");
        assert_eq!(err.at, Position { line: 1, column: 4 });
        let quoted_number: serde_yaml::Value = serde_yaml::from_str("a: 1\n").expect("reads");
        assert!(
            document.agrees_with(&quoted_number).is_err(),
            "a quoted scalar is not a number"
        );
    }

    #[test]
    fn syntax_errors_and_deep_nesting_are_reported_with_a_position() {
        let err = Document::parse("a: [1, 2\nb: c\n").expect_err("unclosed");
        assert!(err.at.line >= 1 && !err.message.is_empty(), "{err:?}");
        // On one line the scanner's lookahead reaches its own limit (255
        // flow levels) first; the error is still this reader's, where it was passed.
        let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = Document::parse(&deep).expect_err("too deep");
        assert_eq!(
            err,
            SyntaxError::too_deep(at(1, MAX_DEPTH + 1).expect("a position"))
        );
        let at_the_limit = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Document::parse(&at_the_limit).is_ok());
    }

    #[test]
    fn libyaml_lines_become_yaml_1_2_lines() {
        let text = "a: 1\r\nb: x\u{2028}y\nc: [\n";
        assert_eq!(
            from_yaml_1_1_lines(text, 2, 4),
            Position { line: 2, column: 4 }
        );
        // libyaml's line 3 starts after the line separator, inside line 2 here.
        assert_eq!(
            from_yaml_1_1_lines(text, 3, 1),
            Position { line: 2, column: 6 }
        );
        assert_eq!(
            from_yaml_1_1_lines(text, 4, 4),
            Position { line: 3, column: 4 }
        );
        assert_eq!(
            from_yaml_1_1_lines(text, 99, 1),
            Position { line: 4, column: 1 }
        );
    }

    #[test]
    fn characters_are_found_where_the_reader_places_them() {
        let nul = |c| (c == '\0').then_some(());
        for (text, expected) in [
            ("\0", Some((1, 1))),
            ("ab\0", Some((1, 3))),
            ("a\nb\0", Some((2, 2))),
            ("a\r\nb\0", Some((2, 2))),
            ("a\rb\0", Some((2, 2))),
            ("a\r\n\r\n\0", Some((3, 1))),
            ("连接\0", Some((1, 3))),
            // NEL and LS are not line breaks in YAML 1.2.
            ("a\u{85}\u{2028}\0", Some((1, 4))),
            ("abc", None),
        ] {
            let found = find_character(text, nul).map(|(at, ())| (at.line, at.column));
            assert_eq!(found, expected, "{text:?}");
        }
        // Where the reader itself places a node (this one starts with a NEL).
        let text = "a: 1\r\nb:\r\n  c: \u{85}x\n";
        let document = Document::parse(text).expect("parses");
        let found = find_character(text, |c| (c == '\u{85}').then_some(()));
        assert_eq!(found.map(|(at, ())| at), document.position(&path("b.c")));
    }

    #[test]
    fn paths_display_as_serde_yaml_writes_them() {
        assert_eq!(
            DisplayPath(&path("codes.3.linux.value")).to_string(),
            "codes[3].linux.value"
        );
    }
}
