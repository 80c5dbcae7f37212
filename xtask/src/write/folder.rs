//! A folder held open, and everything the writer does inside one, relative
//! to that handle: list, open a subfolder or a file, create, replace,
//! remove. On Unix every name is resolved by the kernel against the held
//! folder with `O_NOFOLLOW` (`openat`, `mkdirat`, `renameat`, `unlinkat`,
//! through rustix), so a folder swapped for a link while a run goes on is
//! refused instead of followed: nothing is read, written or removed outside
//! the output folder. Elsewhere (Windows) the same operations go by path.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::hash::{BuildHasher as _, Hasher as _, RandomState};
use std::io;
use std::path::{Path, PathBuf};

/// What a folder entry is, read without following links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A folder.
    Folder,
    /// A regular file.
    File,
    /// A symbolic link.
    Link,
    /// A named pipe.
    Pipe,
    /// A socket.
    Socket,
    /// A character or block device.
    Device,
}

/// One entry of a folder.
pub struct Entry {
    /// Its name in the folder.
    pub name: OsString,
    /// What it is.
    pub kind: Kind,
}

/// The beginning and end of the writer's temporary file names:
/// `.xtask.` + `TEMP_RANDOM_CHARS` letters and digits + `.tmp`.
pub const TEMP_PREFIX: &str = ".xtask.";
/// See `TEMP_PREFIX`.
pub const TEMP_SUFFIX: &str = ".tmp";
/// See `TEMP_PREFIX`.
pub const TEMP_RANDOM_CHARS: usize = 12;

/// A new temporary name. The name need not be secret: the file is created
/// with `O_EXCL` and `O_NOFOLLOW`, so an entry planted at it only makes the
/// writer pick another.
fn temporary_name() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Every `RandomState` has keys of its own: 128 random bits from two.
    let random = || RandomState::new().build_hasher().finish();
    let mut bits = (u128::from(random()) << 64) | u128::from(random());
    let mut name = String::from(TEMP_PREFIX);
    for _ in 0..TEMP_RANDOM_CHARS {
        name.push(char::from(ALPHABET[(bits % 62) as usize]));
        bits /= 62;
    }
    name.push_str(TEMP_SUFFIX);
    name
}

#[cfg(unix)]
mod by_handle {
    use super::*;
    use rustix::fs::{AtFlags, Dir, FileType, Mode, OFlags, fstat, mkdirat, openat, statat};
    use std::io::Write as _;
    use std::os::fd::{AsFd as _, OwnedFd};

    /// A folder held open.
    pub struct Folder {
        fd: OwnedFd,
        path: PathBuf,
    }

    fn kind_of(file_type: FileType) -> Option<Kind> {
        match file_type {
            FileType::Directory => Some(Kind::Folder),
            FileType::RegularFile => Some(Kind::File),
            FileType::Symlink => Some(Kind::Link),
            FileType::Fifo => Some(Kind::Pipe),
            FileType::Socket => Some(Kind::Socket),
            FileType::CharacterDevice | FileType::BlockDevice => Some(Kind::Device),
            FileType::Unknown => None,
        }
    }

    const FOLDER_FLAGS: OFlags = OFlags::RDONLY
        .union(OFlags::DIRECTORY)
        .union(OFlags::NOFOLLOW)
        .union(OFlags::CLOEXEC);

