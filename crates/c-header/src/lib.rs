//! Proof of the generated C/C++ headers (`generated/c/wmkc_net_err.h` and
//! `generated/c/wmkc_net_err.hpp`): the compilers that build them, the
//! programs under `c/` and `cpp/`, and Wine.
//!
//! The tests under `tests/` compile with warnings as errors, run the Linux
//! programs directly and the MinGW-w64 programs under Wine, and compare what
//! they print with the spec read straight from its YAML. For the C header:
//! `compilers.rs`, `tables.rs` (every lookup) and `live.rs` (real socket
//! failures). For the C++ header: `cpp_compilers.rs` (g++, clang++ and
//! MinGW-w64 g++ in C++11, 14, 17 and 20, three units sharing one
//! `net_category()`), `cpp_tables.rs` (every condition against system and
//! generic values) and `cpp_live.rs` (real failures as
//! `wmkc::net::last_error()`, and the Windows `std::errc` trap). A compiler
//! or Wine that is missing makes the test print `NOT RUN: …`; under
//! `WMKC_REQUIRE_PROOFS` (set by `.ci/run`) a missing required tool fails
//! the test instead (`test_support::proofs`).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use test_support::oracle::{Spec, SpecCode};
use test_support::proofs::not_run;
use test_support::runner::run_within;

/// The folder that holds the committed header.
pub fn header_dir() -> PathBuf {
    xtask::default_out().join("c")
}

/// The folder of the C programs this crate builds.
pub fn program_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("c")
}

/// The folder of the C++ programs this crate builds against
/// `wmkc_net_err.hpp`.
pub fn cxx_program_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp")
}

/// The host a compiler builds for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Runs here.
    Linux,
    /// Runs under Wine.
    Windows,
}

/// The language a compiler reads the `.c` sources as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// C.
    C,
    /// C++ (`-x c++`).
    Cxx,
}

/// One compiler of the matrix.
#[derive(Debug, Clone, Copy)]
pub struct Compiler {
    /// The command (`gcc`, `x86_64-w64-mingw32-g++`).
    pub command: &'static str,
    /// How it reads the sources.
    pub language: Language,
    /// What it builds for.
    pub target: Target,
    /// The `-std=` values it is tried with.
    pub standards: &'static [&'static str],
    /// The Debian package that has it.
    pub package: &'static str,
}

const C_STANDARDS: &[&str] = &["c99", "c11"];
const CXX_STANDARDS: &[&str] = &["c++11", "c++17"];

/// The `-std=` values the C++ header's programs are built with: the C++
/// header is C++11 and must stay warning-free in every later standard these
/// compilers know, each of which deprecates or changes something.
pub const CXX_HEADER_STANDARDS: &[&str] = &["c++11", "c++14", "c++17", "c++20"];

/// Every compiler the header is built with.
pub const COMPILERS: [Compiler; 7] = [
    Compiler {
        command: "gcc",
        language: Language::C,
        target: Target::Linux,
        standards: C_STANDARDS,
        package: "gcc",
    },
    Compiler {
        command: "g++",
        language: Language::Cxx,
        target: Target::Linux,
        standards: CXX_STANDARDS,
        package: "g++",
    },
    Compiler {
        command: "musl-gcc",
        language: Language::C,
        target: Target::Linux,
        standards: C_STANDARDS,
        package: "musl-tools",
    },
    Compiler {
        command: "clang",
        language: Language::C,
        target: Target::Linux,
        standards: C_STANDARDS,
        package: "clang",
    },
    Compiler {
        command: "clang++",
        language: Language::Cxx,
        target: Target::Linux,
        standards: CXX_STANDARDS,
        package: "clang",
    },
    Compiler {
        command: "x86_64-w64-mingw32-gcc",
        language: Language::C,
        target: Target::Windows,
        standards: C_STANDARDS,
        package: "gcc-mingw-w64-x86-64",
    },
    Compiler {
        command: "x86_64-w64-mingw32-g++",
        language: Language::Cxx,
        target: Target::Windows,
        standards: CXX_STANDARDS,
        package: "g++-mingw-w64-x86-64",
    },
];

