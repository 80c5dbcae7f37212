//! Every kind of spec mistake, one case each in `support/invalid.rs` (the
//! minimal spec with a small patch): `gen` and `check` exit 2 with
//! `PATH:LINE:COLUMN: error: …` naming the code and field, and the output
//! folder keeps the same bytes and mtimes. The whole of `check`'s message is
//! a reviewed snapshot, `snapshots/invalid_specs__NAME.snap` (insta): a
//! position or wording that changes fails the test until the snapshot is
//! reviewed (`cargo insta review`, or `INSTA_UPDATE=always` and `git diff`).
//!
//! Each case is also rewritten in four other layouts of the same content
//! (block sequences not indented under their key, flow-style code entries,
//! CRLF line endings, a UTF-8 byte order mark): the diagnostics must be the
//! same, each at the place the rewrite moved the original position to.

use std::fs;
use std::path::Path;

mod support;
use support::invalid;
use support::layout::{LAYOUTS, Located, diagnostics};
use support::{XTASK, fixture, snapshot};

/// Runs `gen` and `check` on an invalid spec against a tree generated from
/// the valid minimal spec: both exit 2, say the same, end with "nothing was
/// written." and leave the tree as it was. Returns the message.
fn reject(spec: &Path) -> String {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("out");
    let generated = XTASK.on("gen", &fixture("minimal.yaml"), &out);
    assert_eq!(
        generated.status.code(),
        Some(0),
        "the minimal spec is valid: {}",
        String::from_utf8_lossy(&generated.stderr)
    );
    let before = snapshot(&out);
    let mut messages = Vec::new();
    for command in ["gen", "check"] {
        let output = XTASK.on(command, spec, &out);
        let message = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{command} exits 2: {message}"
        );
        assert!(message.ends_with("nothing was written.\n"), "{message}");
        assert_eq!(
            snapshot(&out),
            before,
            "{command} left the output folder as it was"
        );
        messages.push(message);
    }
    assert_eq!(messages[0], messages[1], "gen and check say the same");
    messages.pop().expect("check's message")
}

/// `message` with `path` written as `shown`, so that a snapshot holds no
/// temporary folder.
fn normalised(message: &str, path: &Path, shown: &str) -> String {
    message.replace(&path.display().to_string(), shown)
}

/// Rejects the case `name` in every layout and compares `check`'s message
/// with its snapshot.
fn rejected(name: &str) {
    let case = invalid::case(name);
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = case.write_in(scratch.path());
    let message = reject(&spec);
    same_in_every_layout(&case.bytes(), &message);
    let shown = format!("{name}.yaml");
    insta::with_settings!({
        description => case.describe(),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, normalised(&message, &spec, &shown));
    });
}

/// A test per case, and the list of the names tested.
macro_rules! invalid {
    ($($name:ident),* $(,)?) => {
        const TESTED: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                rejected(stringify!($name));
            }
        )*
    };
}

invalid! {
    malformed_yaml,
    top_level_not_a_mapping,
    empty,
    only_comments,
    not_utf8,
    unknown_field,
    missing_field,
    wrong_type,
    empty_text,
    whitespace_text,
    text_too_long_for_c,
    bidi_control_in_text,
    bidi_control_in_comment,
    nul_byte,
    bare_link_in_text,
    bare_link_in_summary,
    bare_link_in_description,
    control_character,
    unknown_operation,
    repeated_operation,
    empty_operation_list,
    repeated_name,
    name_not_upper_identifier,
    // An upper-case identifier is never a Rust keyword; a keyword fails the same rule.
    name_is_a_keyword,
    name_collides_with_generated_item,
    name_collides_with_c_guard,
    name_collides_with_c_operation,
    name_collides_with_a_symbol,
    full_name_is_an_errno_name,
    full_name_is_a_winsock_name,
    full_name_is_a_c_standard_name,
    crate_name_is_a_std_crate,
    crate_name_is_a_keyword,
    crate_name_reserved_by_cargo,
    crate_name_is_a_windows_device,
    no_platform,
    linux_value_out_of_range,
    linux_value_zero,
    windows_value_out_of_range,
    windows_symbol_without_wsa,
    linux_symbol_not_errno,
    shared_value_without_alias,
    alias_to_missing_code,
    alias_to_itself,
    alias_to_code_without_platform,
    alias_with_different_value,
    alias_chain,
    too_many_operations,
    empty_vocabulary,
    repeated_vocabulary,
    invalid_vocabulary_name,
    invalid_crate_name,
    invalid_crate_version,
    invalid_prefix,
    unknown_license,
    crate_link_not_https,
    site_url_with_query,
    missing_summary,
    empty_summary,
    summary_too_long,
    summary_too_long_for_display,
    summary_trailing_period,
    summary_control_character,
    summary_capitalised,
    summary_surrounding_space,
    missing_references,
    empty_references,
    unknown_reference,
    repeated_reference,
    no_linux_man_page,
    no_microsoft_page,
    reference_not_https,
    reference_link_with_markup,
    reference_link_with_character_reference,
    unused_reference,
    empty_reference_title,
    repeated_reference_title,
    several_problems,
    explanation_missing_platform_part,
    explanation_part_for_unreported_platform,
    explanation_part_without_its_platform,
    explanation_part_of_two_paragraphs,
    english_explanation_in_chinese,
    chinese_explanation_in_english,
    missing_chinese_explanation,
    message_of_two_lines,
    chinese_message_in_english,
    missing_message,
    missing_message_source,
    chinese_messages_without_a_source,
    message_source_without_messages,
    alias_with_another_message,
    std_errc_unknown,
    std_errc_of_another_name,
    std_errc_missing,
    std_errc_where_cxx_has_none,
    std_errc_twice,
    enumerator_is_a_cxx_keyword,
    enumerator_is_a_windows_macro,
    prefix_namespace_is_a_cxx_keyword,
    prefix_namespace_starts_with_a_digit,
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = invalid::case("several_problems").write_in(scratch.path());
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
}

