//! The `load` stage: the spec as written in YAML, read into typed structs.
//!
//! These types mirror the file one to one and check nothing beyond what serde
//! checks (field names and types); `check` checks them and `resolve` turns
//! them into a `Catalogue`. Positions for messages come from `positions`,
//! which reads the same text with a parser that keeps them.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::hint::did_you_mean;
use crate::platform::Platform;
use crate::positions::{self, Document, Position, Segment, SyntaxError};
use crate::text_rules::character_problem;

/// The spec of the WMKC socket error codes: the single source of truth
/// from which `cargo xtask gen` writes the Rust crate, the C header and the docs.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Prepended to each code's name to form its full name (`WMKC_NET_ERR_`).
    pub prefix: String,
    /// The generated crate's package metadata.
    #[serde(rename = "crate")]
    pub krate: CrateSpec,
    /// The vocabulary of socket operations, in generated order.
    pub operations: Vec<String>,
    /// The documents the texts were checked against: a title (`connect(2)`)
    /// for each `https` link. Codes list them by title.
    pub references: BTreeMap<String, String>,
    /// The codes, in the order of the user's document.
    pub codes: Vec<CodeSpec>,
    /// Where the docs site (`cargo xtask site`) is published, if anywhere.
    #[serde(default)]
    pub site: Option<SiteSpec>,
    /// Where the platforms' own messages (each native's `message` and
    /// `message_zh`) were taken from, per platform and language.
    pub message_sources: MessageSourcesSpec,
}

/// Where the platforms' own messages come from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageSourcesSpec {
    /// The source of the Linux messages (glibc's `strerror`).
    #[serde(default)]
    pub linux: Option<MessageSourceSpec>,
    /// The source of the Windows messages (`FormatMessage`).
    #[serde(default)]
    pub windows: Option<MessageSourceSpec>,
}

impl MessageSourcesSpec {
    /// The source of `platform`'s messages, if the spec names one.
    pub fn get(&self, platform: Platform) -> Option<&MessageSourceSpec> {
        match platform {
            Platform::Linux => self.linux.as_ref(),
            Platform::Windows => self.windows.as_ref(),
        }
    }
}

/// The source of one platform's messages, per language.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageSourceSpec {
    /// Where the English messages come from: the software, its version and the file.
    pub en: String,
    /// Where the Chinese messages come from, when the spec gives any.
    #[serde(default)]
    pub zh: Option<String>,
}

/// Where the docs site is published.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteSpec {
    /// The `https` address of the site's root (the folder that holds
    /// `index.html`); the crate's rustdoc links each code to its page there.
    pub url: String,
}

/// Package metadata of the generated crate.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrateSpec {
    /// Cargo package name.
    pub name: String,
    /// Cargo package version.
    pub version: String,
    /// Cargo package description.
    pub description: String,
    /// SPDX identifier of the crate's license; the generator holds its text.
    pub license: String,
    /// `https` address of the source repository.
    #[serde(default)]
    pub repository: Option<String>,
    /// `https` address of the project's home page.
    #[serde(default)]
    pub homepage: Option<String>,
    /// `https` address of the crate's API docs (default: its docs.rs page).
    #[serde(default)]
    pub documentation: Option<String>,
}

/// One error code.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeSpec {
    /// The code without the prefix (`EINTR`).
    pub name: String,
    /// One short English line in the strerror tradition (`connection refused
    /// by the peer`): what `Display` prints after the name.
    pub summary: String,
    /// The operations that can report it, in the document's order.
    pub operations: Vec<String>,
    /// Its errno, when Linux reports it.
    #[serde(default)]
    pub linux: Option<NativeSpec>,
    /// Its Winsock code, when Windows reports it.
    #[serde(default)]
    pub windows: Option<NativeSpec>,
    /// The C++ `std::errc` of the same POSIX name (`connection_reset` for
    /// ECONNRESET and WSAECONNRESET), where the standard defines one; absent
    /// where it defines none (EDQUOT, WSANOTINITIALISED).
    #[serde(default)]
    pub std_errc: Option<String>,
    /// The user's Chinese description, verbatim.
    pub zh: String,
    /// The English explanation: what happened, the usual causes on each
    /// platform that reports it, and what to do, right for every listed operation.
    pub en: ExplanationSpec,
    /// The English explanation in Chinese: the same facts, in the same parts.
    pub zh_explanation: ExplanationSpec,
    /// The titles, from `references`, of the documents `en` was checked against.
    pub references: Vec<String>,
}

