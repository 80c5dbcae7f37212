//! `cargo xtask prove`: the heavy proofs that `cargo test --workspace` leaves
//! out to stay fast. Each runs even when an earlier one failed, and the
//! command fails when any did:
//!
//! 1. the tests marked `#[ignore = "heavy proof: cargo xtask prove"]` (the
//!    2^32 sweep, the C and C++ compiler matrix and Wine, the 4,000-code scale test),
//!    through `cargo test --workspace -- --ignored`;
//! 2. the generator's properties at [`LONG_PROPTEST_CASES`] cases each
//!    (`cargo test` runs them at a modest count);
//! 3. the docs site in Chromium and html-validate: the site built by
//!    `cargo xtask site --out target/prove-site`, then
//!    `node --test crates/site-browser/browser.test.mjs`.
//!
//! A proof whose tool is missing prints `NOT RUN: …`, or fails when
//! `WMKC_REQUIRE_PROOFS` is set (as `.ci/run` sets it).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Set and not empty, a proof that cannot run fails instead of printing
/// `NOT RUN: …`: the rule of `test_support::proofs`, which the generator
/// cannot depend on (that crate embeds the spec, so every spec edit would
/// rebuild the generator before `gen`); a unit test ties the two names.
const REQUIRE_PROOFS: &str = "WMKC_REQUIRE_PROOFS";

/// Whether every proof must run here, read as `test_support::proofs` reads it.
fn proofs_required() -> bool {
    std::env::var_os(REQUIRE_PROOFS).is_some_and(|value| !value.is_empty())
}

/// Cases per property in the long run; `PROPTEST_CASES` overrides it.
pub const LONG_PROPTEST_CASES: u32 = 2_000;

/// One proof, run from the workspace root: an error says why it failed.
type Proof = fn(&Path) -> Result<(), String>;

/// Runs every heavy proof from the workspace at `root`; fails when one did.
pub fn run(root: &Path) -> ExitCode {
    let proofs: [(&str, Proof); 3] = [
        ("the ignored heavy tests", ignored_tests),
        ("the long property runs", long_properties),
        ("the docs site in Chromium", site_in_browser),
    ];
    let mut failed = Vec::new();
    for (name, proof) in proofs {
        println!("== cargo xtask prove: {name}");
        if let Err(why) = proof(root) {
            eprintln!("error: {name}: {why}");
            failed.push(name);
        }
    }
    if failed.is_empty() {
        println!("every heavy proof passed (or printed NOT RUN above)");
        ExitCode::SUCCESS
    } else {
        eprintln!("failed: {}", failed.join("; "));
        ExitCode::FAILURE
    }
}

/// The cargo that runs this command (`CARGO`, set by `cargo xtask`), else `cargo` on the PATH.
fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
}

/// Runs `command` in `root` with its output shown; an error says how it ended.
fn status(mut command: Command, root: &Path) -> Result<(), String> {
    let status = command
        .current_dir(root)
        .status()
        .map_err(|err| format!("cannot start {command:?}: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} ended with {status}"))
    }
}

fn ignored_tests(root: &Path) -> Result<(), String> {
    let mut command = cargo();
    command.args(["test", "--workspace", "--", "--ignored"]);
    status(command, root)
}

fn long_properties(root: &Path) -> Result<(), String> {
    let mut command = cargo();
    // `--workspace`, not `-p xtask`: the same features as the run above, so
    // nothing is compiled again (one package alone resolves other features).
    command.args(["test", "--workspace", "--test", "properties"]);
    if std::env::var_os("PROPTEST_CASES").is_none() {
        command.env("PROPTEST_CASES", LONG_PROPTEST_CASES.to_string());
    }
    status(command, root)
}

fn site_in_browser(root: &Path) -> Result<(), String> {
    if !Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
    {
        return not_run("Node.js (`node`) is not installed");
    }
    let site: PathBuf = root.join("target/prove-site");
    // Through cargo, not this program's own path: the test runs above may
    // have rebuilt (replaced) the binary that is running.
    let mut build = cargo();
    build.args(["xtask", "site", "--out"]).arg(&site);
    status(build, root)?;
    let mut browser = Command::new("node");
    browser
        .args(["--test", "crates/site-browser/browser.test.mjs"])
        .env("SITE_DIR", &site);
    status(browser, root)
}

/// A proof that cannot run here: `NOT RUN: …`, or an error when every proof
/// is required.
fn not_run(reason: &str) -> Result<(), String> {
    if proofs_required() {
        return Err(format!("{reason} ({REQUIRE_PROOFS} is set)"));
    }
    eprintln!("NOT RUN: {reason}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_is_the_one_the_tests_read() {
        assert_eq!(REQUIRE_PROOFS, test_support::proofs::REQUIRE_PROOFS);
    }

    #[test]
    fn a_failing_command_is_an_error_that_names_it() {
        let mut failing = Command::new("sh");
        failing.args(["-c", "exit 3"]);
        let error = status(failing, Path::new(".")).expect_err("exit 3 fails");
        assert!(error.contains("exit status: 3"), "{error}");
        assert!(status(Command::new("true"), Path::new(".")).is_ok());
    }
}
