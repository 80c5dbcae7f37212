//! Stage 4: the only code that touches an output folder (`generated/`, or
//! the site's).
//!
//! `write_tree` is the whole of it for `gen` and `site`: take the folder's
//! lock, `plan` (compare what the renderers produced with what is on disk),
//! `apply`. `check` runs `plan` alone and turns it into a drift `report`.
//!
//! What the writer promises:
//! - **It touches only its own files.** A file is the writer's when its
//!   first line is exactly the header that its command writes
//!   (`render::header::is_header_line`); `gen` and `site` each recognise
//!   only their own. Only such files are ever replaced or removed, and only
//!   temporary files named as the writer names them (`.xtask.XXXXXXXXXXXX.tmp`)
//!   are cleaned up. Anything else in the folder that the spec does not
//!   produce, or that stands where the spec puts a file, makes `apply` refuse
//!   before it changes anything, naming each such entry.
//! - **It never follows a link.** Entries are classified without following
//!   links; a link is foreign and is neither read nor descended into. Files
//!   are opened with `O_NOFOLLOW`, and every folder on the way to a file is
//!   checked to be a real folder before anything is written in it. A file is
//!   written to a temporary file created with a random name and `O_EXCL`
//!   (the `tempfile` crate), then renamed over its path: the rename replaces
//!   the directory entry itself, so nothing is ever written through a link or
//!   a hard link.
//! - **It never blocks and never reads without limit.** Only regular files
//!   are opened, without blocking (`O_NONBLOCK`) and checked again on the
//!   open handle; a named pipe, socket or device is foreign and never opened.
//!   A file the spec produces is read up to `MAX_FILE_BYTES` (larger is an
//!   error: no generated file is that large); any other file only up to its
//!   first line (`HEAD_BYTES`).
//! - **An interrupted run is repaired by the next one.** Each file is always
//!   whole, its old or its new contents. A run that is killed can leave a mix
//!   of old and new files, a stale file not yet removed, a temporary file or
//!   an empty folder it created; the next run, under the lock, removes the
//!   temporary files and leaves exactly the tree a run into an empty folder
//!   writes. There is no bookkeeping file. The tree does not switch at once
//!   as a whole: while a run writes, a reader can see some files new and
//!   others old.
//!
//! Line endings are normalised before comparing, so a CRLF checkout is not
//! drift.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use crate::render::GeneratedFile;
use crate::render::header::is_header_line;

/// The largest file the writer reads. Every generated file is far smaller,
/// so a larger one where the spec puts a file is an error, never read whole.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How much of a file the writer reads to find its first line when it only
/// needs to know whose file it is.
pub const HEAD_BYTES: u64 = 8 * 1024;

/// How the writer names its temporary files: `.xtask.` + 12 random letters
/// and digits + `.tmp`.
const TEMP_PREFIX: &str = ".xtask.";
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM_CHARS: usize = 12;

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

/// An entry of the output folder the writer did not write and will not touch.
#[derive(Debug, PartialEq, Eq)]
pub struct Foreign {
    /// Path relative to the output folder.
    pub path: String,
    /// What it is, for the message: `a symbolic link`, `no header of \`cargo xtask gen\``, ….
    pub what: String,
}

/// What differs between the rendered tree and the output folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Files to create.
    pub missing: Vec<NewFile>,
    /// Files to rewrite.
    pub changed: Vec<ChangedFile>,
    /// This command's files on disk that the spec no longer produces.
    pub stale: Vec<String>,
    /// Temporary files an interrupted run of the writer left behind.
    pub temporaries: Vec<String>,
    /// Entries the spec does not produce that are not this command's files:
    /// someone put them there, so they are never touched.
    pub foreign: Vec<Foreign>,
    /// Entries where the spec puts a file that are not this command's files.
    pub foreign_targets: Vec<Foreign>,
}

impl Plan {
    /// Whether the output folder already holds exactly the rendered tree.
    pub fn is_clean(&self) -> bool {
        *self == Plan::default()
    }
}

/// One change `apply` made.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// A file written (created or replaced), relative to the output folder.
    Wrote(String),
    /// A stale generated file or a leftover temporary file removed.
    Removed(String),
}