/// A code's native symbol and value on one platform.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NativeSpec {
    /// The platform's own name for the value (`ECONNRESET`, `WSAECONNRESET`).
    pub symbol: String,
    /// The platform's number for it: the errno on Linux, the Winsock code on Windows.
    // Wide enough to hold any YAML integer, so that range errors are ours to report.
    pub value: i64,
    /// When another code has the same value here: the code this value decodes to.
    #[serde(default)]
    pub alias_of: Option<String>,
    /// The platform's own message for the value, in English, exactly as the
    /// platform writes it (glibc's `strerror`, Windows' `FormatMessage`).
    pub message: String,
    /// The platform's own message in Chinese, where the spec has its exact text.
    #[serde(default)]
    pub message_zh: Option<String>,
}

/// An explanation of a code, in parts: a page can set what to do apart, and
/// show each platform's causes on their own.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExplanationSpec {
    /// What happened, on every platform that reports the code.
    pub happened: String,
    /// The usual causes on Linux; given exactly when Linux reports the code.
    #[serde(default)]
    pub linux: Option<String>,
    /// The usual causes on Windows; given exactly when Windows reports the code.
    #[serde(default)]
    pub windows: Option<String>,
    /// What to do, right for every listed operation.
    pub advice: String,
}

impl ExplanationSpec {
    /// Its causes part for `platform`, if given.
    pub fn causes(&self, platform: Platform) -> Option<&String> {
        match platform {
            Platform::Linux => self.linux.as_ref(),
            Platform::Windows => self.windows.as_ref(),
        }
    }
}

impl CodeSpec {
    /// Its native entry for `platform`, if the spec gives one.
    pub fn native(&self, platform: Platform) -> Option<&NativeSpec> {
        match platform {
            Platform::Linux => self.linux.as_ref(),
            Platform::Windows => self.windows.as_ref(),
        }
    }
}

/// A spec file read twice: into the typed model by serde_yaml, and into
/// nodes with positions by `positions`, both of the same text.
pub struct SpecSource {
    /// The path as given, used in messages.
    pub path: PathBuf,
    /// The parsed spec.
    pub spec: Spec,
    /// Where each node of the spec is written.
    pub document: Document,
}

impl SpecSource {
    /// A problem at the node at `path`, or at the nearest node above it.
    pub fn problem_at(&self, path: &[Segment], message: String) -> Diagnostic {
        let at = self.document.position(path).unwrap_or(Position::START);
        Diagnostic::at(&self.path, at.line, at.column, message)
    }
}

/// The largest spec file read: 16 MiB, hundreds of times the bundled spec
/// and above the 4,000-code synthetic specs, so that a file that never ends
/// cannot fill the memory.
pub const MAX_SPEC_BYTES: u64 = 16 * 1024 * 1024;

/// Reads and parses the spec file; syntax and type errors stop here.
pub fn load(path: &Path) -> Result<SpecSource, Diagnostic> {
    let bytes = read_regular_file(path).map_err(|why| Diagnostic::file(path, why))?;
    from_bytes(path, bytes)
}

/// The bytes of the regular file at `path` (a symlink to one is followed),
/// at most [`MAX_SPEC_BYTES`]; else why not, for a person.
fn read_regular_file(path: &Path) -> Result<Vec<u8>, String> {
    let cannot = |err: std::io::Error| format!("cannot read the spec: {err}");
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Opening a FIFO for reading waits for a writer unless it is non-blocking.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NONBLOCK.bits() as i32,
    );
    let file = options.open(path).map_err(cannot)?;
    // The opened file's own metadata: the path could name another file by now.
    let metadata = file.metadata().map_err(cannot)?;
    if !metadata.is_file() {
        return Err(format!(
            "cannot read the spec: it is {}, not a regular file",
            file_kind(&metadata.file_type())
        ));
    }
    let too_large = || {
        format!(
            "cannot read the spec: it is larger than {} MiB ({MAX_SPEC_BYTES} bytes)",
            MAX_SPEC_BYTES / (1024 * 1024)
        )
    };
    if metadata.len() > MAX_SPEC_BYTES {
        return Err(too_large());
    }
    // One byte more than the cap tells a file that grew since from one at the cap.
    let mut bytes = Vec::new();
    file.take(MAX_SPEC_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_SPEC_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, for messages.
fn file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// Decodes and parses the bytes of a spec file; `path` is only used in messages.
pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<SpecSource, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let valid = valid.strip_prefix(BOM.as_bytes()).unwrap_or(valid);
        let Position { line, column } = positions::end_of(&String::from_utf8_lossy(valid));
        Diagnostic::at(
            path,
            line,
            column,
            "the spec is not UTF-8: save it as UTF-8".to_string(),
        )
    })?;
    parse(path, &text)
}

