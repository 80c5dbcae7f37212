//! Every compiler of the matrix builds `c/use_all.c` (the header included
//! twice, every item used) linked with `c/second_tu.c` (the header after the
//! system's socket headers), in each standard, with `-Wall -Wextra -Wpedantic
//! -Werror`; each program then runs (the Windows ones under Wine) and exits 0.

use std::time::Duration;

use c_header::{Build, COMPILERS, Target, Wine, available, header_dir, program_dir, succeeded};
use test_support::runner::run_within;

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn every_compiler_builds_the_header_warning_free_and_the_program_runs() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let mut windows_programs = Vec::new();
    for compiler in COMPILERS.into_iter().filter_map(available) {
        for standard in compiler.standards {
            let output = compiler.program(
                scratch.path(),
                &format!("use_all-{}-{standard}", compiler.command),
            );
            Build {
                compiler,
                standard,
                sources: vec![
                    program_dir().join("use_all.c"),
                    program_dir().join("second_tu.c"),
                ],
                include_dirs: vec![header_dir()],
                defines: Vec::new(),
                output: output.clone(),
            }
            .run()
            .unwrap_or_else(|message| panic!("{message}"));
            match compiler.target {
                Target::Linux => {
                    succeeded(
                        run_within(
                            &mut std::process::Command::new(&output),
                            Duration::from_secs(30),
                        ),
                        &format!("{} -std={standard}", compiler.command),
                    );
                }
                Target::Windows => windows_programs.push((compiler.command, *standard, output)),
            }
        }
    }
    if windows_programs.is_empty() {
        return;
    }
    let Some(wine) = Wine::start() else {
        return;
    };
    for (command, standard, program) in windows_programs {
        succeeded(
            wine.run(&program, &[], Duration::from_secs(120)),
            &format!("{command} -std={standard} under Wine"),
        );
    }
}

/// The example of the README's "Using the header from C or C++" section
/// compiles, for Linux and for Windows.
#[test]
fn readme_example_compiles() {
    c_header::assert_readme_example_compiles(
        "## Using the header from C or C++",
        ("c", "c"),
        "c99",
        &["gcc", "x86_64-w64-mingw32-gcc"],
    );
}