/// An error of the output folder (not of the spec).
#[derive(Debug)]
pub enum WriteError {
    /// Reading or writing failed.
    Io(PathBuf, io::Error),
    /// Entries the writer will not touch are in the way; nothing was changed.
    Foreign {
        /// The command whose header the writer looked for.
        command: String,
        /// The entries, sorted by path.
        entries: Vec<Foreign>,
    },
    /// A file where the spec puts one is larger than any generated file.
    TooLarge(PathBuf, u64),
    /// Something other than a folder stands where the spec needs a folder.
    NotAFolder(PathBuf),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Io(path, err) => write!(f, "{}: {err}", path.display()),
            WriteError::Foreign { command, entries } => {
                writeln!(
                    f,
                    "the output folder holds entries that `{command}` did not write; nothing was changed. Move them out of the generated tree:"
                )?;
                for entry in entries {
                    writeln!(f, "  {} ({})", entry.path, entry.what)?;
                }
                Ok(())
            }
            WriteError::TooLarge(path, size) => write!(
                f,
                "{}: {size} bytes, more than the {MAX_FILE_BYTES} bytes (16 MiB) the writer reads; no generated file is that large, so the generator did not write it: move it out of the generated tree",
                path.display()
            ),
            WriteError::NotAFolder(path) => write!(
                f,
                "{}: not a folder (a link or a file stands where the generated tree has a folder); nothing was written there",
                path.display()
            ),
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |err| WriteError::Io(path.to_path_buf(), err)
}

/// Writes `files` into `out` for `command` (`gen` or `site`): takes the
/// folder's lock, plans and applies. Returns what it changed, sorted.
pub fn write_tree(
    out: &Path,
    files: &[GeneratedFile],
    command: &str,
) -> Result<Vec<Change>, WriteError> {
    let _lock = lock(out)?;
    let plan = plan(out, files, command)?;
    apply(out, &plan, command)
}

/// Holds the output folder for one run at a time.
pub struct OutputLock {
    _folder: Option<fs::File>,
}

/// Creates `out` if needed and takes an exclusive lock on it, so that two
/// runs at once take turns (the second then finds nothing to do). Where a
/// folder cannot be opened as a file (Windows), runs go unlocked; they still
/// write whole files and tolerate each other's removals.
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

/// An entry of the output folder, as `plan` found it.
enum Found {
    /// A regular file: its first line, and its whole contents when the spec
    /// produces a file at its path.
    File {
        head: String,
        contents: Option<String>,
    },
    /// A leftover temporary file of the writer.
    Temporary,
    /// A folder at a path where the spec puts a file.
    Folder,
    /// A link, pipe, socket or device: never opened.
    Special(&'static str),
}

/// Compares `files` with the contents of `out` (which may not exist yet),
/// recognising `command`'s own files by their header.
pub fn plan(out: &Path, files: &[GeneratedFile], command: &str) -> Result<Plan, WriteError> {
    let targets: BTreeMap<&str, &str> = files
        .iter()
        .map(|file| (file.path.as_str(), file.contents.as_str()))
        .collect();
    let on_disk = match fs::symlink_metadata(out) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => BTreeMap::new(),
        Err(err) => return Err(WriteError::Io(out.to_path_buf(), err)),
        Ok(meta) if !meta.is_dir() && !fs::metadata(out).is_ok_and(|m| m.is_dir()) => {
            return Err(WriteError::Io(
                out.to_path_buf(),
                io::Error::other("the output path is not a folder"),
            ));
        }
        Ok(_) => collect(out, &targets)?,
    };
    let mut plan = Plan::default();
    let mine = |head: &str| is_header_line(head, command);
    let no_header = format!("no header of `{command}`");
    for file in files {
        match on_disk.get(file.path.as_str()) {
            None => plan.missing.push(NewFile {
                path: file.path.clone(),
                contents: file.contents.clone(),
            }),
            Some(Found::File { head, contents }) => {
                let old = contents.as_deref().map(normalise).unwrap_or_default();
                if old == file.contents {
                    continue;
                }
                if mine(head) {
                    plan.changed.push(ChangedFile {
                        path: file.path.clone(),
                        old,
                        new: file.contents.clone(),
                    });
                } else {
                    plan.foreign_targets.push(Foreign {
                        path: file.path.clone(),
                        what: no_header.clone(),
                    });
                }
            }
            Some(found) => plan.foreign_targets.push(Foreign {
                path: file.path.clone(),
                what: describe(found, &no_header),
            }),
        }
    }
    for (path, found) in on_disk {
        if targets.contains_key(path.as_str()) {
            continue;
        }
        match found {
            Found::File { head, .. } if mine(&head) => plan.stale.push(path),
            Found::Temporary => plan.temporaries.push(path),
            Found::Folder => {}
            found => plan.foreign.push(Foreign {
                what: describe(&found, &no_header),
                path,
            }),
        }
    }
    Ok(plan)
}

