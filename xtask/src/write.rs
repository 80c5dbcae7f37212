//! Stage 4: the only code that touches the output folder.
//!
//! `plan` compares what the renderers produced with what is on disk; `apply`
//! carries a plan out (changed files written atomically, stale generated files
//! removed), and `report` turns it into a drift report for `cargo xtask
//! check`. Line endings are normalised before comparing, so a CRLF checkout
//! is not drift.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::render::{GeneratedFile, MARKER};

/// A file the spec produces that the output folder lacks.
#[derive(Debug, PartialEq, Eq)]
pub struct NewFile {
    /// Path relative to the output folder.
    pub path: String,
    /// What `gen` writes.
    pub contents: String,
}

/// A generated file whose contents differ from what the spec produces.
#[derive(Debug, PartialEq, Eq)]
pub struct ChangedFile {
    /// Path relative to the output folder.
    pub path: String,
    /// What is on disk (line endings normalised).
    pub old: String,
    /// What `gen` writes.
    pub new: String,
}

/// What differs between the rendered tree and the output folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Files to create.
    pub missing: Vec<NewFile>,
    /// Files to rewrite.
    pub changed: Vec<ChangedFile>,
    /// Files on disk that the spec does not produce and that carry the generated header.
    pub stale: Vec<String>,
    /// Files on disk that the spec does not produce and that lack the header:
    /// someone put them there by hand, so they are never touched.
    pub foreign: Vec<String>,
    /// Files the spec produces whose existing copy lacks the header.
    pub foreign_targets: Vec<String>,
}

impl Plan {
    /// Whether the output folder already holds exactly the rendered tree.
    pub fn is_clean(&self) -> bool {
        *self == Plan::default()
    }
}

/// An error of the output folder (not of the spec).
#[derive(Debug)]
pub enum WriteError {
    /// Reading or writing failed.
    Io(PathBuf, io::Error),
    /// The output folder holds files without the generated header in the way.
    Foreign(Vec<String>),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Io(path, err) => write!(f, "{}: {err}", path.display()),
            WriteError::Foreign(paths) => {
                writeln!(
                    f,
                    "these files in the output folder were not written by `cargo xtask gen` (no `{MARKER}` header); nothing was changed. Move them out of the generated tree:"
                )?;
                for path in paths {
                    writeln!(f, "  {path}")?;
                }
                Ok(())
            }
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |err| WriteError::Io(path.to_path_buf(), err)
}

/// Holds the output folder for one `gen` run at a time.
pub struct OutputLock {
    _folder: Option<fs::File>,
}

/// Creates `out` if needed and takes an exclusive lock on it, so that two
/// `gen` runs at once take turns (the second then finds nothing to do).
/// Where a folder cannot be opened as a file (Windows), runs go unlocked;
/// they still write whole files and tolerate each other's removals.
pub fn lock(out: &Path) -> Result<OutputLock, WriteError> {
    if out.exists() && !out.is_dir() {
        return Err(WriteError::Io(
            out.to_path_buf(),
            io::Error::other("the output path is not a folder"),
        ));
    }
    fs::create_dir_all(out).map_err(io_error(out))?;
    let folder = match fs::File::open(out) {
        Ok(folder) => {
            folder.lock().map_err(io_error(out))?;
            Some(folder)
        }
        Err(_) => None,
    };
    Ok(OutputLock { _folder: folder })
}

/// Compares `files` with the contents of `out` (which may not exist yet).
pub fn plan(out: &Path, files: &[GeneratedFile]) -> Result<Plan, WriteError> {
    let mut on_disk = BTreeMap::new();
    if out.exists() {
        if !out.is_dir() {
            return Err(WriteError::Io(
                out.to_path_buf(),
                io::Error::other("the output path is not a folder"),
            ));
        }
        collect(out, out, &mut on_disk)?;
    }
    let mut plan = Plan::default();
    for file in files {
        match on_disk.remove(&file.path) {
            None => plan.missing.push(NewFile {
                path: file.path.clone(),
                contents: file.contents.clone(),
            }),
            Some(old) => {
                let old = normalise(&old);
                if old != file.contents {
                    if has_marker(&old) {
                        plan.changed.push(ChangedFile {
                            path: file.path.clone(),
                            old,
                            new: file.contents.clone(),
                        });
                    } else {
                        plan.foreign_targets.push(file.path.clone());
                    }
                }
            }
        }
    }
    for (path, contents) in on_disk {
        if has_marker(&contents) {
            plan.stale.push(path);
        } else {
            plan.foreign.push(path);
        }
    }
    Ok(plan)
}