/// The first compiler of the matrix with this command.
pub fn compiler(command: &str) -> Compiler {
    COMPILERS
        .into_iter()
        .find(|compiler| compiler.command == command)
        .unwrap_or_else(|| panic!("{command} is not in the matrix"))
}

/// The compilers of the matrix that compile C++ (`g++`, `clang++`, MinGW-w64's
/// `g++`), in the matrix's order.
pub fn cxx_compilers() -> impl Iterator<Item = Compiler> {
    COMPILERS
        .into_iter()
        .filter(|compiler| compiler.language == Language::Cxx)
}

/// Whether `command` runs here.
pub fn installed(command: impl AsRef<std::ffi::OsStr>) -> bool {
    Command::new(command)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// `Some(compiler)` when it is installed; otherwise says so (see
/// [`not_run`]).
pub fn available(compiler: Compiler) -> Option<Compiler> {
    if installed(compiler.command) {
        return Some(compiler);
    }
    not_run(&format!(
        "{} is not installed (Debian: apt-get install {})",
        compiler.command, compiler.package
    ));
    None
}

/// One build: sources, include folders, macros, the standard.
#[derive(Debug, Clone)]
pub struct Build<'a> {
    /// The compiler.
    pub compiler: Compiler,
    /// The `-std=` value.
    pub standard: &'a str,
    /// The sources, compiled and linked together.
    pub sources: Vec<PathBuf>,
    /// `-I` folders, the header's first.
    pub include_dirs: Vec<PathBuf>,
    /// `-D` definitions (`NAME=VALUE`).
    pub defines: Vec<String>,
    /// The program to write.
    pub output: PathBuf,
}

impl Build<'_> {
    /// Compiles and links with `-Wall -Wextra -Wpedantic -Werror` (and, for
    /// C++ on Windows, `-static`); the compiler's messages on failure.
    pub fn run(&self) -> Result<(), String> {
        let mut command = self.compiler_command();
        if self.compiler.target == Target::Windows {
            if self.compiler.language == Language::Cxx {
                // A fresh Wine prefix has no libstdc++-6.dll or libgcc DLLs.
                command.arg("-static");
            }
            command.arg("-lws2_32");
        }
        execute(command)
    }

    /// Compiles the sources into the object file `output` (`-c`), with the
    /// same warnings as [`Build::run`], without linking.
    pub fn compile_only(&self) -> Result<(), String> {
        let mut command = self.compiler_command();
        command.arg("-c");
        execute(command)
    }

    /// The compiler with the standard, the warnings, the include folders,
    /// the macros, the sources and the output.
    fn compiler_command(&self) -> Command {
        let mut command = Command::new(self.compiler.command);
        command.arg(format!("-std={}", self.standard)).args([
            "-Wall",
            "-Wextra",
            "-Wpedantic",
            "-Werror",
            "-O1",
        ]);
        for dir in &self.include_dirs {
            command.arg("-I").arg(dir);
        }
        for define in &self.defines {
            command.arg(format!("-D{define}"));
        }
        if self.compiler.language == Language::Cxx {
            command.args(["-x", "c++"]);
        }
        command.args(&self.sources);
        if self.compiler.language == Language::Cxx {
            command.args(["-x", "none"]);
        }
        command.arg("-o").arg(&self.output);
        command
    }
}

/// Runs a compiler; its messages on failure.
fn execute(mut command: Command) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|err| format!("{:?}: {err}", command.get_program()))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{:?} failed:\n{}{}",
            command,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

impl Compiler {
    /// Where a program called `stem` that this compiler builds goes in
    /// `dir`: `.exe` for Windows.
    pub fn program(&self, dir: &Path, stem: &str) -> PathBuf {
        match self.target {
            Target::Linux => dir.join(stem),
            Target::Windows => dir.join(format!("{stem}.exe")),
        }
    }
}

