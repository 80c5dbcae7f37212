//! The JSON Schema (draft 2020-12) of the spec, for editors that check and
//! complete YAML against one (the YAML language server reads it from the
//! spec's first line). The shape and the field descriptions come from the
//! serde model (`spec.rs`, through schemars) so the two cannot disagree; the
//! catalogue adds what this spec declares (its operation and reference
//! names) and `platform.rs` each platform's symbol spelling and value range.
//!
//! Only keywords draft-07 also knows are used (besides `$defs`, which
//! references reach by JSON pointer), so editors with an older validator
//! read it the same; no keyword sits beside a `$ref`, which draft-07 ignores.

use std::collections::BTreeSet;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::catalogue::Catalogue;
use crate::generated_names;
use crate::platform::Platform;
use crate::render::banner::header_sentence;
use crate::spec::Spec;

/// Where the schema is written, relative to the output folder; the bundled
/// spec's first line names it relative to itself.
pub const SCHEMA_FILE: &str = "schema/net_errors.schema.json";

/// What only the generator checks, appended to the model's description.
const GENERATOR_ONLY: &str = "This schema checks the spec's shape: its fields and their types, \
the operation and reference names this spec declares, the spelling of names and symbols, and \
each platform's value range. `cargo xtask check` checks what a schema cannot express: values \
two codes share and their `alias_of`, strings that would name two codes, the style of \
summaries, reference links, the names the generated code reserves, and the limits of the C \
header. The schema is written by `cargo xtask gen` from the spec itself: after adding an \
operation or a reference, run it before the editor accepts the new name.";

/// Upper-case identifiers: names and the prefix (`ECONNRESET`, `WMKC_NET_ERR_`).
const UPPER_IDENTIFIER: &str = "^[A-Z][A-Z0-9_]*$";
/// Operation names: lower-case, digits, single `_` between parts.
const OPERATION_NAME: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

/// `(path relative to the output folder, contents)`.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> (String, String) {
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Spec>();
    let mut root = schema.to_value();
    refine(&mut root, catalogue);
    root["$comment"] = Value::String(header_sentence(spec_label));
    (SCHEMA_FILE.to_string(), print(&sorted(root)))
}

/// Adds to the model's shape what the catalogue and the platforms know.
fn refine(root: &mut Value, catalogue: &Catalogue) {
    let description = root["description"].as_str().unwrap_or_default().to_string();
    root["title"] = json!(format!("{} spec", catalogue.krate.name));
    root["description"] = json!(format!("{description}\n\n{GENERATOR_ONLY}"));

    let top = &mut root["properties"];
    top["prefix"]["pattern"] = json!(UPPER_IDENTIFIER);
    let vocabulary = &mut top["operations"];
    vocabulary["items"]["pattern"] = json!(OPERATION_NAME);
    vocabulary["minItems"] = json!(1);
    vocabulary["maxItems"] = json!(generated_names::c::MAX_OPERATIONS);
    vocabulary["uniqueItems"] = json!(true);
    top["references"]["additionalProperties"]["pattern"] = json!("^https://");
    top["references"]["propertyNames"] = json!({ "minLength": 1 });

    let operations: Vec<&str> = catalogue
        .operations
        .iter()
        .map(|op| op.name.as_str())
        .collect();
    // Every reference is listed by some code (`check` refuses unused ones).
    let titles: BTreeSet<&str> = catalogue
        .codes
        .iter()
        .flat_map(|code| code.references.iter().map(|r| r.title.as_str()))
        .collect();

    let defs = &mut root["$defs"];
    let native = defs
        .as_object_mut()
        .and_then(|defs| defs.remove("NativeSpec"))
        .unwrap_or_default();
    let fields = &mut defs["CodeSpec"]["properties"];
    fields["name"]["pattern"] = json!(UPPER_IDENTIFIER);
    for text in ["summary", "zh"] {
        fields[text]["minLength"] = json!(1);
    }

    let titles: Vec<&str> = titles.into_iter().collect();
    for (list, names) in [("operations", &operations), ("references", &titles)] {
        fields[list]["items"] = json!({ "enum": names });
        fields[list]["minItems"] = json!(1);
        fields[list]["uniqueItems"] = json!(true);
    }
    let mut platform_keys = Vec::new();
    for platform in Platform::ALL {
        let facts = platform.facts();
        // Inline, not a `$ref` in an `anyOf` with null: a validator then
        // names the wrong field itself rather than "no alternative matched".
        let mut own = native.clone();
        own["type"] = json!(["object", "null"]);
        own["description"] = json!(format!(
            "{} The symbol is {}, the value from {} to {}.",
            defs["CodeSpec"]["properties"][facts.key]["description"]
                .as_str()
                .unwrap_or_default(),
            facts.symbol_kind,
            facts.values.start(),
            facts.values.end()
        ));
        own["properties"]["symbol"]["pattern"] =
            json!(format!("^{}[A-Z0-9_]*$", facts.symbol_prefix));
        own["properties"]["value"]["minimum"] = json!(facts.values.start());
        own["properties"]["value"]["maximum"] = json!(facts.values.end());
        defs["CodeSpec"]["properties"][facts.key] = own;
        platform_keys.push(json!({ "required": [facts.key] }));
    }
    // At least one platform reports each code.
    defs["CodeSpec"]["anyOf"] = Value::Array(platform_keys);
    for part in ["happened", "linux", "windows", "advice"] {
        defs["ExplanationSpec"]["properties"][part]["minLength"] = json!(1);
    }
}

