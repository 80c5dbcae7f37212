//! The `write` stage: the only code that touches an output folder (`generated/`, or
//! the site's).
//!
//! `write_tree` is the whole of it for `gen` and `site`: take the folder's
//! lock, `plan` (compare what the renderers produced with what is on disk),
//! `apply`. `check` runs `plan` alone and turns it into a drift `report`.
//!
//! What the writer promises:
//! - **It touches only its own files.** A file is the writer's when its
//!   first line is exactly the header that its command writes
//!   (`render::banner::is_header_line`); `gen` and `site` each recognise
//!   only their own. Only such files are ever replaced or removed, and only
//!   temporary files named as the writer names them (`.xtask.XXXXXXXXXXXX.tmp`)
//!   are cleaned up, and folders that hold nothing at all. Anything else in the folder that the spec does not
//!   produce, or that stands where the spec puts a file, makes `apply` refuse
//!   before it changes anything, naming each such entry.
//! - **It never follows a link.** Every entry is reached from a handle on
//!   the folder that holds it, by name, with `O_NOFOLLOW` (`folder.rs`): a
//!   link is foreign and is neither read, descended into nor written
//!   through, and a folder swapped for a link during a run is refused, not
//!   followed. A file is written to a temporary file created in its folder
//!   with `O_EXCL` under a random name, then renamed over its name: the
//!   rename replaces the entry itself, so nothing is ever written through a
//!   link or a hard link. A name the writer never gives (not UTF-8, or with
//!   a backslash) is foreign, so no path is ever mapped onto another.
//! - **It never blocks and never reads without limit.** Only regular files
//!   are opened, without blocking (`O_NONBLOCK`) and checked again on the
//!   open handle; a named pipe, socket or device is foreign and never opened.
//!   A file the spec produces is read up to `MAX_FILE_BYTES` (larger is an
//!   error: no generated file is that large); any other file only up to its
//!   first line (`HEAD_BYTES`).
//! - **An interrupted run is repaired by the next one.** Each file is always
//!   whole, its old or its new contents. A run that is killed can leave a mix
//!   of old and new files, a stale file not yet removed, a temporary file or
//!   an empty folder; the next run, under the lock, removes the temporary
//!   files and every empty folder the tree does not need, and leaves exactly
//!   the tree a run into an empty folder writes. There is no bookkeeping file. The tree does not switch at once
//!   as a whole: while a run writes, a reader can see some files new and
//!   others old.
//!
//! Line endings are normalised before comparing, so a CRLF checkout is not
//! drift.

mod folder;

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use crate::render::GeneratedFile;
use crate::render::banner::is_header_line;
use folder::{Folder, Kind, TEMP_PREFIX, TEMP_RANDOM_CHARS, TEMP_SUFFIX};

/// The largest file the writer reads. Every generated file is far smaller,
/// so a larger one where the spec puts a file is an error, never read whole.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How much of a file the writer reads to find its first line when it only
/// needs to know whose file it is.
pub const HEAD_BYTES: u64 = 8 * 1024;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foreign {
    /// Path relative to the output folder (a name that is not UTF-8 or
    /// holds a backslash is shown quoted and escaped).
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
    /// Folders that hold nothing and that the tree does not need.
    pub empty_folders: Vec<String>,
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
    /// A stale generated file, a leftover temporary file or an empty folder removed.
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
                "{}: not a folder (a link or a file stands where the generated tree has a folder, or was put there during the run); nothing was written there",
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
/// runs at once take turns (the second then finds nothing to do). Says so
/// on stderr when it has to wait. Where a folder cannot be locked
/// (Windows), runs go unlocked; they still write whole files and tolerate
/// each other's removals.
pub fn lock(out: &Path) -> Result<OutputLock, WriteError> {
    let not_a_folder =
        |why: &str| WriteError::Io(out.to_path_buf(), io::Error::other(why.to_string()));
    match (fs::symlink_metadata(out), fs::metadata(out)) {
        (Ok(_), Err(_)) => return Err(not_a_folder("the output path is a link to nothing")),
        (Ok(_), Ok(meta)) if !meta.is_dir() => {
            return Err(not_a_folder("the output path is not a folder"));
        }
        _ => {}
    }
    fs::create_dir_all(out).map_err(io_error(out))?;
    let folder = Folder::open(out).and_then(|folder| folder.as_file()).ok();
    if let Some(folder) = &folder {
        match folder.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                eprintln!(
                    "waiting for another run that holds {} (a lock on the folder)…",
                    out.display()
                );
                folder.lock().map_err(io_error(out))?;
            }
            Err(fs::TryLockError::Error(err)) => {
                return Err(WriteError::Io(out.to_path_buf(), err));
            }
        }
    }
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
    /// A link, pipe, socket or device, or a name the writer never gives: never opened.
    Special(&'static str),
}