/// Writes `text` as `dir/STEM-COMMAND.EXTENSION` and builds it into a
/// program with `command` in `standard`, warnings as errors, against the
/// headers in `include`; the program's path, or `None` (NOT RUN) when the
/// compiler is missing. Fails the test when the build fails.
pub fn build_source(
    command: &str,
    standard: &str,
    dir: &Path,
    (stem, extension, text): (&str, &str, &str),
    include: &Path,
    defines: Vec<String>,
) -> Option<PathBuf> {
    let compiler = available(compiler(command))?;
    let source = dir.join(format!("{stem}-{command}.{extension}"));
    std::fs::write(&source, text).expect("write the program");
    let output = compiler.program(dir, &format!("{stem}-{command}"));
    Build {
        compiler,
        standard,
        sources: vec![source],
        include_dirs: vec![include.to_path_buf()],
        defines,
        output: output.clone(),
    }
    .run()
    .unwrap_or_else(|message| panic!("{message}"));
    Some(output)
}

/// The first block fenced ```` ```fence ```` in the README's section that
/// starts with the heading line `heading`.
pub fn readme_example(heading: &str, fence: &str) -> String {
    let readme =
        std::fs::read_to_string(xtask::workspace_root().join("README.md")).expect("the README");
    let section = readme.split(heading).nth(1).expect("the section");
    section
        .split(&format!("```{fence}\n"))
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap_or_else(|| panic!("a {fence} example under {heading}"))
        .to_string()
}

/// The README's example under `heading` (fenced `fence`), written as
/// `example.EXTENSION`, compiles warning-free in `standard` with each of
/// `commands` that is installed (NOT RUN for the others).
pub fn assert_readme_example_compiles(
    heading: &str,
    (fence, extension): (&str, &str),
    standard: &str,
    commands: &[&str],
) {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let source = scratch.path().join(format!("example.{extension}"));
    std::fs::write(&source, readme_example(heading, fence)).expect("write the example");
    for command in commands {
        let Some(compiler) = available(compiler(command)) else {
            continue;
        };
        Build {
            compiler,
            standard,
            sources: vec![source.clone()],
            include_dirs: vec![header_dir()],
            defines: Vec::new(),
            output: scratch.path().join(format!("example-{command}.o")),
        }
        .compile_only()
        .unwrap_or_else(|message| panic!("{command} compiles the README's example: {message}"));
    }
}

