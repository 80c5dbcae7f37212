//! The committed `generated/` is exactly what the bundled spec produces.
//! Read-only: it compares in memory and never writes.

use xtask::render::banner::{GEN, is_header_line};

#[test]
fn generated_tree_matches_the_spec() {
    let files = match xtask::generate(&xtask::default_spec(), &xtask::default_out()) {
        Ok(files) => files,
        Err(problems) => {
            let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the bundled spec is invalid:\n{}", messages.join("\n"));
        }
    };
    let plan = xtask::write::plan(&xtask::default_out(), &files, GEN).expect("read generated/");
    if let Some(report) = xtask::write::report(&plan, "generated") {
        panic!(
            "generated/ has drifted from spec/net_errors.yaml; run `cargo xtask gen` and commit.\n{report}"
        );
    }
}

#[test]
fn generation_is_deterministic() {
    let first = xtask::generate(&xtask::default_spec(), &xtask::default_out()).expect("valid spec");
    let second =
        xtask::generate(&xtask::default_spec(), &xtask::default_out()).expect("valid spec");
    assert_eq!(first, second);
    for file in &first {
        assert!(!file.contents.contains('\r'), "{}: LF only", file.path);
        assert!(
            is_header_line(file.contents.lines().next().unwrap_or_default(), GEN),
            "{}: starts with the generated header",
            file.path
        );
        let root = xtask::workspace_root().display().to_string();
        assert!(
            !file.contents.contains(&root),
            "{}: no absolute paths",
            file.path
        );
    }
}
