//! What `--spec` may name and hold, run as whole commands: anything but a
//! regular file is refused without blocking, a file over the size cap is
//! refused without reading it all, and nesting too deep for the YAML readers
//! is refused before the slow parse. Each command runs under a watchdog, so
//! a regression fails here instead of hanging the suite.

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

mod support;
use support::fixture;

/// Far longer than any of these commands takes (well under a second each);
/// only a regression that blocks or parses for minutes reaches it.
const WATCHDOG: Duration = Duration::from_secs(20);

/// Runs `cargo xtask <command> --spec <spec> --out <out>`, killing it if it
/// has not finished within [`WATCHDOG`]; panics then.
fn run_watched(command: &str, spec: &Path, out: &Path) -> Output {
    support::XTASK.within(WATCHDOG).on(command, spec, out)
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
    support::mkfifo(&fifo);
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

/// How deep the nesting tests go: far past any limit, and deep enough that a
/// quadratic parse takes minutes (200,000 `[` took libyaml 163 s).
const DEEP: usize = 200_000;

/// Writes `text` as a spec and returns the first message about it.
fn refused_text(text: &str) -> String {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("spec.yaml");
    fs::write(&spec, text).expect("write the spec");
    let message = refused(&spec);
    let prefix = format!("{}:", spec.display());
    message
        .lines()
        .next()
        .and_then(|line| line.strip_prefix(&prefix))
        .unwrap_or_default()
        .to_string()
}

/// The message every too-deep document gets.
fn too_deep() -> String {
    format!(
        "error: invalid spec: nested more than {} levels deep",
        xtask::positions::MAX_DEPTH
    )
}

/// The column, on a line of `unit`s after `lead`, of the unit that opens one
/// level more than the limit.
fn past_the_limit(lead: &str, unit: &str) -> usize {
    // The top-level mapping is the first level.
    lead.chars().count() + (xtask::positions::MAX_DEPTH - 1) * unit.chars().count() + 1
}

#[test]
fn deep_flow_sequences_are_refused_where_the_limit_is_passed() {
    let text = format!("prefix: {}{}\n", "[".repeat(DEEP), "]".repeat(DEEP));
    let column = past_the_limit("prefix: ", "[");
    assert_eq!(refused_text(&text), format!("1:{column}: {}", too_deep()));
}

#[test]
fn deep_flow_mappings_are_refused_where_the_limit_is_passed() {
    let text = format!("prefix: {}1{}\n", "{a: ".repeat(DEEP), "}".repeat(DEEP));
    let column = past_the_limit("prefix: ", "{a: ");
    assert_eq!(refused_text(&text), format!("1:{column}: {}", too_deep()));
}

#[test]
fn deep_flow_nesting_over_many_lines_is_refused() {
    // Line k holds level k: the top-level mapping is on line 1.
    let text = format!("prefix:\n{}1{}\n", " [\n".repeat(DEEP), "]".repeat(DEEP));
    let line = xtask::positions::MAX_DEPTH + 1;
    assert_eq!(refused_text(&text), format!("{line}:2: {}", too_deep()));
}

#[test]
fn deep_block_sequences_are_refused_where_the_limit_is_passed() {
    let text = format!("{}1\n", "- ".repeat(DEEP));
    // The top level is the outermost sequence here.
    let column = 2 * xtask::positions::MAX_DEPTH + 1;
    assert_eq!(refused_text(&text), format!("1:{column}: {}", too_deep()));
}

#[test]
fn deep_block_mappings_are_refused_where_the_limit_is_passed() {
    // One space more per level: 5,000 levels are 12.5 MB, under the size cap.
    let levels = 5_000;
    let text: String = (0..levels)
        .map(|level| format!("{}a:\n", " ".repeat(level)))
        .chain([format!("{}1\n", " ".repeat(levels))])
        .collect();
    let depth = xtask::positions::MAX_DEPTH;
    assert_eq!(
        refused_text(&text),
        format!("{}:{}: {}", depth + 1, depth + 1, too_deep())
    );
}

#[test]
fn deep_nesting_after_a_syntax_error_of_one_reader_is_refused_quickly() {
    // A tab after `:` stops the position reader at once, libyaml not: it
    // must not then read the deep nesting that follows.
    let text = format!("prefix:\tX\nb: {}{}\n", "[".repeat(DEEP), "]".repeat(DEEP));
    let message = refused_text(&text);
    assert!(
        message.starts_with("1:9: error: invalid spec: "),
        "{message}"
    );
}

#[test]
fn nesting_at_the_limit_is_read() {
    // The top-level mapping and `prefix`'s value are two levels.
    let depth = xtask::positions::MAX_DEPTH - 1;
    let text = format!("prefix: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let message = refused_text(&text);
    assert!(!message.contains("nested more than"), "{message}");
    assert!(message.contains("invalid type: sequence"), "{message}");
}