    impl Folder {
        /// Opens the folder at `path` (the output folder itself: a link
        /// the user named is followed here, and only here).
        pub fn open(path: &Path) -> io::Result<Folder> {
            let fd = openat(
                rustix::fs::CWD,
                path,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
            Ok(Folder {
                fd,
                path: path.to_path_buf(),
            })
        }

        /// The folder's path, for messages.
        pub fn path(&self) -> &Path {
            &self.path
        }

        /// The folder as a `File`, to lock.
        pub fn as_file(&self) -> io::Result<File> {
            Ok(File::from(self.fd.try_clone()?))
        }

        /// Every entry but `.` and `..`, sorted by name.
        pub fn entries(&self) -> io::Result<Vec<Entry>> {
            let mut entries = Vec::new();
            for entry in Dir::read_from(self.fd.as_fd())? {
                let entry = entry?;
                let name = entry.file_name().to_bytes();
                if name == b"." || name == b".." {
                    continue;
                }
                let name =
                    OsString::from(<OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(name));
                // Some file systems do not say in the listing: ask without following.
                let kind = match kind_of(entry.file_type()) {
                    Some(kind) => kind,
                    None => {
                        let stat = statat(&self.fd, &name, AtFlags::SYMLINK_NOFOLLOW)?;
                        kind_of(FileType::from_raw_mode(stat.st_mode)).unwrap_or(Kind::Device)
                    }
                };
                entries.push(Entry { name, kind });
            }
            entries.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(entries)
        }

        /// The subfolder `name`; an error of kind `NotADirectory` if it is a
        /// link or not a folder.
        pub fn child(&self, name: &OsStr) -> io::Result<Folder> {
            let fd = match openat(&self.fd, name, FOLDER_FLAGS, Mode::empty()) {
                Ok(fd) => fd,
                // `O_NOFOLLOW` on a link: for the writer, a link is no folder.
                Err(rustix::io::Errno::LOOP) => return Err(io::ErrorKind::NotADirectory.into()),
                Err(err) => return Err(err.into()),
            };
            Ok(Folder {
                fd,
                path: self.path.join(name),
            })
        }

        /// The subfolder `name`, created when missing.
        pub fn child_or_create(&self, name: &OsStr) -> io::Result<Folder> {
            match mkdirat(&self.fd, name, Mode::from_raw_mode(0o777)) {
                Ok(()) | Err(rustix::io::Errno::EXIST) => self.child(name),
                Err(err) => Err(err.into()),
            }
        }

        /// The regular file `name`, open for reading without following a
        /// link or blocking; `None` when it is not a regular file by now.
        pub fn open_file(&self, name: &OsStr) -> io::Result<Option<(File, u64)>> {
            let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
            let fd = match openat(&self.fd, name, flags, Mode::empty()) {
                Ok(fd) => fd,
                Err(rustix::io::Errno::LOOP) => return Ok(None),
                Err(err) => return Err(err.into()),
            };
            let stat = fstat(&fd)?;
            if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
                return Ok(None);
            }
            Ok(Some((File::from(fd), stat.st_size as u64)))
        }

        /// Removes the file (or link) `name`, never what a link points to.
        pub fn remove_file(&self, name: &OsStr) -> io::Result<()> {
            Ok(rustix::fs::unlinkat(&self.fd, name, AtFlags::empty())?)
        }

        /// Removes the subfolder `name` if it is empty.
        pub fn remove_folder(&self, name: &OsStr) -> io::Result<()> {
            Ok(rustix::fs::unlinkat(&self.fd, name, AtFlags::REMOVEDIR)?)
        }

        /// Writes `contents` into a new temporary file in this folder
        /// (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0o666 less the umask, as a
        /// plain write would create it), then renames it over `name`: the
        /// entry is replaced, never written through. On an error the
        /// temporary file is removed.
        pub fn replace_file(&self, name: &OsStr, contents: &[u8]) -> io::Result<()> {
            let flags =
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
            let (temp, fd) = loop {
                let temp = temporary_name();
                match openat(&self.fd, &temp, flags, Mode::from_raw_mode(0o666)) {
                    Ok(fd) => break (temp, fd),
                    Err(rustix::io::Errno::EXIST) => continue,
                    Err(err) => return Err(err.into()),
                }
            };
            let written = File::from(fd)
                .write_all(contents)
                .and_then(|()| Ok(rustix::fs::renameat(&self.fd, &temp, &self.fd, name)?));
            if written.is_err() {
                let _ = self.remove_file(OsStr::new(&temp));
            }
            written
        }
    }
}

/// The same operations by path, for platforms without `openat` (Windows).
/// Compiled and unit-tested everywhere, so that it stays right where it is
/// not used.
#[cfg_attr(unix, allow(dead_code))]
mod by_path {
    use super::*;
    use std::fs;
    use std::io::Write as _;

    /// A folder, by path (no handle-relative calls here).
    pub struct Folder {
        path: PathBuf,
    }

