//! The generator at scale: a synthetic 4,000-code spec generates a crate that
//! compiles and whose lookups round-trip every code; a second run rewrites
//! nothing. Timings are measured in BENCHMARKS.md, never asserted here.

use std::fs;
use std::path::Path;

mod support;

fn xtask(args: &[&std::ffi::OsStr]) -> std::process::Output {
    support::XTASK.run(args)
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn a_4000_code_crate_compiles_and_round_trips() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let spec = scratch.path().join("spec.yaml");
    let out = scratch.path().join("out");
    let synth = xtask(&["synth".as_ref(), "4000".as_ref()]);
    assert!(synth.status.success());
    fs::write(&spec, &synth.stdout).expect("write spec");

    let gen_args = [
        "gen".as_ref(),
        "--spec".as_ref(),
        spec.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let first = xtask(&gen_args);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let mtime = |path: &Path| {
        fs::metadata(path)
            .and_then(|m| m.modified())
            .expect("mtime")
    };
    let net_error = out.join("synth-net-err/src/net_error.rs");
    let before = mtime(&net_error);
    let second = xtask(&gen_args);
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("up to date"),
        "the second run rewrites nothing"
    );
    assert_eq!(mtime(&net_error), before);

    // What the spec itself says, read straight from its YAML, for the harness to compare with.
    let spec: serde_yaml::Value =
        serde_yaml::from_slice(&synth.stdout).expect("the synthetic spec is YAML");
    let prefix = spec["prefix"].as_str().expect("a prefix");
    let mut rows = String::new();
    let mut used_linux = std::collections::BTreeSet::new();
    for code in spec["codes"].as_sequence().expect("codes") {
        let name = code["name"].as_str().expect("a name");
        let linux = code["linux"]["value"]
            .as_i64()
            .expect("every synthetic code has an errno");
        used_linux.insert(linux);
        let decodes_as = code["linux"]
            .get("alias_of")
            .and_then(|alias| alias.as_str())
            .unwrap_or(name);
        let windows = code.get("windows").map_or("None".to_string(), |w| {
            format!("Some({})", w["value"].as_i64().expect("a value"))
        });
        rows.push_str(&format!(
            "    ({name:?}, {linux}, {decodes_as:?}, {windows}),\n"
        ));
    }
    let unused_linux: Vec<String> = (1..=4095)
        .filter(|value| !used_linux.contains(value))
        .map(|value| value.to_string())
        .collect();
    assert!(
        !unused_linux.is_empty(),
        "the synthetic spec leaves some errno values free"
    );

    support::run_harness(
        scratch.path(),
        "synth-net-err",
        &format!(
            r#"use synth_net_err::NetError;

/// `(name, errno, the code the errno decodes as, Winsock value)`, from the spec.
const SPEC: &[(&str, i32, &str, Option<i32>)] = &[
{rows}];

/// Errno values no code of the spec has.
const UNUSED_ERRNO: &[i32] = &[{unused}];

#[test]
fn every_code_round_trips() {{
    assert_eq!(NetError::ALL.len(), SPEC.len());
    for (&code, &(name, errno, decodes_as, wsa)) in NetError::ALL.iter().zip(SPEC) {{
        assert_eq!(code.name(), name);
        assert_eq!(code.errno(), Some(errno));
        assert_eq!(NetError::from_errno(errno).map(NetError::name), Some(decodes_as));
        assert_eq!(code.wsa(), wsa);
        if let Some(wsa) = wsa {{
            assert_eq!(NetError::from_wsa(wsa), Some(code));
        }}
        assert_eq!(format!("{prefix}{{name}}").parse::<NetError>(), Ok(code));
        assert_eq!(name.parse::<NetError>(), Ok(code));
        // Near misses the perfect hash must turn away: one byte more, one byte changed.
        assert!(format!("{{name}}X").parse::<NetError>().is_err(), "{{name}}X");
        assert!(name.replacen('E', "F", 1).parse::<NetError>().is_err(), "{{name}} with F");
        assert!(format!("{prefix}{{name}}").to_lowercase().parse::<NetError>().is_err());
    }}
    for &value in UNUSED_ERRNO {{
        assert_eq!(NetError::from_errno(value), None, "errno {{value}}");
    }}
}}
"#,
            unused = unused_linux.join(", "),
        ),
    );
}
