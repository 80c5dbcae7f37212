//! The C++ header (`wmkc_net_err.hpp`) under every C++ compiler of the
//! matrix: `cpp/use_all.cpp` (the .hpp twice, then the C header; every item
//! used) linked with `cpp/second_tu.cpp` (the system's socket headers first,
//! `<windows.h>` without `WIN32_LEAN_AND_MEAN` on Windows),
//! `cpp/c_first.cpp` (the C header before the .hpp) and
//! `cpp/winsockapi_first.cpp` (`_WINSOCKAPI_` defined by hand before
//! `<windows.h>`, which keeps winsock.h out), in C++11, 14, 17 and
//! 20, with `-Wall -Wextra -Wpedantic -Werror`; each program then runs (the
//! MinGW-w64 ones, linked `-static`, under Wine) and exits 0. The units
//! must share one `net_category()` and equal conditions. `cpp/live.cpp` is
//! built the same way (`tests/cpp_live.rs` runs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use c_header::{
    Build, CXX_HEADER_STANDARDS, Compiler, Target, Wine, available, compiler, cxx_compilers,
    cxx_program_dir, header_dir, succeeded,
};
use test_support::runner::run_within;

/// Builds the three units with `compiler` in `standard` into `dir`; the
/// program's path.
fn build_use_all(compiler: Compiler, standard: &str, dir: &Path) -> PathBuf {
    build(
        compiler,
        standard,
        dir,
        "use_all",
        &[
            "use_all.cpp",
            "second_tu.cpp",
            "c_first.cpp",
            "winsockapi_first.cpp",
        ],
    )
}

/// Builds `sources` from `cpp/` into the program `name` in `dir`.
fn build(compiler: Compiler, standard: &str, dir: &Path, name: &str, sources: &[&str]) -> PathBuf {
    let output = compiler.program(dir, &format!("{name}-{}-{standard}", compiler.command));
    Build {
        compiler,
        standard,
        sources: sources
            .iter()
            .map(|file| cxx_program_dir().join(file))
            .collect(),
        include_dirs: vec![header_dir()],
        defines: Vec::new(),
        output: output.clone(),
    }
    .run()
    .unwrap_or_else(|message| panic!("{message}"));
    output
}

fn run_native(program: &Path, label: &str) {
    succeeded(
        run_within(&mut Command::new(program), Duration::from_secs(30)),
        label,
    );
}

/// The quick one of the matrix: g++ in C++11, the oldest standard the header
/// promises, built and run here.
#[test]
fn gxx_builds_the_cpp_header_in_cxx11_and_the_program_runs() {
    let Some(compiler) = available(compiler("g++")) else {
        return;
    };
    let scratch = tempfile::tempdir().expect("temporary folder");
    let program = build_use_all(compiler, "c++11", scratch.path());
    run_native(&program, "g++ -std=c++11");
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn every_cxx_compiler_builds_the_cpp_header_in_every_standard_and_the_program_runs() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let mut windows_programs = Vec::new();
    for compiler in cxx_compilers().filter_map(available) {
        for standard in CXX_HEADER_STANDARDS {
            build(compiler, standard, scratch.path(), "live", &["live.cpp"]);
            let program = build_use_all(compiler, standard, scratch.path());
            let label = format!("{} -std={standard}", compiler.command);
            match compiler.target {
                Target::Linux => run_native(&program, &label),
                Target::Windows => windows_programs.push((label, program)),
            }
        }
    }
    if windows_programs.is_empty() {
        return;
    }
    let Some(wine) = Wine::start() else {
        return;
    };
    for (label, program) in windows_programs {
        succeeded(
            wine.run(&program, &[], Duration::from_secs(120)),
            &format!("{label} under Wine"),
        );
    }
}

/// The example of the README's "C++: the codes as `std::error_code`
/// conditions" section compiles warning-free in C++11, for Linux and for
/// Windows.
#[test]
fn readme_cpp_example_compiles() {
    c_header::assert_readme_example_compiles(
        "### C++: the codes as `std::error_code` conditions",
        ("cpp", "cpp"),
        "c++11",
        &["g++", "x86_64-w64-mingw32-g++"],
    );
}
