//! A proof that cannot run on this machine (a compiler, Wine, `script` or a
//! kernel feature is missing) says so instead of passing in silence: it
//! prints `NOT RUN: …` past the test harness's capture. With
//! [`REQUIRE_PROOFS`] set to a non-empty value, as `.ci/run` sets it, it
//! fails instead, so that a machine that should run everything does.

use std::ffi::OsStr;
use std::io::Write as _;

/// The environment variable that makes every proof required.
pub const REQUIRE_PROOFS: &str = "WMKC_REQUIRE_PROOFS";

/// Whether every proof must run here: [`REQUIRE_PROOFS`] is set and not empty.
pub fn proofs_required() -> bool {
    required(std::env::var_os(REQUIRE_PROOFS).as_deref())
}

/// The rule on the variable's value: unset or empty is "not required", so
/// that `WMKC_REQUIRE_PROOFS=` on a command line switches it off.
fn required(value: Option<&OsStr>) -> bool {
    value.is_some_and(|value| !value.is_empty())
}

/// Says that a proof cannot run here, and why: `NOT RUN: REASON` on the
/// terminal, or a panic when [`proofs_required`].
///
/// Written to the process's standard error directly, not through
/// `eprintln!`, which the test harness captures and shows only on failure.
pub fn not_run(reason: &str) {
    if proofs_required() {
        panic!("this proof cannot run here: {reason} ({REQUIRE_PROOFS} is set, so it must)");
    }
    let _ = writeln!(std::io::stderr(), "NOT RUN: {reason}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_non_empty_value_requires_every_proof() {
        assert!(!required(None));
        assert!(!required(Some(OsStr::new(""))));
        assert!(required(Some(OsStr::new("1"))));
        assert!(required(Some(OsStr::new("0"))), "any value: `0` too");
    }
}
