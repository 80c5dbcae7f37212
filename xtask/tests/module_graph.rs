//! The generator's modules depend on each other without cycles: data flows
//! one way, and no module imports one that imports it back. The crate root
//! is a module like the others: a test that calls a function of the root
//! (which reaches the pipeline, and so every stage) from a stage below it
//! is a cycle. Edges are read from the sources: every `crate::a::b` path,
//! every use of a declared submodule (`child::item`) by its parent, and
//! every `crate::item` that names an item of the root.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Module path (`render::rust::decode`; the root is `""`) → its source text,
/// for every file of `xtask/src`.
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
            // main.rs is the binary, a crate of its own.
            if name == "main" {
                continue;
            }
            let text = fs::read_to_string(&path).expect("read a module");
            modules.insert(name, text);
        }
    }
    modules
}

/// The names the root declares or re-exports (`pub fn default_spec`,
/// `pub use pipeline::{generate, …}`), which `crate::name` reaches.
fn root_items(root: &str) -> BTreeSet<String> {
    let mut items = BTreeSet::new();
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|word| !word.is_empty())
            .map(str::to_string)
            .collect()
    };
    for statement in root.split(';') {
        let statement = statement.trim();
        if let Some(rest) = statement.find("pub use ").map(|at| &statement[at..]) {
            // The last segment of each path, or the names in braces.
            let names = match rest.split_once('{') {
                Some((_, group)) => words(group),
                None => words(rest).into_iter().last().into_iter().collect(),
            };
            items.extend(names);
        }
    }
    for (at, _) in root.match_indices("pub fn ") {
        items.extend(words(&root[at + "pub fn ".len()..]).into_iter().take(1));
    }
    items
}

/// The modules `name` refers to.
fn edges(name: &str, text: &str, modules: &BTreeMap<String, String>) -> BTreeSet<String> {
    let root_items = root_items(modules.get("").map_or("", String::as_str));
    let mut targets = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut add = |path: &str| {
        // The longest prefix of the path that is a module.
        let mut parts: Vec<&str> = path.split("::").filter(|part| !part.is_empty()).collect();
        let first = parts.first().map(|part| part.to_string());
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
        // `crate::default_spec`: an item of the root itself.
        if first.is_some_and(|first| root_items.contains(&first)) && !name.is_empty() {
            targets.insert(String::new());
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
        if !short.is_empty() && !short.contains("::") && code.contains(&format!("{short}::")) {
            targets.insert(child.clone());
        }
    }
    targets
}

/// Every module's edges, the root's included.
fn graph(modules: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<String>> {
    modules
        .iter()
        .map(|(name, text)| (name.as_str(), edges(name, text, modules)))
        .collect()
}

/// A path of modules that leads back to where it started, if there is one.
fn find_cycle(graph: &BTreeMap<&str, BTreeSet<String>>) -> Option<Vec<String>> {
    // Depth-first search for a path back to the start.
    for &start in graph.keys() {
        let mut stack: Vec<Vec<&str>> = vec![vec![start]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = *path.last().expect("a path");
            for next in graph.get(last).into_iter().flatten() {
                if next == start {
                    let mut cycle: Vec<String> = path.iter().map(|m| m.to_string()).collect();
                    cycle.push(start.to_string());
                    return Some(cycle);
                }
                if seen.insert(next.as_str()) {
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push(longer);
                }
            }
        }
    }
    None
}

/// How a cycle reads in a message: the root as `(root)`.
fn show(cycle: &[String]) -> String {
    cycle
        .iter()
        .map(|m| if m.is_empty() { "(root)" } else { m.as_str() })
        .collect::<Vec<_>>()
        .join(" -> ")
}

#[test]
fn the_generator_has_no_module_cycles() {
    let modules = modules();
    assert!(
        modules.contains_key("render::rust::decode") && modules.contains_key(""),
        "{:?}",
        modules.keys()
    );
    let graph = graph(&modules);
    assert!(
        graph["render::rust::decode"].contains("render::lookup"),
        "edges are found: {:?}",
        graph["render::rust::decode"]
    );
    assert!(
        graph[""].contains("pipeline") && graph["pipeline"].contains("render"),
        "the root and the pipeline are in the graph: {:?}, {:?}",
        graph[""],
        graph["pipeline"]
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!("a module cycle: {}", show(&cycle));
    }
}

/// The check finds the cycle it exists for: a stage's test that calls up
/// into the root (as `io_kind`'s once did, through `crate::load_catalogue`)
/// closes the loop root → pipeline → render → io_kind → root.
#[test]
fn a_call_up_into_the_root_is_a_cycle() {
    let mut modules = modules();
    let planted = modules["io_kind"].clone()
        + "\n#[cfg(test)]\nfn bundled() { crate::load_catalogue(&crate::default_spec()); }\n";
    modules.insert("io_kind".to_string(), planted);
    let graph = graph(&modules);
    assert!(graph["io_kind"].contains(""), "{:?}", graph["io_kind"]);
    let cycle = find_cycle(&graph).expect("the planted call closes a cycle");
    assert!(
        cycle.iter().any(|m| m.is_empty()) && cycle.iter().any(|m| m == "io_kind"),
        "{}",
        show(&cycle)
    );
}
