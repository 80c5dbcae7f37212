//! The site's `search.js` is a faithful port of the lookup crate's
//! `search`: both run over the same index and the same queries (every case
//! of `crates/lookup/cases.json`, every key, value and text of the
//! catalogue in the forms a log writes them, and the edges of each rule),
//! on each set of platforms, and every hit, score, piece of evidence and
//! suggestion must be equal. Run over the site's shipped `search-index.js`
//! and `search.js`: the catalogue's codes with their OS messages in English
//! and Chinese, EWOULDBLOCK's shared value and message included.
//!
//! Needs Node.js; without it the test prints `NOT RUN: …`.

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};
use test_support::proofs::not_run;
use test_support::runner::{HUNG, run_within};
use wmkc_net_err_lookup::{Index, Platform, search};
use xtask::pipeline::{Tree, load_catalogue, render_tree};
use xtask::render::site::search_index;

/// Runs every query through `search.js` over the index script: their outcomes, as JSON.
const RUNNER: &str = r#"
const fs = require("fs");
const [indexFile, searchFile, queriesFile] = process.argv.slice(2);
globalThis.window = {};
(0, eval)(fs.readFileSync(indexFile, "utf8"));
(0, eval)(fs.readFileSync(searchFile, "utf8"));
const index = window.WMKC_NET_ERR_SEARCH_INDEX;
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const out = queries.map(([query, platforms]) => window.wmkcNetErrLookup(index, query, platforms));
process.stdout.write(JSON.stringify(out));
"#;

const PLATFORM_SETS: [&[Platform]; 3] = [
    &[Platform::Linux, Platform::Windows],
    &[Platform::Linux],
    &[Platform::Windows],
];

