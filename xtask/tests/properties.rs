//! No input makes the generator panic: arbitrary bytes and arbitrary
//! spec-shaped YAML go through the reader, the validator and the renderers,
//! and come back as an error or as output.
//!
//! `cargo test` runs 100 cases per property (a modest count, for the edit
//! loop); `cargo xtask prove` runs them again at 2,000. For a longer run:
//! `PROPTEST_CASES=1000000 cargo test --release -p xtask --test properties`.

use std::path::Path;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_yaml::{Mapping, Value};
use xtask::positions::{Document, Segment};
use xtask::render::{banner, render_all, text::escape_markdown};
use xtask::spec;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    // Zero cases would pass every property without trying one.
    assert!(
        cases > 0,
        "PROPTEST_CASES=0 would run no case; set at least 1"
    );
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The whole pipeline on one input: read, check, resolve, render. Returns
/// whether it was valid. Every problem must point at a character of the
/// text (or just after a line's end), and a problem that names a code must
/// point inside an entry of that code.
fn pipeline(bytes: Vec<u8>) -> bool {
    let path = Path::new("fuzz.yaml");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let problems = match spec::from_bytes(path, bytes) {
        Err(problem) => vec![problem],
        Ok(source) => match xtask::pipeline::check_and_resolve(&source) {
            Ok(catalogue) => {
                let files = render_all(&catalogue, "fuzz.yaml");
                // The writer will know every file for its own by its first line.
                assert!(files.iter().all(|file| {
                    let first_line = file.contents.lines().next().unwrap_or_default();
                    banner::is_header_line(first_line, banner::GEN)
                }));
                return true;
            }
            Err(problems) => problems,
        },
    };
    assert!(!problems.is_empty());
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // Lines as YAML 1.2 and editors count them: a break is CR, LF or CRLF.
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.split('\n').collect();
    for problem in &problems {
        let line = lines
            .get(problem.line - 1)
            .unwrap_or_else(|| panic!("{problem}: no such line"));
        assert!(
            problem.column >= 1 && problem.column <= line.chars().count() + 1,
            "{problem}: no such column in {line:?}"
        );
        if let Some(name) = named_code(&problem.message) {
            let entries = entries_of(&lines, name);
            assert!(
                entries.is_empty() || entries.iter().any(|range| range.contains(&problem.line)),
                "{problem}: not inside an entry of `{name}` ({entries:?})"
            );
        }
    }
    false
}

/// The code a check message names: `code `EFOO`, field …`.
fn named_code(message: &str) -> Option<&str> {
    message.strip_prefix("code `")?.split('`').next()
}

/// The line ranges (1-based) of the entries of `codes` written `- name: NAME`
/// as serde_yaml writes them; empty when the layout is another.
fn entries_of(lines: &[&str], name: &str) -> Vec<std::ops::RangeInclusive<usize>> {
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with("- name:"))
        .map(|(index, _)| index + 1)
        .collect();
    starts
        .iter()
        .enumerate()
        .filter(|&(_, &start)| lines[start - 1].trim_start() == format!("- name: {name}"))
        .map(|(index, &start)| {
            let end = starts.get(index + 1).map_or(lines.len(), |next| next - 1);
            start..=end
        })
        .collect()
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["accept", "bind", "send", "recv", "sned", "close", "", "Bind", "a_b", "self", "ALL"])
            .prop_map(str::to_string),
        3 => "[A-Z][A-Z0-9_]{0,8}",
        2 => "[a-z_]{0,8}",
        1 => any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => any::<String>().prop_map(Value::String),
        2 => "[ -~\\t\\n中文，。“”|<>`*_#-]{0,40}".prop_map(Value::String),
        1 => any::<i64>().prop_map(|n| Value::Number(n.into())),
        1 => Just(Value::Null),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => (-5i64..5000).prop_map(|n| Value::Number(n.into())),
        4 => (9990i64..12010).prop_map(|n| Value::Number(n.into())),
        2 => any::<i64>().prop_map(|n| Value::Number(n.into())),
        1 => any::<f64>().prop_map(|n| Value::Number(n.into())),
        1 => word().prop_map(Value::String),
    ]
}

