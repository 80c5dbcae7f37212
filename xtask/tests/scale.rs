//! The generator at scale: a synthetic 4,000-code spec generates a crate that
//! compiles and whose lookups round-trip every code; a second run rewrites
//! nothing. Timings are measured in BENCHMARKS.md, never asserted here.

use std::fs;
use std::path::Path;
use std::process::Command;

mod support;

fn xtask(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("run xtask")
}

#[test]
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

    support::run_harness(
        scratch.path(),
        "synth-net-err",
        r#"use synth_net_err::NetError;

#[test]
fn every_code_round_trips() {
    assert_eq!(NetError::ALL.len(), 4000);
    for &code in NetError::ALL {
        let errno = code.errno().expect("every synthetic code has an errno");
        assert_eq!(NetError::from_errno(errno).and_then(NetError::errno), Some(errno));
        if let Some(wsa) = code.wsa() {
            assert_eq!(NetError::from_wsa(wsa), Some(code));
        }
        assert_eq!(code.code().parse::<NetError>(), Ok(code));
        assert_eq!(code.name().parse::<NetError>(), Ok(code));
        assert!(format!("{code}X").parse::<NetError>().is_err());
    }
    assert_eq!(NetError::from_errno(0), None);
    assert_eq!(NetError::from_wsa(12000), None);
}
"#,
    );
}
