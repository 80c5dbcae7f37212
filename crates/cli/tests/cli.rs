//! The built `wmkc-net-err` binary, run end to end and compared with the
//! spec read straight from its YAML: every lookup form, both languages, the
//! JSON parsed back, `--op` and `--list`, exit codes, bad input and colour.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use assert_cmd::Command as Cmd;
use serde_json::Value;
use test_support::oracle::{self, Spec, SpecCode};
use test_support::proofs::not_run;

/// The command with a neutral environment: English, no colour forced.
fn command() -> Cmd {
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

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run_command(cmd: &mut Cmd) -> Run {
    let output = cmd.output().expect("the command runs");
    Run {
        status: output.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run_args(args: &[&str]) -> Run {
    run_command(command().args(args))
}

fn spec_code<'a>(spec: &'a Spec, name: &str) -> &'a SpecCode {
    spec.codes
        .iter()
        .find(|code| code.name == name)
        .unwrap_or_else(|| panic!("{name} is in the spec"))
}

/// The JSON lines of a run, parsed.
fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: {line}")))
        .collect()
}

/// A record says what the spec says of its code.
fn assert_record_is_the_spec(record: &Value, spec: &Spec) {
    let name = record["name"].as_str().expect("name");
    let code = spec_code(spec, name);
    assert_eq!(record["code"], format!("{}{}", spec.prefix, code.name));
    assert_eq!(record["summary"], code.summary.as_str());
    assert_eq!(record["en"], code.en.as_str());
    assert_eq!(record["zh"], code.zh.as_str());
    assert_eq!(record["operations"], serde_json::json!(code.operations));
    for (key, native) in [("linux", &code.linux), ("windows", &code.windows)] {
        match native {
            Some((symbol, value, _)) => {
                assert_eq!(record[key]["symbol"], symbol.as_str(), "{name} {key}");
                assert_eq!(record[key]["value"], *value, "{name} {key}");
            }
            None => assert!(record[key].is_null(), "{name} {key}"),
        }
    }
    let platforms: Vec<&str> = [("Linux", &code.linux), ("Windows", &code.windows)]
        .into_iter()
        .filter(|(_, native)| native.is_some())
        .map(|(platform, _)| platform)
        .collect();
    assert_eq!(record["platforms"], serde_json::json!(platforms), "{name}");
    assert!(record["kind"].is_string(), "{name}");
    let site = spec.site.as_ref();
    let page = site.map(|site| format!("{site}/en/{name}.html"));
    assert_eq!(record["page"].as_str(), page.as_deref(), "{name}");
}

#[test]
fn every_form_of_a_code_finds_it() {
    let spec = oracle::spec();
    let code = spec_code(&spec, "ECONNREFUSED");
    let (linux_symbol, linux_value, _) = code.linux.clone().expect("Linux reports it");
    let (windows_symbol, windows_value, _) = code.windows.clone().expect("Windows too");
    let full = format!("{}{}", spec.prefix, code.name);
    for input in [
        linux_value.to_string(),
        windows_value.to_string(),
        code.name.clone(),
        full.clone(),
        windows_symbol.clone(),
        code.name.to_lowercase(),
    ] {
        let run = run_args(&[&input]);
        assert_eq!(run.status, 0, "{input}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{input}: {}", run.stderr);
        let first = run.stdout.lines().next().expect("a first line");
        assert_eq!(first, format!("{}: {}", code.name, code.summary), "{input}");
        // Everything the issue asks for is there.
        for part in [
            full.as_str(),
            code.en.as_str(),
            code.zh.as_str(),
            &format!("{linux_symbol} = {linux_value}"),
            &format!("{windows_symbol} = {windows_value}"),
            &code.operations.join(", "),
        ] {
            assert!(
                run.stdout.contains(part),
                "{input}: {part} in\n{}",
                run.stdout
            );
        }
    }
    // A number says which platform's value it matched.
    let run = run_args(&[&linux_value.to_string()]);
    assert!(run.stdout.contains(&format!("Linux errno {linux_value}")));
    let run = run_args(&[&windows_value.to_string()]);
    assert!(
        run.stdout
            .contains(&format!("Windows (Winsock) code {windows_value}"))
    );
}