/// The standard output of a program that must have exited 0; fails,
/// showing both outputs, when it did not.
pub fn succeeded(output: Output, what: &str) -> Vec<u8> {
    assert!(
        output.status.success(),
        "{what}: {}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Wine with a fresh, headless prefix of its own under a temporary folder;
/// its wine server is stopped when this is dropped.
pub struct Wine {
    root: tempfile::TempDir,
    prefix: PathBuf,
    command: PathBuf,
}

impl Wine {
    /// Wine with its prefix created, if Wine is installed; otherwise says so
    /// (see [`not_run`]).
    pub fn start() -> Option<Wine> {
        let Some(command) = ["wine", "wine64", "/usr/lib/wine/wine64"]
            .into_iter()
            .map(PathBuf::from)
            .find(|command| installed(command))
        else {
            not_run("Wine is not installed (Debian: apt-get install wine64; .ci/run installs it)");
            return None;
        };
        let root = tempfile::Builder::new()
            .prefix("wine-")
            .tempdir()
            .expect("temporary folder");
        let mut wine = Wine {
            root,
            prefix: PathBuf::new(),
            command,
        };
        // Creating a prefix starts wineboot, and Wine gives up waiting for it
        // ("could not load kernel32.dll") when it is slow, as on the first
        // run after installing, with the disk cache cold. Such a prefix is
        // unusable: try a fresh one, and say so.
        let mut failures = Vec::new();
        for attempt in 1..=3 {
            wine.prefix = wine.root.path().join(format!("prefix-{attempt}"));
            let mut boot = Command::new(&wine.command);
            wine.environment(&mut boot);
            let output = run_within(boot.args(["wineboot", "--init"]), Duration::from_secs(300));
            if output.status.success() {
                return Some(wine);
            }
            let failure = format!(
                "{}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            );
            let _ = writeln!(
                std::io::stderr(),
                "Wine could not create prefix {attempt} ({failure}); trying a fresh one"
            );
            wine.stop_server();
            failures.push(failure);
        }
        panic!("Wine could not create a prefix three times: {failures:?}");
    }

    /// Runs a Windows program with `args`, killed after `limit`.
    pub fn run(&self, program: &Path, args: &[&str], limit: Duration) -> Output {
        let mut command = Command::new(&self.command);
        self.environment(&mut command);
        command.arg(program).args(args);
        run_within(&mut command, limit)
    }

    fn environment(&self, command: &mut Command) {
        command
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // No Mono or Gecko installer, no window.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
    }

    fn stop_server(&self) {
        let server = self
            .command
            .parent()
            .map_or_else(|| PathBuf::from("wineserver"), |dir| dir.join("wineserver"));
        for server in [server, PathBuf::from("wineserver")] {
            let mut command = Command::new(server);
            self.environment(&mut command);
            if command
                .arg("-k")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok()
            {
                break;
            }
        }
    }
}

impl Drop for Wine {
    fn drop(&mut self) {
        self.stop_server();
    }
}

/// `(symbol, value, alias_of)` of `code` on `target`, as the spec says.
pub fn native(code: &SpecCode, target: Target) -> Option<&(String, i32, Option<String>)> {
    match target {
        Target::Linux => code.linux.as_ref(),
        Target::Windows => code.windows.as_ref(),
    }
}

/// The hostile-text fixture: a valid spec whose texts try to break out of
/// every kind of literal and comment.
pub fn hostile_spec_path() -> PathBuf {
    fixture("hostile.yaml")
}

/// A fixture of the generator's tests (`xtask/tests/fixtures/NAME`).
pub fn fixture(name: &str) -> PathBuf {
    xtask::workspace_root()
        .join("xtask/tests/fixtures")
        .join(name)
}

/// The hostile fixture's C and C++ headers, generated into `dir/include`;
/// that folder.
pub fn hostile_headers(dir: &Path) -> PathBuf {
    fixture_headers(&hostile_spec_path(), dir)
}

/// The C and C++ headers of the spec at `spec`, generated into
/// `dir/include`; that folder.
pub fn fixture_headers(spec: &Path, dir: &Path) -> PathBuf {
    let include = dir.join("include");
    let files = xtask::generate(spec, &dir.join("generated"))
        .unwrap_or_else(|problems| panic!("{} is a valid spec: {problems:?}", spec.display()));
    std::fs::create_dir_all(&include).expect("folder");
    let mut headers = 0;
    for file in files.iter().filter(|file| file.path.starts_with("c/")) {
        std::fs::write(include.join(&file.path[2..]), &file.contents).expect("write the header");
        headers += 1;
    }
    assert_eq!(headers, 2, "the C and the C++ header");
    include
}

/// `-D` definitions for the fixture's made-up symbols on `target`, with the
/// spec's values (a real platform header would define them).
pub fn made_up_symbols(spec: &Spec, target: Target) -> Vec<String> {
    spec.codes
        .iter()
        .filter_map(|code| native(code, target))
        .map(|(symbol, value, _)| format!("{symbol}={value}"))
        .collect()
}

/// The lines of a program's standard output that start with `tag `, split
/// at spaces (the tag left out).
pub fn tagged_lines(stdout: &[u8], tag: &str) -> Vec<Vec<String>> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|line| line.strip_prefix(tag)?.strip_prefix(' '))
        .map(|rest| rest.split(' ').map(str::to_string).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_lines_split_fields() {
        let out = b"CASE EINVAL bind 22 EINVAL\nNOISE\nCASE x\nCASEX y\n";
        assert_eq!(
            tagged_lines(out, "CASE"),
            vec![vec!["EINVAL", "bind", "22", "EINVAL"], vec!["x"],]
        );
    }

    #[test]
    fn the_matrix_names_each_command_once() {
        for (index, compiler) in COMPILERS.iter().enumerate() {
            assert!(
                COMPILERS[index + 1..]
                    .iter()
                    .all(|other| other.command != compiler.command)
            );
            assert!(!compiler.standards.is_empty());
        }
    }
}
