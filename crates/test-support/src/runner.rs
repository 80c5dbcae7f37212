//! Running a program from a test: to its end with its output captured, or
//! killed once it has run too long, so that a regression that hangs fails
//! the test instead of stalling the suite.

use std::ffi::OsStr;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longer than any run of the generator takes on a loaded machine; a run
/// past it is hung.
pub const HUNG: Duration = Duration::from_secs(60);

/// Runs `command` to its end, its standard input empty and both outputs
/// captured, or kills it once it has run for `limit` and panics with what it
/// wrote to standard error so far.
pub fn run_within(command: &mut Command, limit: Duration) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("start {command:?}: {err}"));
    // Both pipes are read on threads: a program that writes more than a pipe
    // holds would otherwise block, and look hung.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the program") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = stderr.join().unwrap_or_default();
            panic!(
                "{command:?} was still running after {limit:?}: it hung\n{}",
                String::from_utf8_lossy(&stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Output {
        status,
        stdout: stdout.join().expect("the stdout reader"),
        stderr: stderr.join().expect("the stderr reader"),
    }
}

/// Reads `pipe` to its end on a thread of its own.
fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// The generator's built binary, run through [`run_within`], by default
/// with the limit [`HUNG`]. Only xtask's own tests know where it is, so they
/// make it: `Xtask::at(env!("CARGO_BIN_EXE_xtask"))`.
#[derive(Debug, Clone, Copy)]
pub struct Xtask {
    binary: &'static str,
    limit: Duration,
}

impl Xtask {
    /// The binary at `binary`, killed after [`HUNG`].
    pub const fn at(binary: &'static str) -> Self {
        Self {
            binary,
            limit: HUNG,
        }
    }

    /// The same binary, killed after `limit` instead: for runs that must end
    /// far sooner than [`HUNG`].
    pub const fn within(self, limit: Duration) -> Self {
        Self { limit, ..self }
    }

    /// The binary's path, for a test that runs it through a shell or another
    /// wrapper.
    pub fn binary(&self) -> &'static Path {
        Path::new(self.binary)
    }

    /// A command for the binary, for a test that must spawn it itself (two
    /// runs at once, say).
    pub fn command(&self) -> Command {
        Command::new(self.binary)
    }

    /// `xtask ARGS…` to its end.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_within(self.command().args(args), self.limit)
    }

    /// `xtask COMMAND --spec SPEC --out OUT` to its end.
    pub fn on(&self, command: &str, spec: &Path, out: &Path) -> Output {
        let args: [&OsStr; 5] = [
            command.as_ref(),
            "--spec".as_ref(),
            spec.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ];
        self.run(args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_over_its_limit_is_stopped() {
        let result = std::panic::catch_unwind(|| {
            run_within(Command::new("sleep").arg("5"), Duration::from_millis(200))
        });
        let message = *result
            .expect_err("the run panics")
            .downcast::<String>()
            .expect("a message");
        assert!(message.contains("it hung"), "{message}");
    }

    #[test]
    fn a_program_that_writes_more_than_a_pipe_holds_finishes() {
        // 1 MiB on each output, far past a pipe's 64 KiB.
        let output = run_within(
            Command::new("sh")
                .arg("-c")
                .arg("head -c 1048576 /dev/zero; head -c 1048576 /dev/zero >&2; exit 3"),
            HUNG,
        );
        assert_eq!(output.status.code(), Some(3));
        assert_eq!(output.stdout.len(), 1 << 20);
        assert_eq!(output.stderr.len(), 1 << 20);
    }
}
