//! The spec's JSON Schema (`generated/schema/net_errors.schema.json`),
//! checked with a JSON Schema validator (the `jsonschema` crate, draft
//! 2020-12): the bundled, minimal and hostile specs and a synthetic one are
//! valid against the schema generated from each; the structural mistakes
//! among the invalid fixtures are rejected at the node they are about; and
//! the bundled spec's first line names the schema by a path that resolves.

use std::fs;
use std::path::Path;

use serde_json::Value;
use xtask::render::schema::SCHEMA_FILE;

mod support;
use support::{fixture, invalid};

/// The spec's YAML as the JSON value an editor validates.
fn yaml_as_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).expect("the spec is readable");
    serde_yaml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn validator(schema_path: &Path) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(schema_path).expect("the schema is readable"))
            .expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

/// Generates from `spec` into a temporary folder and returns the validator
/// of the schema written there (with the folder, which must outlive it).
fn generated_validator(spec: &Path) -> (tempfile::TempDir, jsonschema::Validator) {
    let scratch = tempfile::tempdir().expect("temporary folder");
    support::generate(spec, scratch.path());
    let validator = validator(&scratch.path().join(SCHEMA_FILE));
    (scratch, validator)
}

/// Every error the validator reports, as `instance path: message`.
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|err| format!("{}: {err}", err.instance_path()))
        .collect()
}

#[test]
fn the_bundled_spec_is_valid_against_the_committed_schema() {
    let root = xtask::workspace_root();
    let validator = validator(&root.join("generated").join(SCHEMA_FILE));
    let spec = yaml_as_json(&xtask::default_spec());
    assert_eq!(errors(&validator, &spec), Vec::<String>::new());
}

#[test]
fn the_bundled_specs_first_line_names_the_schema() {
    let spec_path = xtask::default_spec();
    let text = fs::read_to_string(&spec_path).expect("the spec");
    let first = text.lines().next().expect("a first line");
    let relative = first
        .strip_prefix("# yaml-language-server: $schema=")
        .unwrap_or_else(|| panic!("the first line is the language server's modeline: {first}"));
    assert!(
        !relative.starts_with('/') && !relative.contains("://"),
        "{relative}"
    );
    let named = spec_path
        .parent()
        .expect("the spec's folder")
        .join(relative);
    let generated = xtask::workspace_root().join("generated").join(SCHEMA_FILE);
    assert_eq!(
        fs::canonicalize(&named).expect("the named schema exists"),
        fs::canonicalize(&generated).expect("the generated schema exists")
    );
}

#[test]
fn valid_specs_are_valid_against_their_own_schema() {
    let synthetic = tempfile::tempdir().expect("temporary folder");
    let synthetic_spec = synthetic.path().join("synthetic.yaml");
    fs::write(&synthetic_spec, xtask::synth::spec(300)).expect("write the synthetic spec");
    for spec in [
        xtask::default_spec(),
        fixture("minimal.yaml"),
        fixture("hostile.yaml"),
        synthetic_spec,
    ] {
        let (_scratch, validator) = generated_validator(&spec);
        assert_eq!(
            errors(&validator, &yaml_as_json(&spec)),
            Vec::<String>::new(),
            "{}",
            spec.display()
        );
    }
}

/// The structural mistakes: each invalid case (`support/invalid.rs`) the
/// schema must reject, and the node its first error is about (a JSON pointer
/// into the spec).
const REJECTED: &[(&str, &str)] = &[
    // The four kinds the schema exists for.
    ("unknown_field", "/codes/2"),
    ("missing_field", "/codes/2/en"),
    ("wrong_type", "/codes/2/linux/value"),
    ("unknown_operation", "/codes/2/operations/0"),
    // And what else a schema can say.
    ("empty", ""),
    ("empty_operation_list", "/codes/2/operations"),
    ("empty_reference_title", "/references"),
    ("empty_references", "/codes/2/references"),
    ("empty_summary", "/codes/2/summary"),
    ("empty_text", "/codes/2/zh"),
    ("empty_vocabulary", "/operations"),
    ("invalid_prefix", "/prefix"),
    ("invalid_vocabulary_name", "/operations/1"),
    ("linux_symbol_not_errno", "/codes/2/linux/symbol"),
    ("linux_value_out_of_range", "/codes/2/linux/value"),
    ("linux_value_zero", "/codes/2/linux/value"),
    ("missing_references", "/codes/2"),
    ("missing_summary", "/codes/2"),
    ("name_is_a_keyword", "/codes/2/name"),
    ("name_not_upper_identifier", "/codes/2/name"),
    ("no_platform", "/codes/2"),
    ("only_comments", ""),
    ("reference_not_https", "/references/send(2)"),
    ("repeated_operation", "/codes/2/operations"),
    ("repeated_reference", "/codes/2/references"),
    ("repeated_vocabulary", "/operations"),
    ("several_problems", "/codes/2/operations/0"),
    ("too_many_operations", "/operations"),
    ("top_level_not_a_mapping", ""),
    ("unknown_reference", "/codes/2/references/1"),
    ("windows_symbol_without_wsa", "/codes/2/windows/symbol"),
    ("windows_value_out_of_range", "/codes/2/windows/value"),
    ("missing_chinese_explanation", "/codes/2"),
    ("missing_message", "/codes/2/linux"),
];

#[test]
fn structural_mistakes_are_rejected_by_the_schema_too() {
    // The cases are the minimal spec with one mistake each: its schema is theirs.
    let (_scratch, validator) = generated_validator(&fixture("minimal.yaml"));
    let cases = invalid::cases();
    for (listed, _) in REJECTED {
        assert!(
            cases.iter().any(|case| case.name == *listed),
            "{listed} is an invalid case"
        );
    }
    let mut accepted = Vec::new();
    for case in cases {
        let name = case.name.to_string();
        let Some(instance) = String::from_utf8(case.bytes())
            .ok()
            .and_then(|text| serde_yaml::from_str::<Value>(&text).ok())
        else {
            continue; // not YAML at all: no schema sees it
        };
        let found = errors(&validator, &instance);
        match REJECTED.iter().find(|(fixture, _)| *fixture == name) {
            Some((_, at)) => {
                assert!(!found.is_empty(), "{name} is rejected by the schema");
                assert!(
                    found
                        .iter()
                        .any(|error| error.starts_with(&format!("{at}: "))),
                    "{name}: an error at {at:?}, got {found:#?}"
                );
            }
            None => {
                if found.is_empty() {
                    accepted.push(name);
                } else {
                    panic!("{name} is rejected by the schema but not listed: {found:#?}");
                }
            }
        }
    }
    accepted.sort();
    // What is left is the generator's alone (shared values, aliases, style, …).
    eprintln!("left to `cargo xtask check`: {accepted:?}");
    assert!(accepted.contains(&"shared_value_without_alias".to_string()));
    assert!(accepted.contains(&"alias_to_missing_code".to_string()));
}