/// A UTF-8 byte order mark, which some editors write at the start of a file.
const BOM: &str = "\u{feff}";

/// Parses spec text; `path` is only used in messages.
pub fn parse(path: &Path, text: &str) -> Result<SpecSource, Diagnostic> {
    // serde_yaml takes a byte order mark for the start of a second document;
    // it is not a column either, so positions are the same without it.
    let text = text.strip_prefix(BOM).unwrap_or(text);
    // Before parsing: libyaml places a character it refuses at 1:1, and a
    // bidirectional control misleads a reader wherever it is, comments included.
    if let Some((at, problem)) = positions::find_character(text, character_problem) {
        return Err(Diagnostic::at(path, at.line, at.column, problem));
    }
    if text.trim().is_empty() {
        return Err(Diagnostic::file(path, "the spec is empty".to_string()));
    }
    let syntax = |err: SyntaxError| {
        Diagnostic::at(
            path,
            err.at.line,
            err.at.column,
            format!("invalid spec: {}", err.message),
        )
    };
    // The position reader first: it is linear and stops at MAX_DEPTH, where
    // libyaml would take time quadratic in the nesting.
    let document = Document::parse(text);
    if let Err(err) = &document
        && (err.too_deep || !libyaml_is_quick_on(text))
    {
        return Err(syntax(err.clone()));
    }
    let spec: Spec = match serde_yaml::from_str(text) {
        Ok(spec) => spec,
        Err(err) => return Err(serde_error(path, text, &err, document.as_ref().ok())),
    };
    let document = document.map_err(syntax)?;
    // Positions are only right if both readers saw the same document.
    let value: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|err| serde_error(path, text, &err, Some(&document)))?;
    document.agrees_with(&value).map_err(syntax)?;
    Ok(SpecSource {
        path: path.to_path_buf(),
        spec,
        document,
    })
}

/// The most `[` and `{` a text the position reader refused may hold for
/// libyaml to read it too, for its message (often the clearer one). Past
/// that reader's error the nesting is unknown, and libyaml's time grows with
/// the square of the nesting, which is at most their number: 4,096 levels
/// take it about 60 ms; 200,000 took 163 s.
const MAX_FLOW_OPENINGS_FOR_LIBYAML: usize = 4096;

/// Whether libyaml reads `text` quickly whatever its nesting.
fn libyaml_is_quick_on(text: &str) -> bool {
    text.bytes().filter(|&b| b == b'[' || b == b'{').count() <= MAX_FLOW_OPENINGS_FOR_LIBYAML
}

/// A serde_yaml error, placed at the node its path names (`codes[2].linux`)
/// in the position reader's tree (`document`, if it read the text), else
/// where serde_yaml stopped.
fn serde_error(
    path: &Path,
    text: &str,
    err: &serde_yaml::Error,
    document: Option<&Document>,
) -> Diagnostic {
    // libyaml counts NEL, LS and PS as line breaks too; editors do not.
    let fallback = err.location().map_or(Position::START, |at| {
        positions::from_yaml_1_1_lines(text, at.line(), at.column())
    });
    let message = without_locations(&err.to_string());
    let located = document.and_then(|document| locate_serde_error(document, &message));
    let (at, code) = match located {
        Some((at, code)) => (at, code),
        None => (fallback, None),
    };
    let code = code
        .map(|name| format!(" (code `{name}`)"))
        .unwrap_or_default();
    Diagnostic::at(
        path,
        at.line,
        at.column,
        format!("invalid spec{code}: {message}{}", serde_hint(&message)),
    )
}

/// Where a serde_yaml message (`codes[2]: unknown field `zx`, …`) points in
/// `document`, and the name of the code it is inside, if any. `None` when
/// the message names no path the document has.
fn locate_serde_error(document: &Document, message: &str) -> Option<(Position, Option<String>)> {
    let (path, rest) = match message.split_once(": ") {
        Some((prefix, rest)) => match parse_serde_path(prefix) {
            Some(path) if document.node(&path).is_some() => (path, rest),
            _ => (Vec::new(), message),
        },
        None => (Vec::new(), message),
    };
    let quoted = |after: &str| {
        rest.strip_prefix(after)
            .and_then(|tail| tail.strip_prefix('`'))
            .and_then(|tail| tail.split('`').next())
    };
    let code_name = match path.as_slice() {
        [Segment::Key(codes), Segment::Index(index), ..] if codes == "codes" => document.node(&[
            Segment::key("codes"),
            Segment::Index(*index),
            Segment::key("name"),
        ]),
        _ => None,
    };
    let at = if let Some(key) = quoted("unknown field ") {
        document.key_position(&path, key, 0)?
    } else if let Some(key) = quoted("duplicate field ") {
        document.key_position(&path, key, 1)?
    } else if let Some(key) = rest
        .strip_prefix("duplicate entry with key \"")
        .and_then(|tail| tail.strip_suffix('"'))
    {
        // A repeated key of a map such as `references`: point at the repeat.
        document.key_position(&path, key, 1)?
    } else if let (Some(name), true, 2) = (code_name, rest.starts_with("missing field"), path.len())
    {
        // A field missing from a code: point at the code by its name, in any layout.
        name.at
    } else {
        document.position(&path)?
    };
    Some((
        at,
        code_name.and_then(|name| name.scalar()).map(str::to_string),
    ))
}

