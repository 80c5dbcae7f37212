//! The generator of `wmkc-net-err`.
//!
//! Data flows one way: `spec` (read the YAML, with `positions` for where
//! each node is) → `check` (diagnostics only) → `resolve` (a checked spec into
//! a `catalogue::Catalogue`) → `render` (every output, from the catalogue
//! only) → `write` (the one place that touches the output folder).

pub mod api;
pub mod catalogue;
pub mod check;
pub mod diagnostic;
pub mod hint;
pub mod io_kind;
pub mod license;
pub mod names;
pub mod platform;
pub mod positions;
pub mod render;
pub mod resolve;
pub mod spec;
pub mod synth;
#[cfg(test)]
mod test_support;
pub mod text_rules;
pub mod write;

use std::path::{Path, PathBuf};

use catalogue::Catalogue;
use diagnostic::Diagnostic;
use render::GeneratedFile;

/// The workspace root: the folder above this crate.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new(env!("CARGO_MANIFEST_DIR")))
        .to_path_buf()
}

/// The bundled spec.
pub fn default_spec() -> PathBuf {
    workspace_root().join("spec/net_errors.yaml")
}

/// The committed output folder.
pub fn default_out() -> PathBuf {
    workspace_root().join("generated")
}

/// Where `cargo xtask site` builds the site by default (not committed).
pub fn default_site() -> PathBuf {
    workspace_root().join("target/site")
}

/// How headers name the spec: relative to the folder that holds the output
/// folder (the workspace root, for the defaults: `spec/net_errors.yaml`), or
/// its file name when it lies elsewhere; never an absolute path.
///
/// Every output carries the label in its header, so a label with a
/// character that means something in one of them (a line break, `<`, a
/// quote, a backtick, …: see `render::header::label_problem`) is refused.
pub fn spec_label(spec: &Path, out: &Path) -> Result<String, Diagnostic> {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let spec_abs = absolute(spec);
    let out_abs = absolute(out);
    let relative = out_abs
        .parent()
        .and_then(|base| spec_abs.strip_prefix(base).ok())
        .map(Path::to_path_buf);
    let label = relative
        .or_else(|| spec.file_name().map(PathBuf::from))
        .unwrap_or_else(|| spec.to_path_buf())
        .to_string_lossy()
        .replace('\\', "/");
    match render::header::label_problem(&label) {
        None => Ok(label),
        Some(character) => Err(Diagnostic::file(
            spec,
            format!(
                "the spec's path `{}` holds {character:?}, which the generated files' headers cannot carry; name the spec with letters, digits and `{}` only",
                label.escape_debug(),
                render::header::LABEL_PUNCTUATION
            ),
        )),
    }
}

/// Reads and checks a spec file, and resolves it into a catalogue.
pub fn load_catalogue(spec: &Path) -> Result<Catalogue, Vec<Diagnostic>> {
    let source = spec::load(spec).map_err(|d| vec![d])?;
    catalogue(&source)
}

/// Checks a read spec and, when it has no problem, resolves it.
pub fn catalogue(source: &spec::SpecSource) -> Result<Catalogue, Vec<Diagnostic>> {
    check::check(source).map(resolve::resolve)
}

/// Everything `cargo xtask gen` writes into `out` for `spec`, in memory.
pub fn generate(spec: &Path, out: &Path) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let label = spec_label(spec, out).map_err(|d| vec![d])?;
    let catalogue = load_catalogue(spec)?;
    Ok(render::render_all(&catalogue, &label))
}

/// Everything `cargo xtask site` writes for `spec`, in memory.
pub fn generate_site(spec: &Path) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    // Wherever the site goes (target/site, a temporary folder), its headers
    // name the spec as the generated tree's do: from the workspace root.
    let label = spec_label(spec, &default_out()).map_err(|d| vec![d])?;
    let catalogue = load_catalogue(spec)?;
    Ok(render::render_site(&catalogue, &label))
}
