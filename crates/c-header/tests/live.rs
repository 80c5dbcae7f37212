//! Live failures through the header: `c/live_linux.c` (built with gcc, run
//! here) and `c/live_windows.c` (built with MinGW-w64, run under Wine) make
//! real socket calls on loopback, Unix sockets and socket pairs that fail,
//! and print what `wmkc_net_err_name()` says of errno or `WSAGetLastError()`.
//! Each must name the expected code, whose value on that platform is the
//! spec's and whose operations include the call made. The conformance
//! README's "Windows (Wine)" column lists exactly the codes provoked.
//!
//! Wine reimplements Winsock on top of Linux sockets: what it reports is
//! evidence about the Winsock codes, not Windows itself.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use c_header::{
    Build, Target, Wine, available, compiler, header_dir, program_dir, succeeded, tagged_lines,
};
use test_support::oracle;
use test_support::runner::run_within;

/// The codes a live program's source provokes: the first argument of each
/// `CHECK…("NAME"` and `report("NAME"`.
fn codes_in_source(file: &str) -> BTreeSet<String> {
    let source = std::fs::read_to_string(program_dir().join(file)).expect("the program");
    let mut codes = BTreeSet::new();
    for line in source.lines().map(str::trim_start) {
        let call = ["CHECK(\"", "CHECK_INT(\"", "CHECK_SOCKET(\"", "report(\""]
            .iter()
            .find_map(|start| line.strip_prefix(start));
        if let Some(rest) = call {
            codes.insert(rest.split('"').next().unwrap_or_default().to_string());
        }
    }
    codes
}

/// Checks a live program's report against the spec: every scenario named as
/// planned, every code of `source` provoked, at least `minimum` of them.
fn assert_live_report(stdout: &[u8], target: Target, label: &str, source: &str, minimum: usize) {
    let text = String::from_utf8_lossy(stdout);
    for line in text.lines() {
        assert!(
            line.starts_with("CASE "),
            "{label}: every scenario must fail as planned: {line}"
        );
    }
    let spec = oracle::spec();
    let mut provoked = BTreeSet::new();
    for fields in tagged_lines(stdout, "CASE") {
        let [expected, call, value, named] = &fields[..] else {
            panic!("{label}: a CASE line has four fields: {fields:?}");
        };
        assert_eq!(named, expected, "{label}: `{call}` failed with {value}");
        let code = spec
            .codes
            .iter()
            .find(|code| &code.name == expected)
            .unwrap_or_else(|| panic!("{label}: the spec has no {expected}"));
        let native = match target {
            Target::Linux => code.linux.as_ref(),
            Target::Windows => code.windows.as_ref(),
        }
        .unwrap_or_else(|| panic!("{label}: the spec says {expected} is not reported here"));
        // The spec's Linux numbers are the generic ones (x86-64, aarch64, …).
        if target == Target::Windows || cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
            assert_eq!(
                value,
                &native.1.to_string(),
                "{label}: the value of {expected}"
            );
        }
        assert!(
            code.operations.contains(call),
            "{label}: `{call}` reported {expected}, whose operations are {:?}",
            code.operations
        );
        provoked.insert(expected.clone());
    }
    assert_eq!(
        provoked,
        codes_in_source(source),
        "{label}: every planned code was provoked"
    );
    assert!(
        provoked.len() >= minimum,
        "{label}: {} codes, fewer than {minimum}: {provoked:?}",
        provoked.len()
    );
}

fn build(command: &str, source: &str, output: &Path) -> bool {
    let Some(compiler) = available(compiler(command)) else {
        return false;
    };
    Build {
        compiler,
        standard: "c99",
        sources: vec![program_dir().join(source)],
        include_dirs: vec![header_dir()],
        defines: Vec::new(),
        output: output.to_path_buf(),
    }
    .run()
    .unwrap_or_else(|message| panic!("{message}"));
    true
}

#[cfg(target_os = "linux")]
#[test]
fn linux_failures_are_named_by_the_header() {
    use std::os::unix::fs::PermissionsExt as _;

    let scratch = tempfile::tempdir().expect("temporary folder");
    let program = scratch.path().join("live_linux");
    if !build("gcc", "live_linux.c", &program) {
        return;
    }
    // Searchable by the ordinary user the EACCES scenario becomes under root.
    let sockets = scratch.path().join("sockets");
    std::fs::create_dir(&sockets).expect("folder");
    std::fs::set_permissions(&sockets, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(scratch.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod");
    let stdout = succeeded(
        run_within(
            Command::new(&program).arg(&sockets),
            Duration::from_secs(60),
        ),
        "live_linux",
    );
    assert_live_report(&stdout, Target::Linux, "Linux", "live_linux.c", 20);
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn winsock_failures_under_wine_are_named_by_the_header() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let program = scratch.path().join("live_windows.exe");
    if !build("x86_64-w64-mingw32-gcc", "live_windows.c", &program) {
        return;
    }
    let Some(wine) = Wine::start() else {
        return;
    };
    let stdout = succeeded(
        wine.run(&program, &[], Duration::from_secs(180)),
        "live_windows under Wine",
    );
    assert_live_report(
        &stdout,
        Target::Windows,
        "Windows (Wine)",
        "live_windows.c",
        15,
    );
}

/// The "Windows (Wine)" column of the conformance README says "yes" for
/// exactly the codes `live_windows.c` provokes, and accounts for every code.
#[test]
fn conformance_readme_lists_the_wine_results() {
    let readme =
        std::fs::read_to_string(xtask::workspace_root().join("crates/conformance/README.md"))
            .expect("the conformance README");
    let header = readme
        .lines()
        .find(|line| line.starts_with("| code |"))
        .expect("the results table");
    let column = header
        .split('|')
        .map(str::trim)
        .position(|cell| cell == "Windows (Wine)")
        .expect("a Windows (Wine) column");
    let spec = oracle::spec();
    let mut yes = BTreeSet::new();
    let mut rows = 0;
    for line in readme
        .lines()
        .filter(|line| line.starts_with(&format!("| {}", spec.prefix)))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let code = cells[1]
            .strip_prefix(&spec.prefix)
            .expect("a code")
            .to_string();
        let cell = cells.get(column).copied().unwrap_or_default();
        assert!(
            !cell.is_empty(),
            "{code}: the Windows (Wine) cell says what happened"
        );
        if cell.starts_with("yes") {
            yes.insert(code);
        }
        rows += 1;
    }
    assert_eq!(rows, spec.codes.len());
    assert_eq!(yes, codes_in_source("live_windows.c"));
}
