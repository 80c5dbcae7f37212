//! The generator of `wmkc-net-err`.
//!
//! Data flows one way: `spec` (read the YAML, with `positions` for where
//! each node is) → `check` (diagnostics only) → `resolve` (a checked spec into
//! a `catalogue::Catalogue`) → `render` (Rust and Markdown, from the catalogue
//! only) → `write` (the one place that touches the output folder).

pub mod api;
pub mod catalogue;
pub mod check;
pub mod diagnostic;
mod fixed;
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
pub fn spec_label(spec: &Path, out: &Path) -> String {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let spec_abs = absolute(spec);
    let out_abs = absolute(out);
    let relative = out_abs
        .parent()
        .and_then(|base| spec_abs.strip_prefix(base).ok())
        .map(Path::to_path_buf);
    relative
        .or_else(|| spec.file_name().map(PathBuf::from))
        .unwrap_or_else(|| spec.to_path_buf())
        .to_string_lossy()
        .replace('\\', "/")
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
    let catalogue = load_catalogue(spec)?;
    Ok(render::render_all(&catalogue, &spec_label(spec, out)))
}

/// Everything `cargo xtask site` writes for `spec`, in memory.
pub fn generate_site(spec: &Path) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let catalogue = load_catalogue(spec)?;
    // Wherever the site goes (target/site, a temporary folder), its headers
    // name the spec as the generated tree's do: from the workspace root.
    Ok(render::render_site(
        &catalogue,
        &spec_label(spec, &default_out()),
    ))
}