#[test]
fn every_name_and_every_value_gives_the_specs_code_as_json() {
    let spec = oracle::spec();
    let names: Vec<&str> = spec.codes.iter().map(|code| code.name.as_str()).collect();
    let mut args = vec!["--json"];
    args.extend(&names);
    let run = run_args(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let found = records(&run.stdout);
    assert_eq!(found.len(), names.len());
    for (record, name) in found.iter().zip(&names) {
        assert_eq!(record["input"], *name);
        assert_eq!(record["matched_as"], "name");
        assert_eq!(record["name"], *name);
        assert!(record["matched_platform"].is_null() && record["matched_value"].is_null());
        assert_record_is_the_spec(record, &spec);
    }
    // Every native value, on its own platform only and on both.
    for (flag, platform) in [("--linux", "Linux"), ("--windows", "Windows")] {
        let values: Vec<(String, &str)> = spec
            .codes
            .iter()
            .filter_map(|code| {
                let (native, decodes_as) = if platform == "Linux" {
                    (code.linux.as_ref(), code.linux_decodes_as())
                } else {
                    (code.windows.as_ref(), code.windows_decodes_as())
                };
                Some((native?.1.to_string(), decodes_as?))
            })
            .collect();
        let mut args = vec!["--json", flag];
        args.extend(values.iter().map(|(value, _)| value.as_str()));
        let run = run_args(&args);
        assert_eq!(run.status, 0, "{}", run.stderr);
        let found = records(&run.stdout);
        assert_eq!(found.len(), values.len(), "{flag}");
        for (record, (value, decodes_as)) in found.iter().zip(&values) {
            assert_eq!(record["input"], value.as_str());
            assert_eq!(record["matched_as"], "number");
            assert_eq!(record["matched_platform"], platform);
            assert_eq!(record["matched_value"].to_string(), *value);
            assert_eq!(record["name"], *decodes_as, "{flag} {value}");
            assert_record_is_the_spec(record, &spec);
        }
    }
}

#[test]
fn a_number_on_one_platform_is_a_miss_on_the_other() {
    let spec = oracle::spec();
    let code = spec_code(&spec, "ECONNRESET");
    let linux = code.linux.as_ref().expect("Linux").1.to_string();
    let windows = code.windows.as_ref().expect("Windows").1.to_string();
    let run = run_args(&["--windows", &linux]);
    assert_eq!((run.status, run.stdout.as_str()), (1, ""));
    assert!(
        run.stderr
            .contains(&format!("{linux}: no WMKC code has this number on Windows"))
    );
    let run = run_args(&["--linux", &windows]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("on Linux"), "{}", run.stderr);
    // A code only Linux reports, asked for on Windows.
    let linux_only = spec
        .codes
        .iter()
        .find(|code| code.windows.is_none())
        .expect("a Linux-only code");
    let run = run_args(&["--windows", &linux_only.name]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains(&format!(
            "{}: Windows does not report this code",
            linux_only.name
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn chinese_comes_from_the_flag_or_the_locale() {
    let spec = oracle::spec();
    let code = spec_code(&spec, "ECONNRESET");
    let chinese_first = format!("{}: {}", code.name, code.zh);
    let english_first = format!("{}: {}", code.name, code.summary);
    let first_line = |run: &Run| run.stdout.lines().next().unwrap_or_default().to_string();
    // (locale variables, flags, the first line expected)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: [Case; 7] = [
        (&[], &[], &english_first),
        (&[], &["--lang", "zh"], &chinese_first),
        (&[("LANG", "zh_CN.UTF-8")], &[], &chinese_first),
        (
            &[("LANG", "zh_CN.UTF-8")],
            &["--lang", "en"],
            &english_first,
        ),
        (
            &[("LANG", "zh_TW"), ("LC_MESSAGES", "en_US.UTF-8")],
            &[],
            &english_first,
        ),
        (
            &[("LANG", "C"), ("LC_ALL", "zh_CN.UTF-8")],
            &[],
            &chinese_first,
        ),
        (&[("LANG", "en_GB.UTF-8")], &[], &english_first),
    ];
    for (env, flags, expected) in cases {
        let mut cmd = command();
        cmd.envs(env.iter().copied()).args(flags).arg("ECONNRESET");
        let run = run_command(&mut cmd);
        assert_eq!(run.status, 0);
        assert_eq!(first_line(&run), *expected, "{env:?} {flags:?}");
    }
    // The Chinese output keeps the English text, and its labels are Chinese.
    let run = run_args(&["--lang", "zh", "104"]);
    assert!(run.stdout.contains(&code.en), "{}", run.stdout);
    assert!(run.stdout.contains("Linux 的 errno 104"), "{}", run.stdout);
    let run = run_args(&["--lang", "zh", "EFOO"]);
    assert!(
        run.stderr.contains("没有这样拼写的 WMKC 代码"),
        "{}",
        run.stderr
    );
}

#[test]
fn op_lists_the_codes_an_operation_can_report() {
    let spec = oracle::spec();
    for op in &spec.operations {
        let expected: BTreeSet<&str> = spec
            .codes
            .iter()
            .filter(|code| code.operations.contains(op))
            .map(|code| code.name.as_str())
            .collect();
        let run = run_args(&["--json", "--op", op]);
        assert_eq!(run.status, 0, "{}", run.stderr);
        let found = records(&run.stdout);
        let names: BTreeSet<&str> = found
            .iter()
            .map(|r| r["name"].as_str().expect("name"))
            .collect();
        assert_eq!(names, expected, "--op {op}");
        for record in &found {
            assert!(record["input"].is_null() && record["matched_as"].is_null());
            assert_record_is_the_spec(record, &spec);
        }
        // As a table: a header, then one line per code, each starting with its name.
        let run = run_args(&["--op", op]);
        let rows: BTreeSet<&str> = run
            .stdout
            .lines()
            .skip(1)
            .map(|line| line.split_whitespace().next().expect("a name"))
            .collect();
        assert_eq!(rows, expected, "--op {op} table");
    }
    let windows_connect: BTreeSet<&str> = spec
        .codes
        .iter()
        .filter(|code| code.windows.is_some() && code.operations.iter().any(|op| op == "connect"))
        .map(|code| code.name.as_str())
        .collect();
    let run = run_args(&["--json", "--windows", "--op", "connect"]);
    let found = records(&run.stdout);
    let names: BTreeSet<&str> = found
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, windows_connect);
}

#[test]
fn list_shows_every_code_as_a_table() {
    let spec = oracle::spec();
    for (flags, keep) in [
        (&[][..], (|_: &SpecCode| true) as fn(&SpecCode) -> bool),
        (&["--linux"][..], |code: &SpecCode| code.linux.is_some()),
        (&["--windows"][..], |code: &SpecCode| code.windows.is_some()),
    ] {
        let run = run_args(&[&["--list"][..], flags].concat());
        assert_eq!(run.status, 0);
        let lines: Vec<&str> = run.stdout.lines().collect();
        assert!(lines[0].starts_with("CODE"), "{}", lines[0]);
        let expected: Vec<&SpecCode> = spec.codes.iter().filter(|code| keep(code)).collect();
        assert_eq!(lines.len() - 1, expected.len(), "{flags:?}");
        for (line, code) in lines[1..].iter().zip(expected) {
            assert!(line.starts_with(&format!("{} ", code.name)), "{line}");
            assert!(line.ends_with(&code.summary), "{line}");
            for (symbol, value, _) in [&code.linux, &code.windows].into_iter().flatten() {
                assert!(line.contains(&format!("{symbol} {value}")), "{line}");
            }
        }
    }
    let run = run_args(&["--list", "--lang", "zh"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("代码"), "{}", lines[0]);
    for (line, code) in lines[1..].iter().zip(&spec.codes) {
        // A text of several lines is joined into the table's one line.
        let zh = code.zh.lines().collect::<Vec<_>>().join(" ");
        assert!(line.ends_with(&zh), "{line}");
    }
    let run = run_args(&["--list", "--json"]);
    let found = records(&run.stdout);
    assert_eq!(found.len(), spec.codes.len());
    for record in &found {
        assert_record_is_the_spec(record, &spec);
    }
}

#[test]
fn misses_exit_1_with_the_nearest_names() {
    let run = run_args(&["ECONNREFUZED"]);
    assert_eq!((run.status, run.stdout.as_str()), (1, ""));
    assert!(
        run.stderr.contains("did you mean ECONNREFUSED?"),
        "{}",
        run.stderr
    );
    let run = run_args(&["WSAECONNRESE"]);
    assert!(
        run.stderr.contains("did you mean WSAECONNRESET?"),
        "{}",
        run.stderr
    );
    // Nothing near: no suggestion.
    let run = run_args(&["NOT_A_CODE_AT_ALL"]);
    assert_eq!(run.status, 1);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);
    for number in ["0", "-1", "99999", "4294967296"] {
        let run = run_args(&[number]);
        assert_eq!(run.status, 1, "{number}");
        assert!(
            run.stderr.contains(&format!("{number}: no WMKC code")),
            "{}",
            run.stderr
        );
    }
    // The matches are printed, the miss is reported, and the status says so.
    let run = run_args(&["111", "EFOO", "10054"]);
    assert_eq!(run.status, 1);
    assert!(run.stdout.starts_with("ECONNREFUSED: "), "{}", run.stdout);
    assert!(run.stdout.contains("\nECONNRESET: "), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("\"EFOO\""));
    let run = run_args(&["--json", "111", "EFOO"]);
    assert_eq!(run.status, 1);
    assert_eq!(records(&run.stdout).len(), 1);
}

#[test]
fn usage_errors_exit_2_and_help_and_version_exit_0() {
    for args in [
        &[][..],
        &["--linux", "--windows", "111"],
        &["--list", "111"],
        &["--op", "connect", "--list"],
        &["--op", "conect"],
        &["--lang", "fr", "111"],
        &["--color", "sometimes", "111"],
        &["--frobnicate"],
    ] {
        let run = run_args(args);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(run.stderr.contains("error:"), "{args:?}: {}", run.stderr);
    }
    let run = run_args(&["--op", "conect"]);
    assert!(run.stderr.contains("'connect'"), "{}", run.stderr);
    let run = run_args(&["--help"]);
    assert_eq!(run.status, 0);
    for part in [
        "Usage: wmkc-net-err",
        "--lang",
        "--json",
        "--op",
        "--list",
        "--linux",
        "--windows",
        "Exit status",
    ] {
        assert!(run.stdout.contains(part), "{part}");
    }
    let run = run_args(&["--version"]);
    assert_eq!(run.status, 0);
    assert_eq!(
        run.stdout.trim(),
        format!("wmkc-net-err {}", env!("CARGO_PKG_VERSION"))
    );
}

const ESCAPE: char = '\u{1b}';

#[test]
fn colour_only_when_asked_or_on_a_terminal_without_no_color() {
    // Into a pipe: never by default.
    let run = run_args(&["111"]);
    assert!(!run.stdout.contains(ESCAPE));
    let run = run_args(&["--list"]);
    assert!(!run.stdout.contains(ESCAPE));
    let run = run_args(&["EFOO"]);
    assert!(!run.stderr.contains(ESCAPE));
    // Forced by the flag, or by CLICOLOR_FORCE unless NO_COLOR says no.
    let run = run_args(&["--color", "always", "111"]);
    assert!(run.stdout.contains(ESCAPE));
    let run = run_command(command().env("CLICOLOR_FORCE", "1").arg("111"));
    assert!(run.stdout.contains(ESCAPE));
    let run = run_command(
        command()
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .arg("111"),
    );
    assert!(!run.stdout.contains(ESCAPE));
    let run = run_args(&["--color", "never", "111"]);
    assert!(!run.stdout.contains(ESCAPE));
}

/// A real terminal, from util-linux's `script`: colour by default, none with `NO_COLOR`.
#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let Ok(probe) = Command::new("script").arg("--version").output() else {
        not_run("the terminal test needs `script` (Debian: apt-get install bsdutils)");
        return;
    };
    assert!(probe.status.success());
    let binary = env!("CARGO_BIN_EXE_wmkc-net-err");
    let in_terminal = |no_color: bool| {
        let mut cmd = Command::new("script");
        cmd.args(["--quiet", "--return", "--command"])
            .arg(format!("'{binary}' 111"))
            .arg("/dev/null")
            .env("TERM", "xterm-256color")
            .env_remove("CI");
        for name in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "LC_ALL", "LANG"] {
            cmd.env_remove(name);
        }
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let output = cmd.output().expect("script runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let coloured = in_terminal(false);
    assert!(coloured.contains("ECONNREFUSED"), "{coloured}");
    assert!(coloured.contains(ESCAPE), "{coloured:?}");
    let plain = in_terminal(true);
    assert!(plain.contains("ECONNREFUSED"), "{plain}");
    assert!(!plain.contains(ESCAPE), "{plain:?}");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wmkc-net-err"))
        .args(["--list", "--lang", "en"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a line");
    // The pipe is closed here, before the rest of the table is written.
    let output = child.wait_with_output().expect("the command ends");
    assert!(first.starts_with("CODE"), "{first}");
    assert!(output.status.success(), "{output:?}");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
