//! Stage 1: the spec as written in YAML, read into typed structs.
//!
//! These types mirror the file one to one and check nothing beyond what serde
//! checks (field names and types); `validate` turns them into a `Catalogue`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::hint::closest;

/// The whole spec file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Prepended to each code's name to form its full code (`WMKC_NET_ERR_`).
    pub prefix: String,
    /// The generated crate's package metadata.
    #[serde(rename = "crate")]
    pub krate: CrateSpec,
    /// The vocabulary of socket operations, in generated order.
    pub operations: Vec<String>,
    /// The codes, in the order of the user's document.
    pub codes: Vec<CodeSpec>,
}

/// Package metadata of the generated crate.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateSpec {
    /// Cargo package name.
    pub name: String,
    /// Cargo package version.
    pub version: String,
    /// Cargo package description.
    pub description: String,
}

/// One error code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeSpec {
    /// The code without the prefix (`EINTR`).
    pub name: String,
    /// The operations that can report it, in the document's order.
    pub operations: Vec<String>,
    /// Its errno, when Linux reports it.
    #[serde(default)]
    pub linux: Option<NativeSpec>,
    /// Its Winsock code, when Windows reports it.
    #[serde(default)]
    pub windows: Option<NativeSpec>,
    /// The user's Chinese description, verbatim.
    pub zh: String,
    /// The English description.
    pub en: String,
}

/// A code's native symbol and value on one platform.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NativeSpec {
    /// The platform's own name for the value (`ECONNRESET`, `WSAECONNRESET`).
    pub symbol: String,
    /// Wide enough to hold any YAML integer, so that range errors are ours to report.
    pub value: i64,
    /// When another code has the same value here: the code this value decodes to.
    #[serde(default)]
    pub alias_of: Option<String>,
}

/// The spec's text (kept for locating fields) and its parsed form.
pub struct SpecSource {
    /// The path as given, used in messages.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
    /// The parsed spec.
    pub spec: Spec,
}

/// Reads and parses the spec file; syntax and type errors stop here.
pub fn load(path: &Path) -> Result<SpecSource, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|err| Diagnostic::file(path, format!("cannot read the spec: {err}")))?;
    from_bytes(path, bytes)
}

/// Decodes and parses the bytes of a spec file; `path` is only used in messages.
pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<SpecSource, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Diagnostic::at(
            path,
            line,
            column,
            "the spec is not UTF-8: save it as UTF-8".to_string(),
        )
    })?;
    let spec = parse(path, &text)?;
    Ok(SpecSource {
        path: path.to_path_buf(),
        text,
        spec,
    })
}

/// Parses spec text; `path` is only used in messages.
pub fn parse(path: &Path, text: &str) -> Result<Spec, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::file(path, "the spec is empty".to_string()));
    }
    serde_yaml::from_str(text).map_err(|err| {
        let (line, column) = err.location().map_or((1, 1), |at| (at.line(), at.column()));
        let message = without_locations(&err.to_string());
        let code = code_named_in(text, &message)
            .map(|name| format!(" (code `{name}`)"))
            .unwrap_or_default();
        Diagnostic::at(
            path,
            line,
            column,
            format!("invalid spec{code}: {message}{}", serde_hint(&message)),
        )
    })
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
        if let Some(near) = closest(field, known) {
            return format!("; did you mean `{near}`?");
        }
    }
    if message.contains("expected struct Spec") {
        return "; the top level must be a mapping with `prefix`, `crate`, `operations` and `codes`".to_string();
    }
    String::new()
}

/// The name of the code a serde path such as `codes[3].linux` points into, if
/// the text is well-formed enough to tell.
fn code_named_in(text: &str, message: &str) -> Option<String> {
    let index: usize = message
        .strip_prefix("codes[")?
        .split(']')
        .next()?
        .parse()
        .ok()?;
    let value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let name = value.get("codes")?.get(index)?.get("name")?;
    name.as_str().map(str::to_string)
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
}