fn describe(found: &Found, no_header: &str) -> String {
    match found {
        Found::File { .. } | Found::Temporary => no_header.to_string(),
        Found::Folder => "a folder where the spec puts a file".to_string(),
        Found::Special(what) => (*what).to_string(),
    }
}

/// Carries out `plan` in `out`. Refuses, changing nothing, when an entry the
/// writer did not write is in the way. Removes leftover temporary files and
/// stale files first (a stale file may stand where a new folder goes), then
/// writes. Returns what it changed, sorted.
pub fn apply(out: &Path, plan: &Plan, command: &str) -> Result<Vec<Change>, WriteError> {
    let mut blocked: Vec<Foreign> = plan
        .foreign
        .iter()
        .chain(&plan.foreign_targets)
        .map(|entry| Foreign {
            path: entry.path.clone(),
            what: entry.what.clone(),
        })
        .collect();
    if !blocked.is_empty() {
        blocked.sort_by(|a, b| a.path.cmp(&b.path));
        return Err(WriteError::Foreign {
            command: command.to_string(),
            entries: blocked,
        });
    }
    let mut changes = Vec::new();
    for path in plan.temporaries.iter().chain(&plan.stale) {
        let full = out.join(path);
        match fs::remove_file(&full) {
            // Another run removed it first: the goal is reached.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            result => result.map_err(io_error(&full))?,
        }
        remove_empty_parents(out, &full);
        changes.push(Change::Removed(path.clone()));
    }
    let writes = plan
        .missing
        .iter()
        .map(|file| (&file.path, &file.contents))
        .chain(plan.changed.iter().map(|file| (&file.path, &file.new)));
    for (path, contents) in writes {
        write_file(out, path, contents)?;
        changes.push(Change::Wrote(path.clone()));
    }
    changes.sort();
    Ok(changes)
}

