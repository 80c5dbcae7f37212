//! `cargo xtask site`: the docs site is built through the one writer, is the
//! same bytes every time, has a page per code and language at a stable path,
//! links only to its own files (relative, each target and fragment present)
//! or to `https` documents, loads nothing from another host, and keeps
//! hostile spec text as text. The browser half of the checks is in
//! `crates/site-browser`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

mod support;
use support::snapshot;
use support::{fixture, invalid};

fn workspace_spec() -> PathBuf {
    xtask::default_spec()
}

fn site(spec: &Path, out: &Path) -> (Option<i32>, String, String) {
    let output = support::XTASK.on("site", spec, out);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn build(spec: &Path, out: &Path) {
    let (status, stdout, stderr) = site(spec, out);
    assert_eq!(status, Some(0), "{stdout}{stderr}");
}

/// The code names of a spec, read as plain YAML (not through the generator).
fn code_names(spec: &Path) -> Vec<String> {
    let text = fs::read_to_string(spec).expect("spec");
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("YAML");
    yaml["codes"]
        .as_sequence()
        .expect("codes")
        .iter()
        .map(|code| code["name"].as_str().expect("name").to_string())
        .collect()
}

/// Every file of the site: path relative to its root → text.
fn files(root: &Path) -> BTreeMap<String, String> {
    snapshot(root)
        .into_iter()
        .map(|(path, bytes, _)| {
            let relative = path
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            (relative, String::from_utf8(bytes).expect("UTF-8"))
        })
        .collect()
}

/// The values of `attribute="…"` in `html`, unescaped for `&` (named or numeric).
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<String> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest: &'a str = &html[at + needle.len()..];
            rest[..rest.find('"').expect("closing quote")]
                .replace("&amp;", "&")
                .replace("&#38;", "&")
        })
        .collect()
}

#[test]
fn the_site_is_the_same_bytes_every_time() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let first = scratch.path().join("first");
    let second = scratch.path().join("second");
    build(&workspace_spec(), &first);
    build(&workspace_spec(), &second);
    assert_eq!(files(&first), files(&second));

    // A second run over the same folder rewrites nothing.
    let before = snapshot(&first);
    let (status, stdout, _) = site(&workspace_spec(), &first);
    assert_eq!(status, Some(0));
    assert!(stdout.contains(", 0 written or removed."), "{stdout}");
    assert_eq!(snapshot(&first), before, "bytes and mtimes unchanged");
}

#[test]
fn every_code_has_a_page_in_each_language_at_a_stable_path() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    build(&workspace_spec(), scratch.path());
    let site = files(scratch.path());
    let names = code_names(&workspace_spec());
    let mut expected: BTreeSet<String> = [
        "index.html",
        "en/index.html",
        "zh/index.html",
        "assets/site.css",
        "assets/search.js",
        "assets/search-index.js",
        "assets/sort.js",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for name in &names {
        for (language, lang) in [("en", "en"), ("zh", "zh-CN")] {
            let path = format!("{language}/{name}.html");
            let page = &site[&path];
            assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{path}");
            assert!(
                page.contains(&format!("<code>WMKC_NET_ERR_{name}</code>")),
                "{path} names its code"
            );
            let other = if language == "en" { "zh" } else { "en" };
            assert!(
                page.contains(&format!("href=\"../{other}/{name}.html\"")),
                "{path} links to the same code in the other language"
            );
            expected.insert(path);
        }
    }
    let actual: BTreeSet<String> = site.keys().cloned().collect();
    assert_eq!(actual, expected);
    let scratch_path = scratch.path().to_string_lossy().into_owned();
    for (path, text) in &site {
        let header = text.lines().next().unwrap_or_default();
        assert!(
            header.contains("@generated from spec/net_errors.yaml by `cargo xtask site`"),
            "{path} starts with the header: {header}"
        );
        assert!(!text.contains(&scratch_path), "{path}: no absolute path");
    }
}