#[test]
fn a_missing_spec_is_an_error() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("does-not-exist.yaml");
    let message = reject(&spec);
    assert!(message.contains("cannot read the spec"), "{message}");
    insta::assert_snapshot!(normalised(&message, &spec, "does-not-exist.yaml"));
}

#[test]
fn an_unreadable_spec_is_an_error() {
    // A folder cannot be read as a file, for root too (a chmod 000 file can be).
    let scratch = tempfile::tempdir().expect("temporary folder");
    let message = reject(scratch.path());
    assert!(message.contains("cannot read the spec"), "{message}");
    insta::assert_snapshot!(normalised(&message, scratch.path(), "a-folder"));
}

#[test]
fn every_case_has_its_test_and_no_snapshot_is_left_over() {
    let mut cases: Vec<&str> = invalid::cases().iter().map(|case| case.name).collect();
    cases.sort_unstable();
    let mut tested = TESTED.to_vec();
    tested.sort_unstable();
    assert_eq!(tested, cases, "one test per case, and no other");
    // No snapshot outlives its test: a removed case takes its snapshot along.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for entry in fs::read_dir(&folder).expect("the snapshots") {
        let file = entry.expect("a snapshot").file_name();
        let file = file.to_string_lossy();
        let Some(name) = file
            .strip_prefix("invalid_specs__")
            .and_then(|rest| rest.strip_suffix(".snap"))
        else {
            continue;
        };
        assert!(
            tested.contains(&name)
                || [
                    "a_missing_spec_is_an_error",
                    "an_unreadable_spec_is_an_error"
                ]
                .contains(&name),
            "{file} has no test"
        );
    }
}

#[test]
fn every_patch_changes_the_base() {
    let base = fs::read(fixture("minimal.yaml")).expect("the base");
    for case in invalid::cases() {
        assert_ne!(case.bytes(), base, "{} is the base itself", case.name);
    }
}

/// `message` (the diagnostics of the spec `bytes`) again for each other
/// layout of `bytes`: `check` and `gen` exit 2, `gen` creates nothing, and
/// every diagnostic says the same at the moved position.
fn same_in_every_layout(bytes: &[u8], message: &str) {
    let original = diagnostics(message);
    assert!(!original.is_empty(), "{message}");
    let scratch = tempfile::tempdir().expect("temporary folder");
    for layout in LAYOUTS {
        let (rewritten, moved) = (layout.rewrite)(bytes);
        let path = scratch.path().join(format!("{}.yaml", layout.name));
        fs::write(&path, &rewritten).expect("write the rewritten spec");
        let out = scratch.path().join(format!("out-{}", layout.name));
        for command in ["check", "gen"] {
            let output = XTASK.on(command, &path, &out);
            let message = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
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
                "{} layout:\n{}",
                layout.name,
                String::from_utf8_lossy(&rewritten)
            );
        }
        assert!(!out.exists(), "{} layout: gen created nothing", layout.name);
    }
}

#[test]
fn the_layouts_really_move_the_entries() {
    let bytes = invalid::case("several_problems").bytes();
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
        text(1).contains("\n  - { name: ECONNRESET, summary: connection reset by the peer, operations: [sned], linux: { message: m, symbol: ECONNRESET, value: 104 }, "),
        "{}",
        text(1)
    );
    assert!(text(2).contains("codes:\r\n  - name: EAGAIN\r\n"));
    assert!(text(3).starts_with("\u{feff}# "));
}