/// A mapping holding some of `fields`, sometimes with a stray key.
fn mapping(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> impl Strategy<Value = Value> {
    let entries: Vec<_> = fields
        .into_iter()
        .map(|(key, value)| {
            prop::option::weighted(0.9, value).prop_map(move |v| v.map(|v| (key, v)))
        })
        .collect();
    (entries, prop::option::weighted(0.1, (word(), text()))).prop_map(|(entries, stray)| {
        let mut map = Mapping::new();
        for (key, value) in entries.into_iter().flatten() {
            map.insert(Value::String(key.to_string()), value);
        }
        if let Some((key, value)) = stray {
            map.insert(Value::String(key), value);
        }
        Value::Mapping(map)
    })
}

fn words(max: usize) -> BoxedStrategy<Value> {
    prop::collection::vec(word().prop_map(Value::String), 0..max)
        .prop_map(Value::Sequence)
        .boxed()
}

fn native() -> BoxedStrategy<Value> {
    mapping(vec![
        ("symbol", word().prop_map(Value::String).boxed()),
        ("value", number().boxed()),
        ("alias_of", word().prop_map(Value::String).boxed()),
        ("message", text().boxed()),
        ("message_zh", text().boxed()),
    ])
    .boxed()
}

fn explanation() -> BoxedStrategy<Value> {
    mapping(vec![
        ("happened", text().boxed()),
        ("linux", text().boxed()),
        ("windows", text().boxed()),
        ("advice", text().boxed()),
    ])
    .boxed()
}

fn code() -> BoxedStrategy<Value> {
    mapping(vec![
        ("name", word().prop_map(Value::String).boxed()),
        ("summary", text().boxed()),
        ("operations", words(5)),
        ("linux", native()),
        ("windows", native()),
        ("zh", text().boxed()),
        ("en", explanation()),
        ("zh_explanation", explanation()),
        ("references", words(3)),
    ])
    .boxed()
}

fn spec_shaped() -> impl Strategy<Value = Value> {
    mapping(vec![
        ("prefix", word().prop_map(Value::String).boxed()),
        (
            "crate",
            mapping(vec![
                ("name", word().prop_map(Value::String).boxed()),
                (
                    "version",
                    prop_oneof![Just("1.0.0".to_string()), "[0-9.a-z+-]{0,8}"]
                        .prop_map(Value::String)
                        .boxed(),
                ),
                ("description", text().boxed()),
                (
                    "license",
                    prop_oneof![Just("Apache-2.0".to_string()), "[ -~]{0,12}"]
                        .prop_map(Value::String)
                        .boxed(),
                ),
                (
                    "repository",
                    prop_oneof![
                        text(),
                        "https://[a-z.]{0,12}/[ -~]{0,20}".prop_map(Value::String)
                    ]
                    .boxed(),
                ),
            ])
            .boxed(),
        ),
        (
            "site",
            mapping(vec![(
                "url",
                prop_oneof![
                    text(),
                    "https://[a-z.]{0,12}/[ -~]{0,20}".prop_map(Value::String)
                ]
                .boxed(),
            )])
            .boxed(),
        ),
        ("operations", words(8)),
        (
            "message_sources",
            mapping(vec![
                (
                    "linux",
                    mapping(vec![("en", text().boxed()), ("zh", text().boxed())]).boxed(),
                ),
                ("windows", mapping(vec![("en", text().boxed())]).boxed()),
            ])
            .boxed(),
        ),
        (
            "references",
            prop::collection::btree_map(
                word(),
                prop_oneof![
                    text(),
                    "https://[a-z.]{0,12}/[ -~]{0,20}".prop_map(Value::String)
                ],
                0..4,
            )
            .prop_map(|map| {
                Value::Mapping(
                    map.into_iter()
                        .map(|(k, v)| (Value::String(k), v))
                        .collect(),
                )
            })
            .boxed(),
        ),
        (
            "codes",
            prop::collection::vec(code(), 0..6)
                .prop_map(Value::Sequence)
                .boxed(),
        ),
    ])
}

/// Specs that are valid more often than not, so the renderers see random data.
fn plausible_spec() -> impl Strategy<Value = String> {
    let code = (
        "E[A-Z]{1,6}",
        prop::sample::subsequence(vec!["accept", "bind", "send"], 1..=3),
        prop::option::of(1i64..200),
        prop::option::of(10000i64..10100),
        "[A-Za-z][ -~]{0,40}",
        "\\PC{1,40}(\n\\PC{1,20})?",
        "[a-z][a-z0-9 ]{0,40}[a-z0-9]",
        "[一-龥]\\PC{0,30}",
        "[ -~]{1,30}",
    );
    prop::collection::vec(code, 1..6).prop_map(|codes| {
        let mut list = Vec::new();
        for (name, operations, linux, windows, en, zh, summary, zh_explanation, message) in codes {
            let mut map = Mapping::new();
            let put = |map: &mut Mapping, key: &str, value: Value| map.insert(Value::String(key.to_string()), value);
            put(&mut map, "name", Value::String(name.clone()));
            put(&mut map, "summary", Value::String(summary));
            put(&mut map, "operations", Value::Sequence(operations.iter().map(|op| Value::String(op.to_string())).collect()));
            for (key, symbol, value) in [("linux", name.clone(), linux), ("windows", format!("WSA{name}"), windows)] {
                if let Some(value) = value {
                    let mut native = Mapping::new();
                    put(&mut native, "symbol", Value::String(symbol));
                    put(&mut native, "value", Value::Number(value.into()));
                    put(&mut native, "message", Value::String(message.trim().to_string() + "."));
                    put(&mut map, key, Value::Mapping(native));
                }
            }
            put(&mut map, "zh", Value::String(zh));
            // Each reported platform's causes name it, as when both report the code.
            for (key, text) in [("en", en), ("zh_explanation", zh_explanation)] {
                let mut parts = Mapping::new();
                put(&mut parts, "happened", Value::String(text.clone()));
                for (platform, name, value) in [("linux", "Linux", linux), ("windows", "Windows", windows)] {
                    if value.is_some() {
                        put(&mut parts, platform, Value::String(format!("{name} {text}")));
                    }
                }
                put(&mut parts, "advice", Value::String(text));
                put(&mut map, key, Value::Mapping(parts));
            }
            put(&mut map, "references", Value::Sequence(vec![Value::String("send(2)".into()), Value::String("Winsock send".into())]));
            list.push(Value::Mapping(map));
        }
        let codes = serde_yaml::to_string(&Value::Sequence(list)).expect("serialises");
        let indented: String = codes.lines().map(|line| format!("  {line}\n")).collect();
        format!("prefix: P_\ncrate:\n  name: p\n  version: 1.0.0\n  description: d\n  license: Apache-2.0\noperations: [accept, bind, send]\nreferences:\n  send(2): https://man7.org/linux/man-pages/man2/send.2.html\n  Winsock send: https://learn.microsoft.com/en-us/windows/win32/api/winsock2/nf-winsock2-send\nmessage_sources:\n  linux: {{ en: glibc }}\n  windows: {{ en: Windows }}\ncodes:\n{indented}")
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn plausible_specs_render_or_are_refused(text in plausible_spec()) {
        pipeline(text.into_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        pipeline(bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[ -~\\n\\t:\\-\\[\\]{}#|\"'中]{0,300}") {
        pipeline(text.into_bytes());
    }

    #[test]
    fn spec_shaped_yaml_never_panics(value in spec_shaped()) {
        let text = serde_yaml::to_string(&value).expect("a YAML value serialises");
        pipeline(text.into_bytes());
    }

    #[test]
    fn positions_of_any_path_in_any_text_are_in_the_text(text in any::<String>(), path in prop::collection::vec(prop_oneof![word().prop_map(Segment::Key), (0usize..4).prop_map(Segment::Index)], 0..4)) {
        let position = Document::parse(&text).ok().and_then(|document| document.position(&path));
        if let Some(at) = position {
            let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split(['\n', '\r']).collect();
            prop_assert!(at.line >= 1 && at.line <= lines.len(), "{at:?}");
            prop_assert!(at.column >= 1, "{at:?}");
        }
    }

    #[test]
    fn escaped_text_is_one_line_of_plain_text(text in any::<String>()) {
        let escaped = escape_markdown(&text);
        prop_assert!(!escaped.contains('\n') && !escaped.contains('<') && !escaped.contains('\t'));
        let mut backslashes = 0;
        for c in escaped.chars() {
            if c == '|' || c == '`' {
                prop_assert!(backslashes % 2 == 1, "unescaped {c:?} in {escaped:?}");
            }
            backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        }
    }
}

/// The properties are not vacuous: the bundled spec and most plausible specs
/// are valid, so the renderers run on random data.
#[test]
fn valid_specs_come_through() {
    let text = std::fs::read(xtask::default_spec()).expect("the bundled spec");
    assert!(pipeline(text));
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = plausible_spec();
    let valid = (0..200)
        .filter(|_| {
            pipeline(
                strategy
                    .new_tree(&mut runner)
                    .expect("a value")
                    .current()
                    .into_bytes(),
            )
        })
        .count();
    assert!(
        valid >= 50,
        "only {valid} of 200 plausible specs were valid"
    );
}