/// Carries out `plan` in `out`. Refuses, changing nothing, when a file
/// without the generated header is in the way. Returns the paths it changed.
pub fn apply(out: &Path, plan: &Plan) -> Result<Vec<String>, WriteError> {
    let mut blocked: Vec<String> = plan
        .foreign
        .iter()
        .chain(&plan.foreign_targets)
        .cloned()
        .collect();
    if !blocked.is_empty() {
        blocked.sort();
        return Err(WriteError::Foreign(blocked));
    }
    let mut touched = Vec::new();
    let writes = plan
        .missing
        .iter()
        .map(|file| (&file.path, &file.contents))
        .chain(plan.changed.iter().map(|file| (&file.path, &file.new)));
    for (path, contents) in writes {
        write_atomically(&out.join(path), contents)?;
        touched.push(path.clone());
    }
    for path in &plan.stale {
        let full = out.join(path);
        match fs::remove_file(&full) {
            // Another run removed it first: the goal is reached.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            result => result.map_err(io_error(&full))?,
        }
        remove_empty_parents(out, &full);
        touched.push(path.clone());
    }
    touched.sort();
    Ok(touched)
}

/// The drift report of `cargo xtask check`: a unified diff per changed file
/// (from what is on disk to what the spec produces), then the missing, stale
/// and foreign files, each named as the plan names it. `None` when there is
/// no drift.
pub fn report(plan: &Plan, out_label: &str) -> Option<String> {
    if plan.is_clean() {
        return None;
    }
    let mut text = String::new();
    for file in &plan.changed {
        let path = &file.path;
        let _ = writeln!(text, "changed: {out_label}/{path}");
        text.push_str(&unified_diff(
            &format!("{out_label}/{path}"),
            &file.old,
            &file.new,
        ));
    }
    for file in &plan.missing {
        let _ = writeln!(text, "missing: {out_label}/{}", file.path);
    }
    for path in &plan.stale {
        let _ = writeln!(
            text,
            "stale (generated, no longer produced): {out_label}/{path}"
        );
    }
    for path in plan.foreign.iter().chain(&plan.foreign_targets) {
        let _ = writeln!(
            text,
            "foreign (not written by the generator): {out_label}/{path}"
        );
    }
    Some(text)
}

/// Longest diff printed per file, in lines.
const DIFF_LINE_CAP: usize = 200;

fn unified_diff(label: &str, old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{label} (in the tree)"),
            &format!("{label} (from the spec)"),
        )
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= DIFF_LINE_CAP {
        return text;
    }
    let mut capped = lines[..DIFF_LINE_CAP].join("\n");
    let _ = writeln!(
        capped,
        "\n... {} more diff lines not shown",
        lines.len() - DIFF_LINE_CAP
    );
    capped
}

fn collect(
    root: &Path,
    dir: &Path,
    files: &mut BTreeMap<String, String>,
) -> Result<(), WriteError> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(io_error(dir))?
        .collect::<Result<_, _>>()
        .map_err(io_error(dir))?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type().map_err(io_error(&path))?;
        if kind.is_dir() {
            collect(root, &path, files)?;
        } else {
            let relative = path
                .strip_prefix(root)
                .map_err(|err| WriteError::Io(path.clone(), io::Error::other(err)))?;
            let key = relative.to_string_lossy().replace('\\', "/");
            // A binary or non-UTF-8 file cannot be ours; keep it as foreign (empty text, no marker).
            let contents = fs::read(&path)
                .map(|bytes| String::from_utf8(bytes).unwrap_or_default())
                .map_err(io_error(&path))?;
            files.insert(key, contents);
        }
    }
    Ok(())
}

fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// The generated header is on the first line of every generated file.
pub fn has_marker(contents: &str) -> bool {
    contents
        .lines()
        .next()
        .is_some_and(|line| line.contains(MARKER))
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so
/// that a reader (or an interrupted run) sees the old file or the new one.
fn write_atomically(path: &Path, contents: &str) -> Result<(), WriteError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    fs::write(&temp, contents).map_err(io_error(&temp))?;
    fs::rename(&temp, path).map_err(|err| {
        let _ = fs::remove_file(&temp);
        WriteError::Io(path.to_path_buf(), err)
    })
}

fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(current) = dir {
        if current == root || fs::remove_dir(current).is_err() {
            break;
        }
        dir = current.parent();
    }
}