/// Compares `files` with the contents of `out` (which may not exist yet),
/// recognising `command`'s own files by their header.
pub fn plan(out: &Path, files: &[GeneratedFile], command: &str) -> Result<Plan, WriteError> {
    let targets: BTreeMap<&str, &str> = files
        .iter()
        .map(|file| (file.path.as_str(), file.contents.as_str()))
        .collect();
    let mut plan = Plan::default();
    let on_disk = match fs::metadata(out) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => BTreeMap::new(),
        Err(err) => return Err(WriteError::Io(out.to_path_buf(), err)),
        Ok(meta) if !meta.is_dir() => {
            return Err(WriteError::Io(
                out.to_path_buf(),
                io::Error::other("the output path is not a folder"),
            ));
        }
        Ok(_) => {
            let root = Folder::open(out).map_err(io_error(out))?;
            collect(&root, &targets, &mut plan)?
        }
    };
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
    plan.foreign.sort_by(|a, b| a.path.cmp(&b.path));
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
/// writer did not write is in the way. Removes leftover temporary files,
/// stale files and unneeded empty folders first (a stale file may stand
/// where a new folder goes), then writes. Returns what it changed, sorted.
pub fn apply(out: &Path, plan: &Plan, command: &str) -> Result<Vec<Change>, WriteError> {
    let mut blocked: Vec<Foreign> = plan
        .foreign
        .iter()
        .chain(&plan.foreign_targets)
        .cloned()
        .collect();
    if !blocked.is_empty() {
        blocked.sort_by(|a, b| a.path.cmp(&b.path));
        return Err(WriteError::Foreign {
            command: command.to_string(),
            entries: blocked,
        });
    }
    let mut changes = Vec::new();
    if plan.is_clean() {
        return Ok(changes);
    }
    let root = Folder::open(out).map_err(io_error(out))?;
    for path in plan.temporaries.iter().chain(&plan.stale) {
        remove(&root, path, false)?;
        changes.push(Change::Removed(path.clone()));
    }
    for path in &plan.empty_folders {
        remove(&root, path, true)?;
        changes.push(Change::Removed(path.clone()));
    }
    let writes = plan
        .missing
        .iter()
        .map(|file| (&file.path, &file.contents))
        .chain(plan.changed.iter().map(|file| (&file.path, &file.new)));
    for (path, contents) in writes {
        let (parts, name) = split(path);
        let mut folder_path = out.to_path_buf();
        let mut folder = None;
        for part in parts {
            folder_path.push(part);
            let parent = folder.as_ref().unwrap_or(&root);
            let child = parent
                .child_or_create(OsStr::new(part))
                .map_err(|err| not_a_folder(&folder_path, err))?;
            folder = Some(child);
        }
        folder
            .as_ref()
            .unwrap_or(&root)
            .replace_file(OsStr::new(name), contents.as_bytes())
            .map_err(io_error(&out.join(path)))?;
        changes.push(Change::Wrote(path.clone()));
    }
    changes.sort();
    Ok(changes)
}

/// `a/b/c.md` → (`[a, b]`, `c.md`).
fn split(path: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = path.split('/').collect();
    let name = parts.pop().unwrap_or_default();
    (parts, name)
}

/// A folder on the way that cannot be opened as one: a link or a file
/// stands there (`Folder::child` says `NotADirectory`), or another error.
fn not_a_folder(path: &Path, err: io::Error) -> WriteError {
    if err.kind() == io::ErrorKind::NotADirectory {
        WriteError::NotAFolder(path.to_path_buf())
    } else {
        WriteError::Io(path.to_path_buf(), err)
    }
}

/// Removes the file (or, with `is_folder`, the empty folder) at `path`, each
/// folder on the way opened without following links, then the folders it
/// leaves empty. Gone already counts as done (another run removed it).
fn remove(root: &Folder, path: &str, is_folder: bool) -> Result<(), WriteError> {
    let (parts, name) = split(path);
    let full = root.path().join(path);
    let mut chain: Vec<Folder> = Vec::new();
    for part in &parts {
        let parent = chain.last().unwrap_or(root);
        match parent.child(OsStr::new(part)) {
            Ok(child) => chain.push(child),
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(err) => return Err(not_a_folder(&parent.path().join(part), err)),
        }
    }
    let holder = chain.last().unwrap_or(root);
    let removed = if is_folder {
        holder.remove_folder(OsStr::new(name))
    } else {
        holder.remove_file(OsStr::new(name))
    };
    match removed {
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        // An "empty" folder that has gained an entry since: it stays.
        Err(_) if is_folder && holder.entries().is_ok_and(|entries| !entries.is_empty()) => {}
        result => result.map_err(io_error(&full))?,
    }
    // The folders this leaves empty go too; the next run's plan catches
    // one that could not be removed now.
    for index in (0..parts.len()).rev() {
        let parent = if index == 0 { root } else { &chain[index - 1] };
        if parent.remove_folder(OsStr::new(parts[index])).is_err() {
            break;
        }
    }
    Ok(())
}

