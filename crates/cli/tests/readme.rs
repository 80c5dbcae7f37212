//! The command's examples in the workspace README, run as written: each
//! `console` block's commands and their output (`...` and `[..]` elide).

#[test]
fn readme_examples_run_as_shown() {
    trycmd::TestCases::new()
        .register_bin(
            "wmkc-net-err",
            std::path::Path::new(env!("CARGO_BIN_EXE_wmkc-net-err")),
        )
        // English, whatever the machine's locale; no colour into the pipe.
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("LANG", "C.UTF-8")
        .case(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"));
}
