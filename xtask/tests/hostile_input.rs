//! What `--spec` may name and hold, run as whole commands: anything but a
//! regular file is refused without blocking, a file over the size cap is
//! refused without reading it all, and nesting too deep for the YAML readers
//! is refused before the slow parse. Each command runs under a watchdog, so
//! a regression fails here instead of hanging the suite.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::fixture;

/// Far longer than any of these commands takes (well under a second each);
/// only a regression that blocks or parses for minutes reaches it.
const WATCHDOG: Duration = Duration::from_secs(20);

/// Runs `cargo xtask <command> --spec <spec> --out <out>`, killing it if it
/// has not finished within [`WATCHDOG`]; panics then.
fn run_watched(command: &str, spec: &Path, out: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg(command)
        .arg("--spec")
        .arg(spec)
        .arg("--out")
        .arg(out)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run xtask");
    let started = Instant::now();
    while child.try_wait().expect("poll xtask").is_none() {
        if started.elapsed() > WATCHDOG {
            child.kill().expect("kill xtask");
            child.wait().expect("reap xtask");
            panic!(
                "`xtask {command} --spec {}` did not finish within {WATCHDOG:?}",
                spec.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("xtask output")
}

/// Runs `gen` and `check` on `spec`; both must exit 2 with an error about
/// the spec, and `gen` must create nothing. Returns `gen`'s message.
fn refused(spec: &Path) -> String {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("out");
    let mut message = String::new();
    for command in ["check", "gen"] {
        let output = run_watched(command, spec, &out);
        message = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(2), "{command}: {message}");
        assert!(
            message.starts_with(&format!("{}:", spec.display())),
            "{command}: the message names the spec: {message}"
        );
        assert!(message.ends_with("nothing was written.\n"), "{message}");
    }
    assert!(!out.exists(), "gen created nothing");
    message
}

#[cfg(unix)]
#[test]
fn a_character_device_is_refused_without_reading_it() {
    // /dev/zero never ends: reading it whole would fill the memory.
    let message = refused(Path::new("/dev/zero"));
    assert!(message.contains("/dev/zero:1:1: error: "), "{message}");
    assert!(message.contains("is a character device"), "{message}");
    assert!(message.contains("not a regular file"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let fifo = scratch.path().join("spec.yaml");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo {}", fifo.display());
    // Nobody ever writes to it: a plain open would wait for a writer forever.
    let message = refused(&fifo);
    assert!(message.contains("is a FIFO"), "{message}");
    assert!(message.contains("not a regular file"), "{message}");
}

// Windows refuses to open a folder as a file at all: a plain "cannot read".
#[cfg(unix)]
#[test]
fn a_folder_is_refused() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let message = refused(scratch.path());
    assert!(message.contains("is a folder"), "{message}");
    assert!(message.contains("not a regular file"), "{message}");
}

#[test]
fn a_spec_over_the_size_cap_is_refused() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("huge.yaml");
    // Sparse: no disk space, and it reads as zeros that no parser should see.
    let file = fs::File::create(&spec).expect("create");
    file.set_len(xtask::spec::MAX_SPEC_BYTES + 1)
        .expect("set the length");
    let message = refused(&spec);
    assert!(message.contains(":1:1: error: "), "{message}");
    assert!(
        message.contains("is larger than 16 MiB (16777216 bytes)"),
        "{message}"
    );
}

#[test]
fn a_spec_at_the_size_cap_is_read() {
    // Exactly at the cap: read, and then refused for what it holds (its
    // zeros), not for its size.
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("full.yaml");
    let file = fs::File::create(&spec).expect("create");
    file.set_len(xtask::spec::MAX_SPEC_BYTES)
        .expect("set the length");
    let message = refused(&spec);
    assert!(!message.contains("larger than"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_valid_spec_is_read() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let link = scratch.path().join("spec.yaml");
    std::os::unix::fs::symlink(fixture("minimal.yaml"), &link).expect("symlink");
    let out = scratch.path().join("out");
    let output = run_watched("gen", &link, &out);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.join("test-net-err/src/lib.rs").is_file());
}