/// The drift report of `cargo xtask check`: a unified diff per changed file
/// (from what is on disk to what the spec produces), then the missing, stale,
/// temporary, empty and foreign entries, each named as the plan names it.
/// `None` when there is no drift.
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
    for path in &plan.empty_folders {
        let _ = writeln!(text, "empty folder (not in the tree): {out_label}/{path}");
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
/// target's path), by path relative to `root`. Walks from folder handles,
/// without recursion and without following links. Names the writer never
/// gives go straight to `plan.foreign`, and folders that hold nothing and
/// lead to no target to `plan.empty_folders`.
fn collect(
    root: &Folder,
    targets: &BTreeMap<&str, &str>,
    plan: &mut Plan,
) -> Result<BTreeMap<String, Found>, WriteError> {
    let mut walk = Walk {
        targets,
        // Every folder on the way to a target: it may be empty for a moment.
        needed: targets
            .keys()
            .flat_map(|path| path.match_indices('/').map(|(end, _)| &path[..end]))
            .collect(),
        found: BTreeMap::new(),
        queue: Vec::new(),
    };
    walk.read_folder(root, "", plan)?;
    while let Some((folder, prefix)) = walk.queue.pop() {
        walk.read_folder(&folder, &prefix, plan)?;
    }
    Ok(walk.found)
}

/// The state of `collect`'s walk.
struct Walk<'a> {
    targets: &'a BTreeMap<&'a str, &'a str>,
    needed: BTreeSet<&'a str>,
    found: BTreeMap<String, Found>,
    /// Folders still to read, with their paths relative to the root and a final `/`.
    queue: Vec<(Folder, String)>,
}

impl Walk<'_> {
    /// Reads one folder, queueing its subfolders.
    fn read_folder(
        &mut self,
        folder: &Folder,
        prefix: &str,
        plan: &mut Plan,
    ) -> Result<(), WriteError> {
        let entries = folder.entries().map_err(io_error(folder.path()))?;
        if entries.is_empty() && !prefix.is_empty() {
            let path = prefix.trim_end_matches('/');
            if !self.needed.contains(path) && !self.targets.contains_key(path) {
                plan.empty_folders.push(path.to_string());
            }
        }
        for entry in entries {
            let name = match entry.name.to_str() {
                Some(name) if !name.contains('\\') => name,
                _ => {
                    plan.foreign.push(Foreign {
                        path: format!("{prefix}{:?}", entry.name),
                        what: "a name the generator never writes (not UTF-8, or with a backslash)"
                            .to_string(),
                    });
                    continue;
                }
            };
            let key = format!("{prefix}{name}");
            let is_target = self.targets.contains_key(key.as_str());
            let item = match entry.kind {
                Kind::Folder => {
                    if is_target {
                        self.found.insert(key.clone(), Found::Folder);
                    }
                    match folder.child(OsStr::new(name)) {
                        Ok(child) => self.queue.push((child, format!("{key}/"))),
                        // Swapped for a link or a file since it was listed: foreign.
                        Err(_) => {
                            self.found
                                .insert(key, Found::Special("a symbolic link, never followed"));
                        }
                    }
                    continue;
                }
                Kind::Link => Found::Special("a symbolic link, never followed"),
                Kind::Pipe => Found::Special("a named pipe, never opened"),
                Kind::Socket => Found::Special("a socket, never opened"),
                Kind::Device => Found::Special("a device, never opened"),
                Kind::File if is_temporary_name(name) => Found::Temporary,
                Kind::File => read_file(folder, name, is_target)?,
            };
            self.found.insert(key, item);
        }
        Ok(())
    }
}

/// Reads a regular file's first line, and its contents when `whole`.
fn read_file(folder: &Folder, name: &str, whole: bool) -> Result<Found, WriteError> {
    let path = folder.path().join(name);
    let Some((file, len)) = folder
        .open_file(OsStr::new(name))
        .map_err(io_error(&path))?
    else {
        // Swapped for something else since it was listed: never followed.
        return Ok(Found::Special("not a regular file, never opened"));
    };
    if whole && len > MAX_FILE_BYTES {
        return Err(WriteError::TooLarge(path, len));
    }
    let limit = if whole { MAX_FILE_BYTES } else { HEAD_BYTES };
    let mut bytes = Vec::new();
    // One byte past the limit tells a file that grew since it was opened.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error(&path))?;
    if whole && bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(WriteError::TooLarge(path, bytes.len() as u64));
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

    #[test]
    fn paths_split_into_folders_and_a_name() {
        assert_eq!(split("a/b/c.md"), (vec!["a", "b"], "c.md"));
        assert_eq!(split("c.md"), (vec![], "c.md"));
    }
}