    impl Folder {
        /// Opens the folder at `path`.
        pub fn open(path: &Path) -> io::Result<Folder> {
            if !fs::metadata(path)?.is_dir() {
                return Err(io::ErrorKind::NotADirectory.into());
            }
            Ok(Folder {
                path: path.to_path_buf(),
            })
        }

        /// The folder's path, for messages.
        pub fn path(&self) -> &Path {
            &self.path
        }

        /// The folder as a `File`, to lock.
        pub fn as_file(&self) -> io::Result<File> {
            File::open(&self.path)
        }

        /// Every entry but `.` and `..`, sorted by name.
        pub fn entries(&self) -> io::Result<Vec<Entry>> {
            let mut entries = Vec::new();
            for entry in fs::read_dir(&self.path)? {
                let entry = entry?;
                let file_type = entry.file_type()?;
                let kind = if file_type.is_symlink() {
                    Kind::Link
                } else if file_type.is_dir() {
                    Kind::Folder
                } else if file_type.is_file() {
                    Kind::File
                } else {
                    Kind::Device
                };
                entries.push(Entry {
                    name: entry.file_name(),
                    kind,
                });
            }
            entries.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(entries)
        }

        /// The subfolder `name`; an error of kind `NotADirectory` if it is a
        /// link or not a folder.
        pub fn child(&self, name: &OsStr) -> io::Result<Folder> {
            let path = self.path.join(name);
            if !fs::symlink_metadata(&path)?.is_dir() {
                return Err(io::ErrorKind::NotADirectory.into());
            }
            Ok(Folder { path })
        }

        /// The subfolder `name`, created when missing.
        pub fn child_or_create(&self, name: &OsStr) -> io::Result<Folder> {
            match fs::create_dir(self.path.join(name)) {
                Err(err) if err.kind() != io::ErrorKind::AlreadyExists => Err(err),
                _ => self.child(name),
            }
        }

        /// The regular file `name`, open for reading; `None` when it is not
        /// a regular file.
        pub fn open_file(&self, name: &OsStr) -> io::Result<Option<(File, u64)>> {
            let path = self.path.join(name);
            if !fs::symlink_metadata(&path)?.is_file() {
                return Ok(None);
            }
            let file = File::open(&path)?;
            let len = file.metadata()?.len();
            Ok(Some((file, len)))
        }

        /// Removes the file `name`.
        pub fn remove_file(&self, name: &OsStr) -> io::Result<()> {
            fs::remove_file(self.path.join(name))
        }

        /// Removes the subfolder `name` if it is empty.
        pub fn remove_folder(&self, name: &OsStr) -> io::Result<()> {
            fs::remove_dir(self.path.join(name))
        }

        /// Writes `contents` into a new temporary file, then renames it over `name`.
        pub fn replace_file(&self, name: &OsStr, contents: &[u8]) -> io::Result<()> {
            let (temp, mut file) = loop {
                let temp = self.path.join(temporary_name());
                match fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&temp)
                {
                    Ok(file) => break (temp, file),
                    Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(err) => return Err(err),
                }
            };
            let written = file.write_all(contents).and_then(|()| {
                drop(file);
                fs::rename(&temp, self.path.join(name))
            });
            if written.is_err() {
                let _ = fs::remove_file(&temp);
            }
            written
        }
    }
}

#[cfg(unix)]
pub use by_handle::Folder;
#[cfg(not(unix))]
pub use by_path::Folder;

#[cfg(test)]
mod tests {
    use super::*;