/// `codes[2].linux.value` → its segments; `None` if it is not such a path.
fn parse_serde_path(text: &str) -> Option<Vec<Segment>> {
    let mut path = Vec::new();
    for part in text.split('.') {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, i)| (k, i));
        let is_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        if !is_key {
            return None;
        }
        path.push(Segment::key(key));
        if !indices.is_empty() {
            for index in indices.trim_end_matches(']').split("][") {
                path.push(Segment::Index(index.parse().ok()?));
            }
        }
    }
    Some(path)
}

/// Drops serde_yaml's ` at line N column M`: the location is in the
/// `PATH:LINE:COLUMN` prefix already.
fn without_locations(message: &str) -> String {
    let digits =
        |text: &str| text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut out = String::new();
    let mut rest = message;
    while let Some(at) = rest.find(" at line ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + " at line ".len()..];
        let line_len = digits(after);
        match after[line_len..].strip_prefix(" column ") {
            Some(column) if line_len > 0 && digits(column) > 0 => rest = &column[digits(column)..],
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A hint for the serde errors people make most: a misspelt key, a top level
/// that is not the expected mapping.
fn serde_hint(message: &str) -> String {
    if let Some(rest) = message.split("unknown field `").nth(1) {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = expected.split('`').skip(1).step_by(2);
        let hint = did_you_mean(field, known);
        if !hint.is_empty() {
            return hint;
        }
    }
    if message.contains("duplicate entry with key") {
        return "; each key may appear once in a mapping".to_string();
    }
    if message.contains("expected struct Spec") {
        return "; the top level must be a mapping with `prefix`, `crate`, `operations`, `references` and `codes`".to_string();
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_dropped_from_messages() {
        assert_eq!(
            without_locations(
                "did not find ']' at line 11 column 6, while parsing a sequence at line 9 column 13"
            ),
            "did not find ']', while parsing a sequence"
        );
        assert_eq!(without_locations("at line end"), "at line end");
        assert_eq!(without_locations("x at line 3"), "x at line 3");
    }

    const MINIMAL: &str = include_str!("../tests/fixtures/minimal.yaml");

    #[test]
    fn a_document_only_one_reader_accepts_is_a_syntax_error_with_its_position() {
        // libyaml takes a tab after `:`; saphyr-parser does not.
        let text = MINIMAL.replace("prefix: TEST_ERR_", "prefix:\tTEST_ERR_");
        let Err(problem) = parse(Path::new("spec.yaml"), &text) else {
            panic!("a tab after the colon is refused");
        };
        assert_eq!((problem.line, problem.column), (2, 9), "{problem}");
        assert!(problem.message.starts_with("invalid spec: "), "{problem}");
    }

    #[test]
    fn a_byte_order_mark_and_crlf_read_as_the_plain_text() {
        let plain = parse(Path::new("a.yaml"), MINIMAL).expect("valid");
        let marked = format!("\u{feff}{}", MINIMAL.replace('\n', "\r\n"));
        let marked = from_bytes(Path::new("b.yaml"), marked.into_bytes()).expect("valid");
        assert_eq!(plain.spec.codes.len(), marked.spec.codes.len());
        let path = [Segment::key("codes"), Segment::Index(2), Segment::key("en")];
        assert_eq!(
            plain.document.position(&path),
            marked.document.position(&path)
        );
        assert_eq!(
            marked.spec.codes[2].en.happened,
            "The peer reset the connection."
        );
    }

    #[test]
    fn serde_paths_are_read_into_segments() {
        assert_eq!(
            parse_serde_path("codes[2].linux.value"),
            Some(vec![
                Segment::key("codes"),
                Segment::Index(2),
                Segment::key("linux"),
                Segment::key("value")
            ])
        );
        assert_eq!(parse_serde_path("invalid type"), None);
        assert_eq!(parse_serde_path("codes[x]"), None);
    }
}
