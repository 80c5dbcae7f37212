//! The one run of the generator: load → check → resolve → render → write.
//!
//! `cargo xtask gen`, `check` and `site` are this run with different
//! arguments ([`run`]): which tree it makes ([`Tree`]) and whether it writes
//! or only compares (`check = true`, which writes nothing and takes no lock).
//! The tests call the same functions, so what they check is what the
//! commands do.

use std::path::{Path, PathBuf};

use crate::catalogue::Catalogue;
use crate::diagnostic::Diagnostic;
use crate::render::{self, GeneratedFile, banner};
use crate::write::{self, Change, WriteError};
use crate::{check, resolve, spec};

/// The workspace root: the folder above the xtask crate.
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

/// The tree a run makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    /// The committed `generated/` tree: the crate, the C header, the docs.
    Generated,
    /// The docs site.
    Site,
}

impl Tree {
    /// The command that writes this tree, as its files' headers name it.
    pub fn command(self) -> &'static str {
        match self {
            Tree::Generated => banner::GEN,
            Tree::Site => banner::SITE,
        }
    }
}

/// What a run did.
#[derive(Debug)]
pub struct Run {
    /// How many files the tree has.
    pub file_count: usize,
    /// What writing or comparing found.
    pub outcome: Outcome,
}

/// What a run found in the output folder.
#[derive(Debug)]
pub enum Outcome {
    /// The files written or removed, sorted; none when the tree was up to date.
    Written(Vec<Change>),
    /// Check mode: the differences as a readable report, or `None` when the
    /// folder holds exactly what a run would write.
    Compared(Option<String>),
}

/// Why a run stopped.
#[derive(Debug)]
pub enum Failure {
    /// The spec is invalid (or its path cannot be named in headers): its problems.
    Spec(Vec<Diagnostic>),
    /// The output folder could not be read or written.
    Write(WriteError),
}

/// Runs the pipeline for `tree`, from `spec` into `out`. With `check`, the
/// output folder is compared with what would be written and left alone.
///
/// Everything is rendered before the folder is touched: an invalid spec
/// creates no folder and changes no file. Writing holds the folder's lock
/// from reading it to the last change.
pub fn run(tree: Tree, spec: &Path, out: &Path, check: bool) -> Result<Run, Failure> {
    let files = render_tree(tree, spec, out).map_err(Failure::Spec)?;
    let command = tree.command();
    let outcome = if check {
        let plan = write::plan(out, &files, command).map_err(Failure::Write)?;
        Outcome::Compared(write::report(&plan, &out.display().to_string()))
    } else {
        Outcome::Written(write::write_tree(out, &files, command).map_err(Failure::Write)?)
    };
    Ok(Run {
        file_count: files.len(),
        outcome,
    })
}

/// Every file of `tree` for `spec`, in memory: load, check, resolve, render.
pub fn render_tree(
    tree: Tree,
    spec: &Path,
    out: &Path,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    // Wherever the site goes (target/site, a temporary folder), its headers
    // name the spec as the generated tree's do: from the workspace root.
    let label_base = match tree {
        Tree::Generated => out.to_path_buf(),
        Tree::Site => default_out(),
    };
    let label = spec_label(spec, &label_base).map_err(|d| vec![d])?;
    let catalogue = load_catalogue(spec)?;
    Ok(match tree {
        Tree::Generated => render::render_all(&catalogue, &label),
        Tree::Site => render::render_site(&catalogue, &label),
    })
}

/// Everything `cargo xtask gen` writes into `out` for `spec`, in memory.
pub fn generate(spec: &Path, out: &Path) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    render_tree(Tree::Generated, spec, out)
}

/// Reads and checks a spec file, and resolves it into a catalogue.
pub fn load_catalogue(spec: &Path) -> Result<Catalogue, Vec<Diagnostic>> {
    let source = spec::load(spec).map_err(|d| vec![d])?;
    check_and_resolve(&source)
}

/// Checks a read spec and, when it has no problem, resolves it.
pub fn check_and_resolve(source: &spec::SpecSource) -> Result<Catalogue, Vec<Diagnostic>> {
    check::check(source).map(resolve::resolve)
}

/// How headers name the spec: relative to the folder that holds the output
/// folder (the workspace root, for the defaults: `spec/net_errors.yaml`), or
/// its file name when it lies elsewhere; never an absolute path.
///
/// Every output carries the label in its header, so a label with a
/// character that means something in one of them (a line break, `<`, a
/// quote, a backtick, …: see `render::banner::label_problem`) is refused.
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
    match banner::label_problem(&label) {
        None => Ok(label),
        Some(character) => Err(Diagnostic::file(
            spec,
            format!(
                "the spec's path `{}` holds {character:?}, which the generated files' headers cannot carry; name the spec with letters, digits and `{}` only",
                label.escape_debug(),
                banner::LABEL_PUNCTUATION
            ),
        )),
    }
}
