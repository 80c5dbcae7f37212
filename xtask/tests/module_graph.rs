//! The generator's modules depend on each other without cycles: data flows
//! one way, and no module imports one that imports it back. Edges are read
//! from the sources: every `crate::a::b` path, and every use of a declared
//! submodule (`child::item`) by its parent.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Module path (`render::rust::decode`) → its source text, for every file of `xtask/src`.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path.strip_prefix(&root).expect("under src");
            let name = relative
                .with_extension("")
                .to_string_lossy()
                .replace('/', "::");
            let name = name
                .trim_end_matches("::mod")
                .trim_start_matches("lib")
                .to_string();
            // main.rs is the binary, a crate of its own; the fixed sources are the generated crate's.
            if name == "main" || relative.starts_with("fixed") && name != "fixed" {
                continue;
            }
            let text = fs::read_to_string(&path).expect("read a module");
            modules.insert(name, text);
        }
    }
    modules
}

/// The modules `name` refers to.
fn edges(name: &str, text: &str, modules: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut targets = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut add = |path: &str| {
        // The longest prefix of the path that is a module.
        let mut parts: Vec<&str> = path.split("::").collect();
        while !parts.is_empty() {
            let candidate = parts.join("::");
            if modules.contains_key(&candidate) {
                if candidate != name {
                    targets.insert(candidate);
                }
                return;
            }
            parts.pop();
        }
    };
    for (at, _) in code.match_indices("crate::") {
        let path: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        add(path.trim_end_matches(':'));
        // `use crate::a::{b, c::d}`: the names inside the braces are under `a`.
        let rest = &code[at + "crate::".len() + path.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(0)];
            for item in group.split(',') {
                let item = item.trim();
                add(&format!("{}{item}", path));
            }
        }
    }
    // A parent reaching into its own submodules (`markdown::documents`).
    for child in modules.keys() {
        let Some(short) = child
            .strip_prefix(&format!("{name}::"))
            .or_else(|| name.is_empty().then_some(child.as_str()))
        else {
            continue;
        };
        if !short.contains("::") && code.contains(&format!("{short}::")) {
            targets.insert(child.clone());
        }
    }
    targets
}

#[test]
fn the_generator_has_no_module_cycles() {
    let modules = modules();
    assert!(
        modules.contains_key("render::rust::decode"),
        "{:?}",
        modules.keys()
    );
    let graph: BTreeMap<&str, BTreeSet<String>> = modules
        .iter()
        .filter(|(name, _)| !name.is_empty())
        .map(|(name, text)| (name.as_str(), edges(name, text, &modules)))
        .collect();
    assert!(
        graph["render::rust::decode"].contains("render::lookup"),
        "edges are found: {:?}",
        graph["render::rust::decode"]
    );
    // Depth-first search for a path back to the start.
    for &start in graph.keys() {
        let mut stack: Vec<Vec<&str>> = vec![vec![start]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = *path.last().expect("a path");
            for next in graph.get(last).into_iter().flatten() {
                assert!(
                    next != start,
                    "a module cycle: {} -> {start}",
                    path.join(" -> ")
                );
                if seen.insert(next.as_str()) {
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push(longer);
                }
            }
        }
    }
}
