//! Hostile text is only text: a spec whose texts hold quotes, backslashes,
//! comment markers, braces, pipes, HTML, backticks, tabs and Chinese
//! punctuation generates a crate that compiles and returns exactly those
//! strings, and docs whose tables keep their columns and hold no raw HTML.

use std::fs;
use std::path::Path;

mod support;

fn hostile_spec() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.yaml")
}

fn generate(out: &Path) {
    support::generate(&hostile_spec(), out);
}

/// Unescaped `|` in a Markdown table row: its column separators.
fn separators(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

#[test]
fn hostile_docs_keep_their_tables_and_hold_no_html() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    generate(scratch.path());
    for language in ["en", "zh"] {
        let doc = fs::read_to_string(
            scratch
                .path()
                .join(format!("docs/net-errors.{language}.md")),
        )
        .expect("doc");
        let mut lines = doc.lines();
        assert!(
            lines
                .next()
                .is_some_and(|header| header.starts_with("<!-- @generated"))
        );
        for line in lines {
            assert!(!line.contains('<'), "raw HTML in {language} doc: {line}");
            // English adds a summary column to the code, platforms and operations.
            let columns = if language == "en" { 5 } else { 4 };
            if line.starts_with('|') {
                assert_eq!(
                    separators(line),
                    columns + 1,
                    "a table row keeps {columns} columns: {line}"
                );
            }
            assert!(
                !line.starts_with("- looks like"),
                "a text became a list item: {line}"
            );
            assert!(
                !line.starts_with("# not") && !line.starts_with("> not"),
                "a text became markup: {line}"
            );
        }
        for code in [
            "HOSTILE_EQUOTE",
            "HOSTILE_ECOMMENT",
            "HOSTILE_EMARKUP",
            "HOSTILE_ETABS",
        ] {
            assert!(
                doc.contains(&format!("##### {code} - [")),
                "{code} has its entry"
            );
        }
    }
}

#[test]
fn hostile_crate_compiles_and_returns_the_exact_texts() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("out");
    generate(&out);

    let text = fs::read_to_string(hostile_spec()).expect("spec");
    // The spec as the oracle reads it, apart from the generator.
    let spec = test_support::oracle::spec_from(&text);
    // A test crate beside the generated one; `{:?}` of a str is a valid Rust literal.
    let mut checks = String::new();
    for code in &spec.codes {
        checks.push_str(&format!(
            "    assert_eq!(NetError::{name}.summary(), {summary:?});\n    assert_eq!(NetError::{name}.en(), {en:?});\n    assert_eq!(NetError::{name}.zh(), {zh:?});\n    assert_eq!(NetError::{name}.zh_explanation(), {zh_explanation:?});\n    assert_eq!(NetError::{name}.en_parts().happened, {happened:?});\n    assert_eq!(NetError::{name}.errno_message(), {errno_message:?});\n    assert_eq!(NetError::{name}.wsa_message(), {wsa_message:?});\n    assert_eq!(NetError::{name}.to_string(), format!(\"{name}: {{}}\", {summary:?}));\n    assert_eq!(format!(\"{{:#}}\", NetError::{name}), format!(\"{name}: {{}}\\n{{}}\", {summary:?}, {en:?}));\n",
            name = code.name,
            summary = code.summary,
            en = code.en,
            zh = code.zh,
            zh_explanation = code.zh_explanation,
            happened = code.en_parts.happened,
            errno_message = code.messages.linux,
            wsa_message = code.messages.windows,
        ));
        // The spec names a site: each code knows its two pages there.
        for language in ["en", "zh"] {
            checks.push_str(&format!(
                "    assert_eq!(NetError::{name}.page_{language}(), Some(\"https://example.org/hostile/site/{language}/{name}.html\"));\n",
                name = code.name,
            ));
        }
    }
    support::run_harness(
        scratch.path(),
        "hostile-net-err",
        &format!(
            "use hostile_net_err::NetError;\n\n#[test]\nfn texts_are_exact() {{\n{checks}}}\n"
        ),
    );
}

#[test]
fn crate_metadata_license_and_site_links_follow_the_spec() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    generate(scratch.path());
    let krate = scratch.path().join("hostile-net-err");
    let manifest = fs::read_to_string(krate.join("Cargo.toml")).expect("Cargo.toml");
    for line in [
        "license = \"Apache-2.0\"",
        "repository = \"https://example.org/hostile/repo\"",
        "homepage = \"https://example.org/hostile/\"",
        "documentation = \"https://example.org/hostile/api/\"",
        "include = [\"/Cargo.toml\", \"/README.md\", \"/LICENSE\", \"/src/**/*.rs\"]",
        "[package.metadata.docs.rs]",
    ] {
        assert!(
            manifest.lines().any(|l| l == line),
            "{line}\n---\n{manifest}"
        );
    }
    let license = fs::read_to_string(krate.join("LICENSE")).expect("LICENSE");
    let mut lines = license.lines();
    assert!(lines.next().is_some_and(|l| l.starts_with("@generated")));
    assert!(license.contains("Apache License\n                        Version 2.0, January 2004"));
    // The spec names a site: each variant's rustdoc links to its two pages there.
    let net_error = fs::read_to_string(krate.join("src/net_error.rs")).expect("net_error.rs");
    for name in ["EQUOTE", "EMARKUP"] {
        for language in ["en", "zh"] {
            let link = format!("(https://example.org/hostile/site/{language}/{name}.html)");
            assert!(net_error.contains(&link), "{link}");
        }
    }
}
