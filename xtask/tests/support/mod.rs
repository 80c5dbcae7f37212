//! Helpers shared by the generator's integration tests.
#![allow(dead_code)] // each test file uses its own subset

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use test_support::runner::Xtask;

pub mod invalid;
pub mod layout;

/// The generator built for these tests, run to its end or killed after
/// `test_support::runner::HUNG`.
pub const XTASK: Xtask = Xtask::at(env!("CARGO_BIN_EXE_xtask"));

/// A file's path, bytes and modification time.
pub type FileState = (PathBuf, Vec<u8>, SystemTime);

/// Every entry under `dir` but folders, sorted: enough to tell that nothing
/// changed. Links are not followed (a link's bytes are `-> TARGET`) and
/// special files are not opened (their bytes name their kind).
pub fn snapshot(dir: &Path) -> Vec<FileState> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("read dir") {
            let path = entry.expect("entry").path();
            let meta = fs::symlink_metadata(&path).expect("metadata");
            if meta.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = if meta.is_symlink() {
                let target = fs::read_link(&path).expect("read link");
                format!("-> {}", target.display()).into_bytes()
            } else if meta.is_file() {
                fs::read(&path).expect("read")
            } else {
                format!("{:?}", meta.file_type()).into_bytes()
            };
            files.push((path, bytes, meta.modified().expect("mtime")));
        }
    }
    files.sort();
    files
}

/// Builds and runs a one-test crate beside a generated crate: `harness/`
/// under `scratch`, depending on `crate_name` at `out/<crate_name>`, with
/// `test_source` as its test. Warnings are errors. Offline, in a target folder
/// of its own under the workspace's, reused between runs. Returns stdout.
pub fn run_harness(scratch: &Path, crate_name: &str, test_source: &str) -> String {
    let harness = scratch.join("harness");
    fs::create_dir_all(harness.join("tests")).expect("harness");
    fs::write(
        harness.join("Cargo.toml"),
        format!(
            "[package]\nname = \"harness\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\n{crate_name} = {{ path = \"../out/{crate_name}\" }}\n\n[workspace]\n"
        ),
    )
    .expect("harness manifest");
    fs::write(harness.join("tests/harness.rs"), test_source).expect("harness test");
    let target = xtask::workspace_root().join(format!("target/harness-{crate_name}"));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--offline", "--quiet", "--manifest-path"])
        .arg(harness.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTFLAGS", "-D warnings")
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("run cargo");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "the harness for {crate_name} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("test result: ok. 1 passed"),
        "the harness test ran: {stdout}"
    );
    stdout
}

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `cargo xtask gen` on `spec` into `out` and asserts that it succeeds.
pub fn generate(spec: &Path, out: &Path) {
    let output = XTASK.on("gen", spec, out);
    assert!(
        output.status.success(),
        "gen {}: {}",
        spec.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Makes a named pipe at `path` (`mkfifo`, coreutils).
pub fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}
