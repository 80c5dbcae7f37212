//! Every kind of spec mistake, one fixture each under `tests/fixtures/invalid/`:
//! `gen` and `check` exit 2 with `PATH:LINE:COLUMN: error: …` naming the code
//! and field, and the output folder keeps the same bytes and mtimes.
//!
//! Each fixture is also rewritten in four other layouts of the same content
//! (block sequences not indented under their key, flow-style code entries,
//! CRLF line endings, a UTF-8 byte order mark): the diagnostics must be the
//! same, each at the place the rewrite moved the original position to.

use std::fs;
use std::path::Path;
use std::process::Command;

mod support;
use support::fixture;
use support::layout::{LAYOUTS, Located, diagnostics};
use support::snapshot;

fn xtask(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("run xtask");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Runs `gen` and `check` on an invalid spec against a tree generated from
/// the valid minimal spec, and returns the messages.
fn reject(spec: &Path) -> String {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("out");
    let (status, message) = xtask(&[
        "gen".as_ref(),
        "--spec".as_ref(),
        fixture("minimal.yaml").as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(status, Some(0), "the minimal spec is valid: {message}");
    let before = snapshot(&out);
    let mut messages = String::new();
    for command in ["gen", "check"] {
        let (status, message) = xtask(&[
            command.as_ref(),
            "--spec".as_ref(),
            spec.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(status, Some(2), "{command} exits 2: {message}");
        assert!(message.ends_with("nothing was written.\n"), "{message}");
        assert_eq!(
            snapshot(&out),
            before,
            "{command} left the output folder as it was"
        );
        messages = message;
    }
    messages
}

/// `name`: the fixture; `position`: where the first message points; `parts`: what it says.
fn expect(name: &str, position: &str, parts: &[&str]) {
    let spec = fixture(&format!("invalid/{name}.yaml"));
    let message = reject(&spec);
    same_in_every_layout(&spec, &message);
    let first = message.lines().next().unwrap_or_default();
    let prefix = format!("{}:{position}: error: ", spec.display());
    assert!(
        first.starts_with(&prefix),
        "expected {prefix:?}, got:\n{message}"
    );
    for part in parts {
        assert!(first.contains(part), "expected {part:?} in:\n{message}");
    }
}

macro_rules! invalid {
    ($($name:ident: $position:literal, [$($part:literal),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                expect(stringify!($name), $position, &[$($part),*]);
            }
        )*
    };
}

invalid! {
    malformed_yaml: "11:11", ["did not find expected ',' or ']'"];
    top_level_not_a_mapping: "1:1", ["the top level must be a mapping"];
    empty: "1:1", ["the spec is empty"];
    only_comments: "3:1", ["missing field `prefix`"];
    not_utf8: "3:9", ["not UTF-8"];
    unknown_field: "38:5", ["code `ECONNRESET`", "unknown field `zx`", "did you mean `zh`?"];
    missing_field: "33:11", ["code `ECONNRESET`", "missing field `en`"];
    wrong_type: "36:41", ["code `ECONNRESET`", "codes[2].linux.value", "invalid type: sequence, expected i64"];
    empty_text: "38:9", ["code `ECONNRESET`, field `zh`: text is empty"];
    whitespace_text: "39:9", ["code `ECONNRESET`, field `en`: text is empty or only whitespace"];
    text_too_long_for_c: "39:9", ["code `ECONNRESET`, field `en`: text is 4104 bytes long; at most 4095 (the longest string literal every C99 compiler takes)"];
    bidi_control_in_text: "39:18", ["the spec contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control character", "Trojan Source, CVE-2021-42574"];
    bidi_control_in_comment: "1:39", ["the spec contains U+2067 RIGHT-TO-LEFT ISOLATE"];
    nul_byte: "39:23", ["the spec contains U+0000 NULL, a control character YAML does not allow"];
    bare_link_in_text: "39:9", ["code `ECONNRESET`, field `en`: text contains the bare link `https://example.org/reset`, which rustdoc refuses", "links belong in `references`"];
    bare_link_in_summary: "34:14", ["code `ECONNRESET`, field `summary`: summary contains the bare link `https://example.org/reset`"];
    bare_link_in_description: "7:16", ["crate description contains the bare link `HTTPS://example.org/catalogue`", "links belong in `references`"];
    control_character: "39:9", ["code `ECONNRESET`, field `en`: text contains the control character '\\u{7}'"];
    unknown_operation: "35:18", ["code `ECONNRESET`, field `operations.sned`: unknown operation `sned`; did you mean `send`?"];
    repeated_operation: "35:24", ["code `ECONNRESET`, field `operations.send`: operation `send` is listed twice"];
    empty_operation_list: "35:17", ["code `ECONNRESET`, field `operations`: the list of operations is empty"];
    repeated_name: "33:11", ["code `EAGAIN`, field `name`: name `EAGAIN` is used by an earlier code too"];
    name_not_upper_identifier: "33:11", ["field `name`: name `econn-reset` must be upper-case"];
    // An upper-case identifier is never a Rust keyword; a keyword fails the same rule.
    name_is_a_keyword: "33:11", ["field `name`: name `self` must be upper-case"];
    name_collides_with_generated_item: "33:11", ["name `ALL` collides with the generated associated item `NetError::ALL`"];
    name_collides_with_c_guard: "33:11", ["code `H_INCLUDED`, field `name`: `TEST_ERR_H_INCLUDED` collides with the C header's include guard"];
    name_collides_with_c_operation: "33:11", ["code `OP_SEND`, field `name`: `TEST_OP_SEND` collides with the C header's operation macros (`TEST_OP_*`)"];
    name_collides_with_a_symbol: "33:11", ["`WSAEWOULDBLOCK` would parse as both `EWOULDBLOCK` and this code"];
    full_name_is_an_errno_name: "33:11", ["code `PERM`, field `name`: `EPERM` collides with a Linux errno name (<errno.h>)"];
    full_name_is_a_winsock_name: "33:11", ["code `INTR`, field `name`: `WSAEINTR` collides with a Winsock error name (<winsock2.h>, <winerror.h>)"];
    full_name_is_a_c_standard_name: "33:11", ["code `MAX`, field `name`: `INT_MAX` collides with a macro of the C standard library"];
    crate_name_is_a_std_crate: "5:9", ["crate name `proc-macro` is the name of a crate of Rust's standard library (`proc_macro`)"];
    crate_name_is_a_keyword: "5:9", ["crate name `self` is a Rust keyword"];
    crate_name_reserved_by_cargo: "5:9", ["crate name `build` is a name Cargo reserves"];
    crate_name_is_a_windows_device: "5:9", ["crate name `Con` is a Windows device name"];
    no_platform: "33:11", ["code `ECONNRESET`", "the code has no platform"];
    linux_value_out_of_range: "36:41", ["code `ECONNRESET`, field `linux.value`: Linux value 4096 is outside 1..=4095"];
    linux_value_zero: "36:41", ["Linux value 0 is outside 1..=4095"];
    windows_value_out_of_range: "37:46", ["code `ECONNRESET`, field `windows.value`: Windows value 54 is outside 10000..=11999"];
    windows_symbol_without_wsa: "37:24", ["field `windows.symbol`: symbol `ECONNRESET` is not a Winsock name"];
    linux_symbol_not_errno: "36:22", ["field `linux.symbol`: symbol `WSAECONNRESET` is not an errno name"];
    shared_value_without_alias: "27:42", ["code `EWOULDBLOCK`, field `linux.value`: Linux value 11 is shared by EAGAIN, EWOULDBLOCK", "`alias_of: EAGAIN`"];
    alias_to_missing_code: "27:56", ["field `linux.alias_of`: `alias_of: EAGAINN` names no code"];
    alias_to_itself: "27:56", ["`alias_of: EWOULDBLOCK` names the code itself"];
    alias_to_code_without_platform: "28:64", ["field `windows.alias_of`: alias of `EAGAIN`, which has no Windows value"];
    alias_with_different_value: "27:56", ["alias of `EAGAIN`, whose Linux value is 11, not 12"];
    alias_chain: "45:52", ["code `EAGAIN2`", "alias of `EWOULDBLOCK`, which is itself an alias"];
    too_many_operations: "9:13", ["the operation vocabulary has 33 operations; at most 32 (the C header's operation bit set is 32 bits)"];
    empty_vocabulary: "9:13", ["the operation vocabulary is empty"];
    repeated_vocabulary: "9:34", ["operation `bind` is listed twice"];
    invalid_vocabulary_name: "9:22", ["operation `Bind-It` must be a lower-case identifier"];
    invalid_crate_name: "5:9", ["crate name `test net err` is not a valid Cargo package name"];
    invalid_crate_version: "6:12", ["crate version `one` is not a semantic version"];
    invalid_prefix: "2:9", ["prefix `test-err` must be upper-case"];
    unknown_license: "8:12", ["crate license `apache-2.0` is not one the generator holds the text of (known: `Apache-2.0`;", "); did you mean `Apache-2.0`?"];
    crate_link_not_https: "9:15", ["crate repository: link `http://example.org/test-net-err` does not start with `https://`"];
    site_url_with_query: "10:8", ["site url `https://example.org/site/?v=1` has a query or fragment"];
    missing_summary: "33:11", ["code `ECONNRESET`", "missing field `summary`"];
    empty_summary: "34:14", ["code `ECONNRESET`, field `summary`: summary is empty"];
    summary_too_long: "34:14", ["field `summary`: summary is 66 characters long; at most 60"];
    summary_too_long_for_display: "34:14", ["`ECONNRESET_BY_THE_REMOTE_PEER: <summary>` is 87 characters long; Display writes at most 80"];
    summary_trailing_period: "34:14", ["field `summary`: summary ends with `.`; leave trailing punctuation out"];
    summary_control_character: "34:14", ["field `summary`: summary contains the control character '\\t'"];
    summary_capitalised: "34:14", ["field `summary`: summary starts with `Connection`; start it in lower case, unless it starts with a symbol such as `SO_ERROR`"];
    summary_surrounding_space: "34:14", ["field `summary`: summary starts or ends with a space"];
    missing_references: "33:11", ["code `ECONNRESET`", "missing field `references`"];
    empty_references: "40:17", ["code `ECONNRESET`, field `references`: the list of references is empty"];
    unknown_reference: "40:27", ["field `references.Winsock sned`: unknown reference `Winsock sned`", "did you mean `Winsock send`?"];
    repeated_reference: "40:41", ["field `references.send(2)`: reference `send(2)` is listed twice"];
    no_linux_man_page: "40:17", ["field `references`: Linux reports this code, but no reference is a Linux man page (a link starting with https://man7.org/linux/man-pages/)"];
    no_microsoft_page: "40:17", ["field `references`: Windows reports this code, but no reference is a Microsoft documentation page"];
    reference_not_https: "12:12", ["reference `send(2)`: link `http://man7.org/linux/man-pages/man2/send.2.html` does not start with `https://`"];
    reference_link_with_markup: "13:17", ["reference `Winsock send`: link `https://learn.microsoft.com/", "contains '('; write it %-escaped"];
    reference_link_with_character_reference: "13:17", ["reference `Winsock send`: link `https://learn.microsoft.com/", "contains the HTML character reference `&amp;`; write the character itself (`&`)"];
    unused_reference: "15:3", ["reference `recv(2)` is listed by no code; remove it or list it"];
    empty_reference_title: "13:7", ["reference title is empty or only whitespace"];
    repeated_reference_title: "13:3", ["references: duplicate entry with key \"send(2)\"; each key may appear once in a mapping"];
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let spec = fixture("invalid/several_problems.yaml");
    let message = reject(&spec);
    let errors: Vec<&str> = message
        .lines()
        .filter(|line| line.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 3, "{message}");
    assert!(
        errors[0].contains("code `EAGAIN`, field `zh`: text is empty"),
        "{message}"
    );
    assert!(
        errors[1].contains("unknown operation `sned`; did you mean `send`?"),
        "{message}"
    );
    assert!(
        errors[2].contains("Windows value 54 is outside"),
        "{message}"
    );
    assert!(message.contains("3 problem(s) in the spec"));
    same_in_every_layout(&spec, &message);
}

#[test]
fn a_missing_spec_is_an_error() {
    let message = reject(&fixture("invalid/does-not-exist.yaml"));
    assert!(message.contains("cannot read the spec"), "{message}");
}

#[test]
fn an_unreadable_spec_is_an_error() {
    // A folder cannot be read as a file, for root too (a chmod 000 file can be).
    let message = reject(&fixture("invalid"));
    assert!(message.contains("cannot read the spec"), "{message}");
}

#[test]
fn every_fixture_has_its_test() {
    let source = include_str!("invalid_specs.rs");
    for entry in fs::read_dir(fixture("invalid")).expect("fixtures") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .replace(".yaml", "");
        assert!(
            source.contains(&format!("    {name}: \"")) || name == "several_problems",
            "no test for {name}"
        );
    }
}

/// `message` (the diagnostics of `spec`) again for each other layout of
/// `spec`: `check` and `gen` exit 2, `gen` creates nothing, and every
/// diagnostic says the same at the moved position.
fn same_in_every_layout(spec: &Path, message: &str) {
    let original = diagnostics(message);
    assert!(!original.is_empty(), "{message}");
    let bytes = fs::read(spec).expect("read the fixture");
    let scratch = tempfile::tempdir().expect("temporary folder");
    for layout in LAYOUTS {
        let (rewritten, moved) = (layout.rewrite)(&bytes);
        let path = scratch.path().join(format!("{}.yaml", layout.name));
        fs::write(&path, &rewritten).expect("write the rewritten spec");
        let out = scratch.path().join(format!("out-{}", layout.name));
        for command in ["check", "gen"] {
            let (status, message) = xtask(&[
                command.as_ref(),
                "--spec".as_ref(),
                path.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ]);
            assert_eq!(
                status,
                Some(2),
                "{} layout, {command}: {message}",
                layout.name
            );
            let expected: Vec<Located> = original
                .iter()
                .map(|d| Located {
                    at: moved(d.at),
                    message: d.message.clone(),
                })
                .collect();
            assert_eq!(
                diagnostics(&message),
                expected,
                "{} layout of {}:\n{}",
                layout.name,
                spec.display(),
                String::from_utf8_lossy(&rewritten)
            );
        }
        assert!(!out.exists(), "{} layout: gen created nothing", layout.name);
    }
}

#[test]
fn the_layouts_really_move_the_entries() {
    let bytes = fs::read(fixture("invalid/several_problems.yaml")).expect("read");
    let text = |layout: usize| {
        let (rewritten, _) = (LAYOUTS[layout].rewrite)(&bytes);
        String::from_utf8(rewritten).expect("UTF-8")
    };
    assert!(
        text(0).contains(
            "\n- name: ECONNRESET\n  summary: connection reset by the peer\n  operations: [sned]\n"
        ),
        "{}",
        text(0)
    );
    assert!(
        text(1).contains("\n  - { name: ECONNRESET, summary: connection reset by the peer, operations: [sned], linux: { symbol: ECONNRESET, value: 104 }, "),
        "{}",
        text(1)
    );
    assert!(text(2).contains("codes:\r\n  - name: EAGAIN\r\n"));
    assert!(text(3).starts_with("\u{feff}# "));
}
