//! `cargo xtask gen` builds this package alone; `cargo test --workspace`
//! builds every package with its dev-dependencies. Cargo resolves features
//! per command, so when another package turns on a feature of a crate the
//! generator uses too, the two commands build that crate (and xtask on top of
//! it) twice. `xtask/Cargo.toml` asks for those features itself; this test
//! fails, naming the crate and the features, when the two resolutions part.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Every package `cargo tree` prints for `selection`, with the features it
/// resolves for it (a package built with two feature sets keeps both).
fn resolved_features(selection: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree", "--locked", "--prefix", "none", "--format", "{p}|{f}",
        ])
        .args(selection)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree {selection:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut packages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        // `name v1.2.3 (path)|feature,feature`, with ` (*)` after a repeat.
        let line = line.trim_end_matches(" (*)");
        let Some((package, features)) = line.split_once('|') else {
            continue;
        };
        let package = package.split_whitespace().take(2).collect::<Vec<_>>();
        packages
            .entry(package.join(" "))
            .or_default()
            .insert(features.to_string());
    }
    packages
}

#[test]
fn the_generator_alone_resolves_the_features_the_workspace_does() {
    // What `cargo xtask gen` (`cargo run --package xtask`) builds: no dev-dependencies.
    let alone = resolved_features(&["--package", "xtask", "--edges", "no-dev"]);
    let workspace = resolved_features(&["--workspace"]);
    assert!(
        alone.contains_key(&format!("xtask v{}", env!("CARGO_PKG_VERSION"))),
        "cargo tree printed no xtask: {alone:?}"
    );
    let parted: Vec<String> = alone
        .iter()
        .filter_map(|(package, features)| {
            // A set the workspace builds too is shared (a crate can be built
            // for the host and for the target with different features).
            let everywhere = workspace.get(package)?;
            (!features.is_subset(everywhere))
                .then(|| format!("{package}: alone {features:?}, in the workspace {everywhere:?}"))
        })
        .collect();
    assert!(
        parted.is_empty(),
        "these crates would be built twice on a fresh clone; ask for the workspace's \
         features in xtask/Cargo.toml:\n{}",
        parted.join("\n")
    );
}