    /// The same story through either implementation.
    macro_rules! folder_operations {
        ($name:ident, $folder:ty) => {
            #[test]
            fn $name() {
                let scratch = tempfile::tempdir().expect("temporary folder");
                let root = <$folder>::open(scratch.path()).expect("open");
                let docs = root.child_or_create(OsStr::new("docs")).expect("create");
                let again = root.child_or_create(OsStr::new("docs")).expect("exists");
                docs.replace_file(OsStr::new("a.md"), b"one\n")
                    .expect("write");
                again
                    .replace_file(OsStr::new("a.md"), b"two\n")
                    .expect("replace");
                let (mut file, len) = docs
                    .open_file(OsStr::new("a.md"))
                    .expect("open")
                    .expect("a regular file");
                let mut text = String::new();
                std::io::Read::read_to_string(&mut file, &mut text).expect("read");
                assert_eq!((text.as_str(), len), ("two\n", 4));
                let listed = |folder: &$folder| -> Vec<(OsString, Kind)> {
                    let entries = folder.entries().expect("list");
                    entries
                        .into_iter()
                        .map(|entry| (entry.name, entry.kind))
                        .collect()
                };
                // No temporary file is left beside it.
                assert_eq!(listed(&docs), [(OsString::from("a.md"), Kind::File)]);
                assert_eq!(listed(&root), [(OsString::from("docs"), Kind::Folder)]);
                let file_as_folder = docs.child(OsStr::new("a.md")).err().map(|err| err.kind());
                assert_eq!(file_as_folder, Some(io::ErrorKind::NotADirectory));
                assert!(root.remove_folder(OsStr::new("docs")).is_err(), "not empty");
                docs.remove_file(OsStr::new("a.md")).expect("remove");
                root.remove_folder(OsStr::new("docs"))
                    .expect("remove the empty folder");
                assert!(listed(&root).is_empty());
            }
        };
    }

    #[cfg(unix)]
    folder_operations!(operations_by_handle, by_handle::Folder);
    folder_operations!(operations_by_path, by_path::Folder);

    #[cfg(unix)]
    #[test]
    fn links_are_neither_followed_nor_written_through() {
        for folder in [by_handle_links as fn(&Path), by_path_links] {
            let scratch = tempfile::tempdir().expect("temporary folder");
            folder(scratch.path());
        }
    }

    #[cfg(unix)]
    fn by_handle_links(dir: &Path) {
        let outside = dir.join("outside");
        std::fs::create_dir(&outside).expect("outside");
        std::fs::write(outside.join("a.md"), "precious\n").expect("write");
        let root_path = dir.join("root");
        std::fs::create_dir(&root_path).expect("root");
        std::os::unix::fs::symlink(&outside, root_path.join("docs")).expect("link");
        std::os::unix::fs::symlink(outside.join("a.md"), root_path.join("a.md")).expect("link");
        let root = by_handle::Folder::open(&root_path).expect("open");
        let not_a_folder = Some(io::ErrorKind::NotADirectory);
        assert_eq!(
            root.child(OsStr::new("docs")).err().map(|e| e.kind()),
            not_a_folder
        );
        let created = root.child_or_create(OsStr::new("docs"));
        assert_eq!(created.err().map(|e| e.kind()), not_a_folder);
        assert!(root.open_file(OsStr::new("a.md")).expect("open").is_none());
        let kinds: Vec<Kind> = root
            .entries()
            .expect("list")
            .iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, [Kind::Link, Kind::Link]);
        root.replace_file(OsStr::new("a.md"), b"new\n")
            .expect("replace the link itself");
        assert_eq!(
            std::fs::read_to_string(outside.join("a.md")).expect("read"),
            "precious\n"
        );
    }

    #[cfg(unix)]
    fn by_path_links(dir: &Path) {
        let outside = dir.join("outside");
        std::fs::create_dir(&outside).expect("outside");
        let root_path = dir.join("root");
        std::fs::create_dir(&root_path).expect("root");
        std::os::unix::fs::symlink(&outside, root_path.join("docs")).expect("link");
        let root = by_path::Folder::open(&root_path).expect("open");
        let child = root.child(OsStr::new("docs"));
        assert_eq!(
            child.err().map(|e| e.kind()),
            Some(io::ErrorKind::NotADirectory)
        );
    }

    #[test]
    fn temporary_names_have_their_shape_and_differ() {
        let names: Vec<String> = (0..100).map(|_| temporary_name()).collect();
        for name in &names {
            let random = &name[TEMP_PREFIX.len()..name.len() - TEMP_SUFFIX.len()];
            assert!(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX));
            assert_eq!(random.len(), TEMP_RANDOM_CHARS, "{name}");
            assert!(random.chars().all(|c| c.is_ascii_alphanumeric()), "{name}");
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }
}
