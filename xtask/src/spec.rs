//! Stage 1: the spec as written in YAML, read into typed structs.
//!
//! These types mirror the file one to one and check nothing beyond what serde
//! checks (field names and types); `validate` turns them into a `Catalogue`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::Diagnostic;

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
    let text = String::from_utf8(bytes)
        .map_err(|err| Diagnostic::file(path, format!("the spec is not UTF-8: {err}")))?;
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
        Diagnostic::at(path, line, column, format!("invalid spec: {err}"))
    })
}