fn node_works() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// Queries that reach every rule and its edges.
fn edge_queries() -> Vec<String> {
    [
        "",
        " ",
        "on",
        "the",
        "The error was",
        "a",
        "-1",
        "-0",
        "0",
        "+111",
        "111",
        "-111",
        "0x6f",
        "0X6F",
        "0x",
        "0xg1",
        "127.0.0.1:110",
        "10.0.0.1",
        "[::1]:110",
        "fe80::1",
        "localhost:110",
        "errno:104",
        "errno: 104",
        "code:10054",
        "status=-104",
        "12:01:11",
        "2024-01-11",
        "2024-01-11 12:01:11 connect[111]",
        "11/1",
        "1.1",
        "v1.11",
        "/proc/111/fd",
        "port 110",
        "port=110",
        "fd 11",
        "fd=11",
        "pid=104",
        "line 110",
        "connect-111",
        "0x80072746",
        "0x8007274d",
        "-2147014842",
        "2147952454",
        "0x80042746",
        "0x8007",
        "0xffffffff",
        "4294967295",
        "4294967296",
        "9999999999",
        "12345678901",
        "0x123456789",
        "1e2",
        "E104",
        "104abc",
        "E",
        "ECO",
        "ECON",
        "ECONN",
        "econnre",
        "wsae",
        "WMKC",
        "wmkc_net_err_",
        "WSAECONNRESE",
        "ECONNRESTE",
        "ECONNREFUZED",
        "EAGIAN",
        "EPERN",
        "HELLO_WORLD",
        "recv: ECONNRESTE",
        "ECONNRESTE refused",
        "conection refused",
        "connection",
        "connect",
        "conn",
        "refus",
        "refused",
        "reset",
        "timeout",
        "TIMEOUT",
        "peer",
        "nnection reset",
        "ed out",
        "forcibly closed",
        "actively refused",
        "Connection reset by peer",
        "connection RESET  by peer.",
        "Connection refused (os error 111)",
        "read 11 bytes, then Connection reset by peer",
        "recv failed: Connection reset by peer",
        "Resource temporarily unavailable",
        "resource temporarily unavailable!",
        "连",
        "连接",
        "重置",
        "连接重置",
        "超时",
        "拒绝",
        "拒绝连接",
        "连接被对方重设",
        "对方重设",
        "错误：拒绝连接。",
        "资源暂时不可用",
        "传输端点尚未连接",
        "龙虎凤",
        "断开",
        "非阻塞",
        "套接字",
        "Ünïcode",
        "😀 reset",
        "ＥＣＯＮＮＲＥＳＥＴ",
        "a\u{3000}b",
        "tab\tseparated\nlines",
        "\u{a0}111\u{a0}",
        "so_error",
        "SO_ERROR",
        "MSG_NOSIGNAL",
        "WSAStartup",
        "WSASTARTUP",
        "wsastartu",
        "socket operation on non-socket",
        "Transport endpoint is not connected",
        "Software caused connection abort",
        "Cannot assign requested address",
        "An existing connection was forcibly closed by the remote host.",
        "No connection could be made because the target machine actively refused it.",
        "[WinError 10054] An existing connection was forcibly closed by the remote host",
        "wmkc::net::Socket::connect[10061]: failed",
        "connect to 10.0.0.5:110 failed, errno 111",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

/// Queries made from an index's own keys, values and texts.
fn catalogue_queries(index: &Index) -> Vec<String> {
    let mut queries = Vec::new();
    for entry in &index.entries {
        for key in &entry.keys {
            queries.push(key.clone());
            queries.push(key.to_lowercase());
            queries.push(key.chars().take(6).collect());
            // A typo: two letters swapped.
            let mut chars: Vec<char> = key.chars().collect();
            if chars.len() > 4 {
                chars.swap(2, 3);
                queries.push(chars.into_iter().collect());
            }
        }
        for native in &entry.natives {
            let value = native.value;
            queries.extend([
                value.to_string(),
                format!("-{value}"),
                format!("0x{value:x}"),
                format!("errno {value}"),
                format!("connect[{value}]"),
                format!("0x8007{value:04x}"),
                format!("{} (os error {value})", entry.summary),
            ]);
        }
        queries.push(entry.summary.clone());
        queries.extend(entry.summary.split(' ').map(String::from));
        queries.push(entry.zh.clone());
        let zh: Vec<char> = entry.zh.chars().collect();
        for len in [2, 3, 4] {
            queries.push(zh.iter().take(len).collect());
            queries.push(zh.iter().rev().take(len).collect());
        }
        for message in &entry.messages {
            queries.push(message.text.clone());
            let half: String = message.text.chars().skip(4).take(12).collect();
            queries.push(half);
        }
        for tier in &entry.tiers {
            queries.extend(tier.words.iter().take(5).cloned());
            queries.extend(tier.cjk.iter().take(3).cloned());
        }
    }
    queries.sort();
    queries.dedup();
    queries
}

/// `search.js` and the lookup crate over `index` (written as `index_script`),
/// for every query on every set of platforms: the first difference, if any.
fn compare(index: &Index, index_script: &str, search_js: &str, queries: &[String]) {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let dir = scratch.path();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        fs::write(&path, text).expect("write a file for node");
        path
    };
    let runs: Vec<(&str, Vec<&str>)> = queries
        .iter()
        .flat_map(|query| {
            PLATFORM_SETS.iter().map(move |platforms| {
                let names = platforms
                    .iter()
                    .map(|p| match p {
                        Platform::Linux => "Linux",
                        Platform::Windows => "Windows",
                    })
                    .collect();
                (query.as_str(), names)
            })
        })
        .collect();
    let runner = write("runner.js", RUNNER);
    let index_file = write("search-index.js", index_script);
    let search_file = write("search.js", search_js);
    let queries_file = write("queries.json", &json!(runs).to_string());
    let output = run_within(
        Command::new("node")
            .arg(&runner)
            .args([&index_file, &search_file, &queries_file]),
        HUNG,
    );
    assert!(
        output.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let from_js: Vec<Value> = serde_json::from_slice(&output.stdout).expect("node writes JSON");
    assert_eq!(from_js.len(), runs.len());
    let mut differences = Vec::new();
    for ((query, _), (js, platforms)) in runs
        .iter()
        .zip(from_js.iter().zip(PLATFORM_SETS.iter().cycle()))
    {
        let rust = serde_json::to_value(search(index, query, platforms)).expect("serialises");
        if &rust != js {
            differences.push(format!(
                "{query:?} on {platforms:?}:\n  Rust: {rust}\n  JS:   {js}"
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "search.js differs from the lookup crate on {} of {} runs:\n{}",
        differences.len(),
        runs.len(),
        differences
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn cases_queries() -> Vec<String> {
    let path = xtask::workspace_root().join("crates/lookup/cases.json");
    let cases: Value =
        serde_json::from_str(&fs::read_to_string(path).expect("cases.json")).expect("JSON");
    cases
        .as_array()
        .expect("a list")
        .iter()
        .map(|case| case["query"].as_str().expect("a query").to_string())
        .collect()
}

/// The site's files, as `cargo xtask site` writes them.
fn site_file(files: &[xtask::render::GeneratedFile], path: &str) -> String {
    files
        .iter()
        .find(|file| file.path == path)
        .unwrap_or_else(|| panic!("the site has {path}"))
        .contents
        .clone()
}

#[test]
fn search_js_finds_what_the_lookup_crate_finds_on_the_sites_index() {
    if !node_works() {
        not_run("the search parity test needs Node.js (`node`)");
        return;
    }
    let spec = xtask::default_spec();
    let files = render_tree(Tree::Site, &spec, Path::new("target/site")).expect("the site renders");
    let catalogue = load_catalogue(&spec).expect("the spec loads");
    let index = search_index::index(&catalogue);
    let mut queries = cases_queries();
    queries.extend(edge_queries());
    queries.extend(catalogue_queries(&index));
    compare(
        &index,
        &site_file(&files, "assets/search-index.js"),
        &site_file(&files, "assets/search.js"),
        &queries,
    );
}