#[test]
fn links_are_relative_and_resolve_and_nothing_loads_from_another_host() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    build(&workspace_spec(), scratch.path());
    let site = files(scratch.path());
    let ids: BTreeMap<&str, Vec<String>> = site
        .iter()
        .map(|(path, text)| (path.as_str(), attribute_values(text, "id")))
        .collect();
    for (path, text) in site.iter().filter(|(path, _)| path.ends_with(".html")) {
        let folder = Path::new(path).parent().unwrap_or(Path::new(""));
        // Scripts and style sheets are files of the site.
        for value in attribute_values(text, "src") {
            assert!(!value.contains(':'), "{path}: src={value}");
        }
        for line in text.lines().filter(|line| line.starts_with("<link ")) {
            for value in attribute_values(line, "href") {
                assert!(!value.contains(':'), "{path}: {line}");
            }
        }
        for value in attribute_values(text, "href")
            .into_iter()
            .chain(attribute_values(text, "src"))
        {
            if value.starts_with("https://") {
                continue; // a reference to a man page or Microsoft's docs, never loaded
            }
            assert!(
                !value.contains("://") && !value.starts_with('/'),
                "{path}: {value} is not relative"
            );
            let (file, fragment) = value.split_once('#').unwrap_or((&value, ""));
            let mut target = folder.to_path_buf();
            for part in file.split('/') {
                match part {
                    ".." => {
                        assert!(target.pop(), "{path}: {value} leaves the site");
                    }
                    "" | "." => {}
                    part => target.push(part),
                }
            }
            let target = target.to_string_lossy().replace('\\', "/");
            let target_ids = ids
                .get(target.as_str())
                .unwrap_or_else(|| panic!("{path}: {value} leads to no file"));
            if !fragment.is_empty() {
                assert!(
                    target_ids.iter().any(|id| id == fragment),
                    "{path}: {value}: no such id"
                );
            }
        }
    }
    for (path, text) in site.iter().filter(|(path, _)| !path.ends_with(".html")) {
        assert!(
            !text.contains("http:") && !text.contains("https:") && !text.contains("@import"),
            "{path} loads nothing from elsewhere"
        );
    }
}

#[test]
fn hostile_text_stays_text_in_the_site() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    build(&fixture("hostile.yaml"), scratch.path());
    let site = files(scratch.path());
    let text = fs::read_to_string(fixture("hostile.yaml")).expect("spec");
    let spec = xtask::spec::parse(&fixture("hostile.yaml"), &text).expect("parses");
    // An escaper written here, apart from the generator's, in the numeric
    // character references that askama's HTML escaping writes.
    let escaped = |text: &str| {
        text.replace('&', "&#38;")
            .replace('<', "&#60;")
            .replace('>', "&#62;")
            .replace('"', "&#34;")
            .replace('\'', "&#39;")
    };
    for code in &spec.spec.codes {
        let en = &site[&format!("en/{}.html", code.name)];
        let zh = &site[&format!("zh/{}.html", code.name)];
        assert!(
            en.contains(&escaped(&code.summary)),
            "{}: summary",
            code.name
        );
        let parts = |parts: &xtask::spec::ExplanationSpec| -> Vec<String> {
            [
                Some(&parts.happened),
                parts.linux.as_ref(),
                parts.windows.as_ref(),
                Some(&parts.advice),
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect()
        };
        for line in parts(&code.en) {
            assert!(en.contains(&escaped(&line)), "{}: {line}", code.name);
        }
        for line in code
            .zh
            .lines()
            .map(str::to_string)
            .chain(parts(&code.zh_explanation))
        {
            let line = line.trim();
            if !line.is_empty() {
                assert!(zh.contains(&escaped(line)), "{}: {line}", code.name);
            }
        }

        // Each platform's own message is on both pages, the Chinese one on
        // the Chinese page where the spec has it.
        for native in [&code.linux, &code.windows].into_iter().flatten() {
            assert!(
                en.contains(&escaped(&native.message)),
                "{}: {}",
                code.name,
                native.message
            );
            for message in std::iter::once(&native.message).chain(&native.message_zh) {
                assert!(zh.contains(&escaped(message)), "{}: {message}", code.name);
            }
        }
        for page in [en, zh] {
            // Only the site's own elements: its two scripts, no element a text opened.
            assert_eq!(page.matches("<script").count(), 2, "{}", code.name);
            assert!(
                !page.contains("<b>") && !page.contains("<tag"),
                "{}",
                code.name
            );
        }
    }
    assert!(
        !site["assets/search-index.js"].contains('<'),
        "the search index escapes `<`, so no text can end a script"
    );
}

#[test]
fn an_invalid_spec_builds_no_site() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("site");
    let spec = invalid::case("unknown_license").write_in(scratch.path());
    let (status, _, stderr) = site(&spec, &out);
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!out.exists(), "no folder was created");
}

#[test]
fn a_code_removed_from_the_spec_loses_its_pages() {
    let scratch = tempfile::tempdir().expect("temporary folder");
    let out = scratch.path().join("site");
    build(&fixture("minimal.yaml"), &out);
    assert!(out.join("en/EWOULDBLOCK.html").is_file());
    let spec = fs::read_to_string(fixture("minimal.yaml")).expect("spec");
    let names = code_names(&fixture("minimal.yaml"));
    // Drop the last code (its entry runs to the end of the file).
    let last = names.last().expect("a code");
    let cut = spec
        .find(&format!("  - name: {last}\n"))
        .expect("the last entry");
    let smaller = scratch.path().join("smaller.yaml");
    fs::write(&smaller, &spec[..cut]).expect("write");
    let (status, stdout, stderr) = site(&smaller, &out);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stdout.contains("written or removed"), "{stdout}");
    assert!(!out.join(format!("en/{last}.html")).exists());
    assert!(!out.join(format!("zh/{last}.html")).exists());
}