/// The same value with every object's keys in sorted order, whatever order
/// serde_json's map keeps (it depends on a feature another crate may turn on).
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted(v)))
                    .collect::<Map<_, _>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// Two-space JSON with the `$comment` (the generated header, which sorts
/// first) on the first line, where the writer looks for the marker.
fn print(root: &Value) -> String {
    let pretty = serde_json::to_string_pretty(root).unwrap_or_default();
    let joined = match pretty.strip_prefix("{\n  \"$comment\"") {
        Some(rest) => format!("{{ \"$comment\"{rest}"),
        None => pretty,
    };
    format!("{joined}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_on_the_first_line_and_the_json_parses() {
        let catalogue = crate::test_support::bundled_catalogue();
        let (path, text) = render(&catalogue, "spec/net_errors.yaml");
        assert_eq!(path, SCHEMA_FILE);
        let first = text.lines().next().expect("a first line");
        assert!(first.starts_with("{ \"$comment\": \"@generated"), "{first}");
        let value: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(
            value["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn every_field_has_a_description() {
        let catalogue = crate::test_support::bundled_catalogue();
        let (_, text) = render(&catalogue, "spec/net_errors.yaml");
        let value: Value = serde_json::from_str(&text).expect("valid JSON");
        let mut objects = vec![("(root)".to_string(), &value)];
        for (name, def) in value["$defs"].as_object().expect("$defs") {
            objects.push((name.clone(), def));
        }
        for (owner, object) in objects {
            assert!(object["description"].is_string(), "{owner}");
            for (field, schema) in object["properties"].as_object().expect("properties") {
                let text = schema["description"].as_str().unwrap_or_default();
                assert!(!text.trim().is_empty(), "{owner}.{field} has a description");
            }
        }
        // No keyword beside a `$ref` (draft-07 validators ignore them).
        fn check(value: &Value) {
            match value {
                Value::Object(map) => {
                    if map.contains_key("$ref") {
                        assert!(
                            map.keys().all(|k| k == "$ref" || k == "description"),
                            "{map:?}"
                        );
                    }
                    map.values().for_each(check);
                }
                Value::Array(items) => items.iter().for_each(check),
                _ => {}
            }
        }
        check(&value);
    }

    #[test]
    fn sorting_keys_is_the_same_whatever_the_insertion_order() {
        let a = sorted(json!({ "b": { "y": 1, "x": [ { "q": 1, "p": 2 } ] }, "a": 0 }));
        assert_eq!(
            serde_json::to_string(&a).expect("JSON"),
            r#"{"a":0,"b":{"x":[{"p":2,"q":1}],"y":1}}"#
        );
    }
}
