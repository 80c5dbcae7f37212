//! Other layouts of the same YAML, with where each position moves: the
//! invalid specs (`invalid.rs`) rewritten as tools and people also write
//! them.
//!
//! The rewrites are line-based and know the invalid specs' shape (top-level
//! keys, then `codes:` with items of `key: value` lines); they move text, so
//! where a character lands is known without any YAML parser.

/// A 1-based line and column, in characters.
pub type At = (usize, usize);

/// Where a position of the original lands in the rewrite.
pub type Moved = Box<dyn Fn(At) -> At>;

/// One other layout of an invalid spec.
pub struct Layout {
    /// Its name, in messages and file names.
    pub name: &'static str,
    /// The rewritten bytes and where each original position went.
    pub rewrite: fn(&[u8]) -> (Vec<u8>, Moved),
}

/// Every other layout the invalid specs are tested in.
pub const LAYOUTS: [Layout; 4] = [
    Layout {
        name: "unindented",
        rewrite: unindented,
    },
    Layout {
        name: "flow",
        rewrite: flow,
    },
    Layout {
        name: "crlf",
        rewrite: crlf,
    },
    Layout {
        name: "bom",
        rewrite: bom,
    },
];

/// One diagnostic: where, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Line and column.
    pub at: At,
    /// The text after `error: `.
    pub message: String,
}

/// The `PATH:LINE:COLUMN: error: MESSAGE` lines of `stderr`, without the path.
pub fn diagnostics(stderr: &str) -> Vec<Located> {
    stderr
        .lines()
        .filter_map(|line| {
            let (place, message) = line.split_once(": error: ")?;
            let mut parts = place.rsplitn(3, ':');
            let column = parts.next()?.parse().ok()?;
            let line = parts.next()?.parse().ok()?;
            Some(Located {
                at: (line, column),
                message: message.to_string(),
            })
        })
        .collect()
}

fn lines(bytes: &[u8]) -> Vec<&[u8]> {
    bytes.split(|&b| b == b'\n').collect()
}

/// The index of the `codes:` line, if the spec has one.
fn codes_line(lines: &[&[u8]]) -> Option<usize> {
    lines.iter().position(|line| line.starts_with(b"codes:"))
}

/// Block sequences at their parent's indentation, as PyYAML and many
/// formatters write them: every line under `codes:` loses two spaces.
fn unindented(bytes: &[u8]) -> (Vec<u8>, Moved) {
    let lines = lines(bytes);
    let Some(codes) = codes_line(&lines) else {
        return (bytes.to_vec(), Box::new(|at| at));
    };
    let mut shifted = vec![false; lines.len()];
    let out: Vec<Vec<u8>> = lines
        .iter()
        .enumerate()
        .map(|(index, line)| match line.strip_prefix(b"  ") {
            Some(rest) if index > codes => {
                shifted[index] = true;
                rest.to_vec()
            }
            _ => line.to_vec(),
        })
        .collect();
    let moved = move |(line, column): At| {
        if shifted.get(line - 1).copied().unwrap_or(false) && column > 2 {
            (line, column - 2)
        } else {
            (line, column)
        }
    };
    (out.join(&b'\n'), Box::new(moved))
}

/// Each code entry as one flow mapping: `  - { name: X, operations: [...], … }`.
fn flow(bytes: &[u8]) -> (Vec<u8>, Moved) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return (bytes.to_vec(), Box::new(|at| at));
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(codes) = lines.iter().position(|line| line.starts_with("codes:")) else {
        return (bytes.to_vec(), Box::new(|at| at));
    };
    // For each original line: its new line, and for a field line the column
    // its content (at column 5 in the original) starts at.
    let mut moves: Vec<(usize, Option<usize>)> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let Some(first) = line.strip_prefix("  - ").filter(|_| index > codes) else {
            assert!(
                index <= codes || !line.starts_with("    "),
                "line {} is not a field of a code entry: {line:?}",
                index + 1
            );
            out.push(line.to_string());
            moves.push((out.len(), None));
            index += 1;
            continue;
        };
        let mut entry = String::from("  - { ");
        let new_line = out.len() + 1;
        let mut fields = vec![first];
        while let Some(field) = lines
            .get(index + fields.len())
            .and_then(|next| next.strip_prefix("    "))
        {
            assert!(
                !field.starts_with(' ') && !field.ends_with(':'),
                "a nested block in a code entry: {field:?}"
            );
            fields.push(field);
        }
        for (number, field) in fields.iter().enumerate() {
            if number > 0 {
                entry.push_str(", ");
            }
            moves.push((new_line, Some(entry.chars().count() + 1)));
            entry.push_str(field);
        }
        entry.push_str(" }");
        out.push(entry);
        index += fields.len();
    }
    let moved = move |(line, column): At| match moves.get(line - 1) {
        Some(&(new_line, Some(start))) if column >= 5 => (new_line, start + column - 5),
        Some(&(new_line, _)) => (new_line, column),
        None => (line, column),
    };
    (out.join("\n").into_bytes(), Box::new(moved))
}

/// Windows line endings.
fn crlf(bytes: &[u8]) -> (Vec<u8>, Moved) {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 20);
    for &byte in bytes {
        if byte == b'\n' {
            out.push(b'\r');
        }
        out.push(byte);
    }
    (out, Box::new(|at| at))
}

/// A UTF-8 byte order mark, as some Windows editors save files; it is no column.
fn bom(bytes: &[u8]) -> (Vec<u8>, Moved) {
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend_from_slice(bytes);
    (out, Box::new(|at| at))
}