/// The drift report of `cargo xtask check`: a unified diff per changed file
/// (from what is on disk to what the spec produces), then the missing, stale,
/// temporary and foreign entries, each named as the plan names it. `None`
/// when there is no drift.
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
    for path in &plan.temporaries {
        let _ = writeln!(
            text,
            "temporary (left by an interrupted run): {out_label}/{path}"
        );
    }
    for entry in plan.foreign.iter().chain(&plan.foreign_targets) {
        let _ = writeln!(
            text,
            "foreign (not written by the generator): {out_label}/{} ({})",
            entry.path, entry.what
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

/// Every entry under `root` that is not a folder (and every folder at a
/// target's path), by path relative to `root`. Walks without recursion and
/// without following links.
fn collect(
    root: &Path,
    targets: &BTreeMap<&str, &str>,
) -> Result<BTreeMap<String, Found>, WriteError> {
    let mut found = BTreeMap::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(dir) = folders.pop() {
        for entry in fs::read_dir(&dir).map_err(io_error(&dir))? {
            let entry = entry.map_err(io_error(&dir))?;
            let path = entry.path();
            // `file_type` does not follow links.
            let kind = entry.file_type().map_err(io_error(&path))?;
            let key = relative_key(root, &path)?;
            if kind.is_dir() {
                if targets.contains_key(key.as_str()) {
                    found.insert(key.clone(), Found::Folder);
                }
                folders.push(path);
                continue;
            }
            let entry = if kind.is_symlink() {
                Found::Special("a symbolic link, never followed")
            } else if !kind.is_file() {
                Found::Special(special_kind(&kind))
            } else if is_temporary_name(&entry.file_name().to_string_lossy()) {
                Found::Temporary
            } else {
                read_file(&path, targets.contains_key(key.as_str()))?
            };
            found.insert(key, entry);
        }
    }
    Ok(found)
}

fn relative_key(root: &Path, path: &Path) -> Result<String, WriteError> {
    let relative = path
        .strip_prefix(root)
        .map_err(|err| WriteError::Io(path.to_path_buf(), io::Error::other(err)))?;
    Ok(relative.to_string_lossy().replace('\\', "/"))
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        "a named pipe, never opened"
    } else if kind.is_socket() {
        "a socket, never opened"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device, never opened"
    } else {
        "not a regular file, never opened"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &fs::FileType) -> &'static str {
    "not a regular file, never opened"
}

/// Opens a regular file for reading without following a link or blocking.
fn open_regular(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a regular file's first line, and its contents when `whole`.
fn read_file(path: &Path, whole: bool) -> Result<Found, WriteError> {
    let file = match open_regular(path) {
        Ok(file) => file,
        // Swapped for a link since it was listed: never followed.
        Err(err) if is_link_refusal(&err) => {
            return Ok(Found::Special("a symbolic link, never followed"));
        }
        Err(err) => return Err(WriteError::Io(path.to_path_buf(), err)),
    };
    let meta = file.metadata().map_err(io_error(path))?;
    if !meta.is_file() {
        return Ok(Found::Special("not a regular file, never opened"));
    }
    if whole && meta.len() > MAX_FILE_BYTES {
        return Err(WriteError::TooLarge(path.to_path_buf(), meta.len()));
    }
    let limit = if whole { MAX_FILE_BYTES } else { HEAD_BYTES };
    let mut bytes = Vec::new();
    // One byte past the limit tells a file that grew since `metadata`.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error(path))?;
    if whole && bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(WriteError::TooLarge(path.to_path_buf(), bytes.len() as u64));
    }
    let head = match bytes.iter().position(|&byte| byte == b'\n') {
        Some(end) => &bytes[..end],
        None if bytes.len() as u64 <= limit => &bytes[..],
        // The first line goes on past what was read: no header is that long.
        None => &[],
    };
    let head = head.strip_suffix(b"\r").unwrap_or(head);
    let head = std::str::from_utf8(head).unwrap_or_default().to_string();
    let contents = whole.then(|| String::from_utf8_lossy(&bytes).into_owned());
    Ok(Found::File { head, contents })
}

#[cfg(unix)]
fn is_link_refusal(err: &io::Error) -> bool {
    err.raw_os_error() == Some(libc::ELOOP)
}

#[cfg(not(unix))]
fn is_link_refusal(_err: &io::Error) -> bool {
    false
}

fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Whether a file name is one the writer gives its temporary files.
fn is_temporary_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_CHARS && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Writes `contents` to `out/relative`: into a new temporary file beside it,
/// then renamed over it, so that a reader (or an interrupted run) sees the
/// old file or the new one, never a part. On any error the temporary file is
/// removed.
fn write_file(out: &Path, relative: &str, contents: &str) -> Result<(), WriteError> {
    let path = out.join(relative);
    let dir = real_folders(out, relative)?;
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_CHARS);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // What `fs::write` would create: 0o666 less the umask (tempfile's default is 0o600).
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&dir).map_err(io_error(&dir))?;
    temp.write_all(contents.as_bytes())
        .and_then(|()| temp.flush())
        .map_err(io_error(temp.path()))?;
    temp.persist(&path)
        .map_err(|err| WriteError::Io(path.clone(), err.error))?;
    Ok(())
}

/// The folder that holds `out/relative`, each folder on the way checked to
/// be a real folder (not a link) and created when missing.
fn real_folders(out: &Path, relative: &str) -> Result<PathBuf, WriteError> {
    let mut dir = out.to_path_buf();
    let parents: Vec<&str> = relative.split('/').collect();
    for part in &parents[..parents.len().saturating_sub(1)] {
        dir.push(part);
        match fs::symlink_metadata(&dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Err(WriteError::NotAFolder(dir)),
            Err(err) if err.kind() == io::ErrorKind::NotFound => match fs::create_dir(&dir) {
                Ok(()) => {}
                // Another run made it first; make sure it is a folder.
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                    if !fs::symlink_metadata(&dir).is_ok_and(|meta| meta.is_dir()) {
                        return Err(WriteError::NotAFolder(dir));
                    }
                }
                Err(err) => return Err(WriteError::Io(dir, err)),
            },
            Err(err) => return Err(WriteError::Io(dir, err)),
        }
    }
    Ok(dir)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_recognised_exactly() {
        assert!(is_temporary_name(".xtask.AbC123xyz789.tmp"));
        for other in [
            ".xtask.AbC123xyz78.tmp",
            ".xtask.AbC123xyz7890.tmp",
            ".xtask.AbC123xyz78-.tmp",
            "xtask.AbC123xyz789.tmp",
            ".net_error.rs.4242.tmp",
            ".xtask.AbC123xyz789.tmp~",
        ] {
            assert!(!is_temporary_name(other), "{other}");
        }
    }
}
