//! What the command's end-to-end tests share: the built binary in a
//! neutral environment, a run's status and output, and its JSON lines.

// Each test file uses a part of this module.
#![allow(dead_code)]

use assert_cmd::Command as Cmd;
use serde_json::Value;

/// The command with a neutral environment: English, no colour forced.
pub fn command() -> Cmd {
    let mut cmd = Cmd::new(env!("CARGO_BIN_EXE_wmkc-net-err"));
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(name);
    }
    cmd
}

/// What a run gave.
pub struct Run {
    /// The exit status.
    pub status: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs `cmd` to its end.
pub fn run_command(cmd: &mut Cmd) -> Run {
    let output = cmd.output().expect("the command runs");
    Run {
        status: output.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// The command with `args`, run to its end.
pub fn run_args(args: &[&str]) -> Run {
    run_command(command().args(args))
}

/// The JSON lines of a run, parsed.
pub fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: {line}")))
        .collect()
}

/// The name a line of output starts with: an entry's `NAME: …` or a list's `NAME  …`.
pub fn leading_name(line: &str) -> &str {
    let end = line
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .unwrap_or(line.len());
    &line[..end]
}
