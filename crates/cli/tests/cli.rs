//! The built `wmkc-net-err` binary, run end to end and compared with the
//! spec read straight from its YAML: every lookup form, both languages, the
//! JSON parsed back, `--op` and `--list`, exit codes, bad input and colour.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;
use test_support::oracle::{self, Spec, SpecCode};
use test_support::proofs::not_run;
use unicode_width::UnicodeWidthStr;

mod support;
use support::{Run, command, records, run_args, run_command};

fn spec_code<'a>(spec: &'a Spec, name: &str) -> &'a SpecCode {
    spec.codes
        .iter()
        .find(|code| code.name == name)
        .unwrap_or_else(|| panic!("{name} is in the spec"))
}

/// A record says what the spec says of its code.
fn assert_record_is_the_spec(record: &Value, spec: &Spec) {
    let name = record["name"].as_str().expect("name");
    let code = spec_code(spec, name);
    assert_eq!(record["code"], format!("{}{}", spec.prefix, code.name));
    assert_eq!(record["summary"], code.summary.as_str());
    assert_eq!(record["en"], code.en.as_str());
    assert_eq!(record["zh"], code.zh.as_str());
    assert_eq!(record["zh_explanation"], code.zh_explanation.as_str());
    assert_eq!(record["operations"], serde_json::json!(code.operations));
    let messages = &code.messages;
    for (key, native, message, message_zh) in [
        ("linux", &code.linux, &messages.linux, &messages.linux_zh),
        (
            "windows",
            &code.windows,
            &messages.windows,
            &messages.windows_zh,
        ),
    ] {
        match native {
            Some((symbol, value, _)) => {
                assert_eq!(record[key]["symbol"], symbol.as_str(), "{name} {key}");
                assert_eq!(record[key]["value"], *value, "{name} {key}");
                assert_eq!(
                    record[key]["message"],
                    serde_json::json!(message),
                    "{name} {key}"
                );
                assert_eq!(
                    record[key]["message_zh"],
                    serde_json::json!(message_zh),
                    "{name} {key}"
                );
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
        let parts = &code.en_parts;
        for part in [
            full.as_str(),
            parts.happened.as_str(),
            parts.linux.as_deref().unwrap_or_default(),
            parts.windows.as_deref().unwrap_or_default(),
            &format!("What to do: {}", parts.advice),
            code.zh.as_str(),
            &format!("“{}”", code.messages.linux.as_deref().unwrap_or_default()),
            &format!("“{}”", code.messages.windows.as_deref().unwrap_or_default()),
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
    // Every native value, on its own platform only: the code it decodes to
    // first, then each code that shares it, in the spec's order.
    for (flag, platform) in [("--linux", "Linux"), ("--windows", "Windows")] {
        let native = |code: &SpecCode| {
            if platform == "Linux" {
                (
                    code.linux.clone(),
                    code.linux_decodes_as().map(str::to_string),
                )
            } else {
                (
                    code.windows.clone(),
                    code.windows_decodes_as().map(str::to_string),
                )
            }
        };
        let mut values: Vec<i32> = Vec::new();
        for code in &spec.codes {
            if let (Some((_, value, _)), _) = native(code)
                && !values.contains(&value)
            {
                values.push(value);
            }
        }
        for value in values {
            let mut sharing: Vec<(String, String)> = spec
                .codes
                .iter()
                .filter_map(|code| match native(code) {
                    (Some((_, v, _)), Some(decodes_as)) if v == value => {
                        Some((code.name.clone(), decodes_as))
                    }
                    _ => None,
                })
                .collect();
            // The one the value decodes to first.
            sharing.sort_by_key(|(name, decodes_as)| name != decodes_as);
            let run = run_args(&["--json", flag, &value.to_string()]);
            assert_eq!(run.status, 0, "{}", run.stderr);
            let found = records(&run.stdout);
            let names: Vec<&str> = found
                .iter()
                .map(|r| r["name"].as_str().unwrap_or(""))
                .collect();
            let expected: Vec<&str> = sharing.iter().map(|(name, _)| name.as_str()).collect();
            assert_eq!(names, expected, "{flag} {value}");
            for (record, (name, decodes_as)) in found.iter().zip(&sharing) {
                assert_eq!(record["input"], value.to_string());
                assert_eq!(record["matched_as"], "number");
                assert_eq!(record["matched_platform"], platform);
                assert_eq!(record["matched_value"], value);
                assert_eq!(record["matches"][0]["shared"], name != decodes_as, "{name}");
                assert_record_is_the_spec(record, &spec);
            }
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
    // The Chinese output explains in Chinese, as fully as the English, with
    // glibc's Chinese message; its labels are Chinese.
    let run = run_args(&["--lang", "zh", "104"]);
    let parts = &code.zh_explanation_parts;
    for part in [
        parts.happened.clone(),
        parts.linux.clone().unwrap_or_default(),
        parts.windows.clone().unwrap_or_default(),
        format!("处理方法：{}", parts.advice),
        format!(
            "“{}”",
            code.messages.linux_zh.as_deref().unwrap_or_default()
        ),
        format!("英文：{}", code.summary),
    ] {
        assert!(run.stdout.contains(&part), "{part} in {}", run.stdout);
    }
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
    let run = run_args(&["WSAECONNRSET"]);
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
        &[""],
        &["   "],
        &["111", "\t"],
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

#[test]
fn free_text_lists_the_best_matches_one_code_per_line() {
    let spec = oracle::spec();
    let run = run_args(&["connection refused by the peer"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(!lines.is_empty() && lines.len() <= 10, "{}", run.stdout);
    assert!(lines[0].starts_with("ECONNREFUSED "), "{}", run.stdout);
    // Each line: the name, each platform's symbol and value, then the summary.
    for line in &lines {
        let name = support::leading_name(line);
        let code = spec_code(&spec, name);
        assert!(line.ends_with(&code.summary), "{line}");
        for (symbol, value, _) in [&code.linux, &code.windows].into_iter().flatten() {
            assert!(line.contains(&format!("{symbol} {value}")), "{line}");
        }
    }
    // In Chinese, the user's line takes the summary's place.
    let run = run_args(&["--lang", "zh", "connection refused by the peer"]);
    let first = run.stdout.lines().next().unwrap_or_default();
    assert!(
        first.ends_with(&spec_code(&spec, "ECONNREFUSED").zh),
        "{first}"
    );
    // Several queries: a block each, separated by a blank line.
    let run = run_args(&["connect[111]", "ECONNRESET"]);
    assert_eq!(run.status, 0);
    assert!(run.stdout.starts_with("ECONNREFUSED "), "{}", run.stdout);
    assert!(run.stdout.contains("\n\nECONNRESET: "), "{}", run.stdout);
}

#[test]
fn a_shared_number_names_both_codes() {
    let spec = oracle::spec();
    let run = run_args(&["11"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let heads: Vec<&str> = run
        .stdout
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .collect();
    let eagain = spec_code(&spec, "EAGAIN");
    let would_block = spec_code(&spec, "EWOULDBLOCK");
    assert_eq!(
        heads,
        [
            format!("EAGAIN: {}", eagain.summary),
            format!("EWOULDBLOCK: {}", would_block.summary)
        ]
    );
    assert!(run.stdout.contains("EWOULDBLOCK = 11 (decodes as EAGAIN)"));
}

#[test]
fn json_says_how_each_hit_matched() {
    let run = run_args(&["--json", "Connection refused (os error 111)"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let found = records(&run.stdout);
    assert_eq!(found[0]["name"], "ECONNREFUSED");
    assert_eq!(found[0]["input"], "Connection refused (os error 111)");
    assert_eq!(found[0]["matched_as"], "number");
    assert_eq!(found[0]["matched_platform"], "Linux");
    assert_eq!(found[0]["matched_value"], 111);
    let matches = found[0]["matches"].as_array().expect("matches");
    assert_eq!(
        matches[0],
        serde_json::json!({"as": "number", "platform": "Linux", "value": 111, "shared": false})
    );
    assert!(matches.iter().any(|m| m["as"] == "words"), "{matches:?}");
    // Best first.
    let scores: Vec<u64> = found
        .iter()
        .map(|r| r["score"].as_u64().expect("a score"))
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    // A word alone: in EPERM's summary, in no system message.
    let run = run_args(&["--json", "firewall"]);
    let found = records(&run.stdout);
    assert_eq!(found[0]["name"], "EPERM");
    assert_eq!(found[0]["matched_as"], "words");
    assert_eq!(
        found[0]["matches"],
        serde_json::json!([{"as": "words", "words": ["firewall"]}])
    );
    // A system message, whole.
    let run = run_args(&["--json", "Transport endpoint is not connected"]);
    let found = records(&run.stdout);
    assert_eq!(found[0]["name"], "ENOTCONN");
    assert_eq!(found[0]["matched_as"], "message");
    assert_eq!(
        found[0]["matches"][0],
        serde_json::json!({"as": "message", "message": "Transport endpoint is not connected", "whole": true, "shared": false})
    );
    assert!(found[0]["matched_platform"].is_null());
    // --list has no query: no evidence either.
    let run = run_args(&["--json", "--list"]);
    let found = records(&run.stdout);
    assert!(found[0]["matches"].is_null() && found[0]["score"].is_null());
}

#[test]
fn free_text_that_matches_nothing_exits_1() {
    let run = run_args(&["127.0.0.1:110"]);
    assert_eq!((run.status, run.stdout.as_str()), (1, ""));
    assert!(
        run.stderr
            .contains("\"127.0.0.1:110\": no WMKC code matches"),
        "{}",
        run.stderr
    );
    let run = run_args(&["--lang", "zh", "xyzzy plugh"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("没有匹配的 WMKC 代码"),
        "{}",
        run.stderr
    );
}

/// Runs the command under a Chinese locale.
fn run_chinese(args: &[&str]) -> Run {
    run_command(command().env("LANG", "zh_CN.UTF-8").args(args))
}

#[test]
fn help_is_chinese_under_a_chinese_locale_or_lang_zh() {
    for run in [
        run_chinese(&["--help"]),
        run_args(&["--lang", "zh", "--help"]),
        run_args(&["--help", "--lang=zh"]),
        run_chinese(&["-h"]),
    ] {
        assert_eq!(run.status, 0, "{}", run.stderr);
        for part in [
            "用法：wmkc-net-err [选项] <QUERY>...",
            "参数：",
            "选项：",
            "示例：",
            "退出状态",
            "--lang <LANG>",
            "--op <OPERATION>",
            "--color <WHEN>",
            "--json",
            "--list",
            "--linux",
            "--windows",
            "显示帮助",
            "显示版本",
        ] {
            assert!(run.stdout.contains(part), "{part} in\n{}", run.stdout);
        }
        // None of clap's English words is left.
        for english in [
            "Usage",
            "Options",
            "Arguments",
            "Examples",
            "Print",
            "possible values",
            "default:",
            "Only ",
            "List ",
            "The language",
        ] {
            assert!(
                !run.stdout.contains(english),
                "{english} in\n{}",
                run.stdout
            );
        }
    }
    // The short help's texts start in one terminal column.
    let run = run_chinese(&["-h"]);
    let options = run.stdout.split("选项：\n").nth(1).expect("options");
    let columns: Vec<usize> = options
        .lines()
        .take_while(|line| line.starts_with("  "))
        .map(|line| {
            let at = line.find(|c: char| !c.is_ascii()).expect("a Chinese help");
            line[..at].width()
        })
        .collect();
    assert!(columns.len() >= 9, "{options}");
    assert!(
        columns.windows(2).all(|pair| pair[0] == pair[1]),
        "{options}"
    );
    // --lang en wins over the locale.
    let run = run_chinese(&["--lang", "en", "--help"]);
    assert!(run.stdout.contains("Usage: wmkc-net-err"), "{}", run.stdout);
}

#[test]
fn usage_errors_are_chinese_under_a_chinese_locale_and_exit_2() {
    for (args, parts) in [
        (&[][..], &["缺少必需的参数：<QUERY>...", "用法："][..]),
        (
            &[""],
            &["参数 '[QUERY]...' 的值 '' 无效：查询不能为空，也不能只有空格"],
        ),
        (&["  "], &["查询不能为空"]),
        (&["--frobnicate"], &["未知的参数 '--frobnicate'", "用法："]),
        (
            &["--jsn", "1"],
            &["未知的参数 '--jsn'", "提示：相近的参数：'--json'"],
        ),
        (
            &["--lang", "fr", "111"],
            &["参数 '--lang <LANG>' 不接受值 'fr'", "[可选值：en、zh]"],
        ),
        (
            &["--op", "conect"],
            &["不接受值 'conect'", "提示：相近的值：'connect'"],
        ),
        (
            &["--linux", "--windows", "111"],
            &["参数 '--linux' 不能与 '--windows' 一起使用"],
        ),
        (&["--list", "111"], &["不能与", "一起使用"]),
    ] {
        let run = run_chinese(args);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(run.stderr.starts_with("错误："), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("更多信息请运行 'wmkc-net-err --help'。")
        );
        for part in parts {
            assert!(
                run.stderr.contains(part),
                "{args:?}: {part} in\n{}",
                run.stderr
            );
        }
        assert!(!run.stderr.contains("error:"), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("Usage"), "{args:?}: {}", run.stderr);
    }
    // The same errors in English without the locale.
    let run = run_args(&[""]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("invalid value '' for '[QUERY]...': a query cannot be empty or only spaces"),
        "{}",
        run.stderr
    );
}
