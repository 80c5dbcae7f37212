//! What the workspace's tests share, so that each exists once:
//!
//! - [`oracle`]: the bundled spec read straight from its YAML, what the
//!   generated crate, the command and the C header are compared with;
//! - [`proofs`]: the NOT RUN rule, for a proof that needs what this machine
//!   lacks, and `WMKC_REQUIRE_PROOFS`, which turns it into a failure;
//! - [`runner`]: running a program to its end with both pipes drained, killed
//!   and failed when it hangs, and the generator's binary run that way.
//!
//! A dev-dependency of `xtask`, `conformance` and `wmkc-net-err-cli`, and a
//! dependency of `c-header` (whose library is itself test code).

pub mod oracle;
pub mod proofs;
pub mod runner;
