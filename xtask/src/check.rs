//! The `check` stage: checks a parsed spec. Produces diagnostics only.
//!
//! Every problem is collected, so a person sees all of them in one run, and
//! each points at the node concerned (positions from `positions`). A spec
//! with no problem becomes a [`Checked`], the only input `resolve` takes.

use std::collections::BTreeMap;

use crate::cxx::{self, STD_ERRC};
use crate::diagnostic::Diagnostic;
use crate::generated_names;
use crate::hint::did_you_mean;
use crate::license;
use crate::names::{self, is_upper_identifier, pascal_case};
use crate::platform::{C_STANDARD_NAMES, Platform};
use crate::positions::{Path, Segment};
use crate::spec::{CodeSpec, ExplanationSpec, SpecSource};
use crate::text_rules::{bare_link, bare_link_problem, link_problem, summary_problem};
// A Han character tells Chinese text from English here as in the search.
use wmkc_net_err_lookup::is_cjk;

/// A spec with no problems: what `resolve` needs, and proof that it was checked.
pub struct Checked<'a> {
    source: &'a SpecSource,
}

impl<'a> Checked<'a> {
    /// The checked spec.
    pub fn source(&self) -> &'a SpecSource {
        self.source
    }
}

/// Checks `source`: `Ok` when it has no problem, else every problem, in file order.
pub fn check(source: &SpecSource) -> Result<Checked<'_>, Vec<Diagnostic>> {
    let mut checker = Checker {
        source,
        problems: Vec::new(),
    };
    checker.run();
    if checker.problems.is_empty() {
        Ok(Checked { source })
    } else {
        checker.problems.sort_by_key(|d| (d.line, d.column));
        Err(checker.problems)
    }
}

struct Checker<'a> {
    source: &'a SpecSource,
    problems: Vec<Diagnostic>,
}

/// The path of a top-level field: `root_field(&["crate", "name"])` is `crate.name`.
fn root_field(keys: &[&str]) -> Path {
    keys.iter().map(|key| Segment::key(key)).collect()
}

/// The path of a code's field: `codes[index].<keys>`.
fn code_field(index: usize, keys: &[&str]) -> Path {
    let mut path = vec![Segment::key("codes"), Segment::Index(index)];
    path.extend(keys.iter().map(|key| Segment::key(key)));
    path
}

impl Checker<'_> {
    fn problem(&mut self, path: Path, message: String) {
        let diagnostic = self.source.problem_at(&path, message);
        self.problems.push(diagnostic);
    }

    /// A problem with a code's field, named as `label` (`linux.value`, `operations.sned`).
    fn code_problem(&mut self, index: usize, path: Path, label: &str, message: String) {
        let name = &self.source.spec.codes[index].name;
        self.problem(path, format!("code `{name}`, field `{label}`: {message}"));
    }

    fn run(&mut self) {
        let spec = &self.source.spec;
        self.check_prefix(&spec.prefix);
        self.check_crate();
        self.check_vocabulary();
        self.check_reference_table();
        if spec.codes.is_empty() {
            self.problem(root_field(&["codes"]), "the spec has no codes".to_string());
        }
        let first_index = first_index_by_name(&spec.codes);
        for (index, code) in spec.codes.iter().enumerate() {
            self.check_code(index, code, &first_index);
        }
        self.check_std_errc_once();
        for platform in Platform::ALL {
            self.check_shared_values(platform, &first_index);
            self.check_message_source(platform);
        }
        self.check_parse_keys();
    }

    /// A platform whose codes carry messages names where they came from, per
    /// language, and a source names only messages the spec has.
    fn check_message_source(&mut self, platform: Platform) {
        let spec = &self.source.spec;
        let key = platform.facts().key;
        let natives: Vec<_> = spec
            .codes
            .iter()
            .filter_map(|code| code.native(platform))
            .collect();
        let source = spec.message_sources.get(platform);
        let path = root_field(&["message_sources", key]);
        let name = platform.facts().name;
        let Some(source) = source else {
            if !natives.is_empty() {
                self.problem(
                    root_field(&["message_sources"]),
                    format!(
                        "`message_sources` has no `{key}`: say where the {name} messages come from"
                    ),
                );
            }
            return;
        };
        if natives.is_empty() {
            self.problem(
                path,
                format!("`message_sources.{key}`: no code is reported on {name}; remove it"),
            );
            return;
        }
        if let Err(why) = check_line(&source.en) {
            let mut at = path.clone();
            at.push(Segment::key("en"));
            self.problem(at, format!("`message_sources.{key}.en` {why}"));
        }
        let has_zh = natives.iter().any(|native| native.message_zh.is_some());
        match (&source.zh, has_zh) {
            (None, true) => self.problem(
                path,
                format!("`message_sources.{key}` has no `zh`: say where the Chinese {name} messages (`message_zh`) come from"),
            ),
            (Some(_), false) => {
                let mut at = path.clone();
                at.push(Segment::key("zh"));
                self.problem(
                    at,
                    format!("`message_sources.{key}.zh`: no {name} native has a `message_zh`; remove it"),
                );
            }
            (Some(zh), true) => {
                if let Err(why) = check_line(zh) {
                    let mut at = path.clone();
                    at.push(Segment::key("zh"));
                    self.problem(at, format!("`message_sources.{key}.zh` {why}"));
                }
            }
            (None, false) => {}
        }
    }

    fn check_prefix(&mut self, prefix: &str) {
        if !is_upper_identifier(prefix) {
            self.problem(
                root_field(&["prefix"]),
                format!("prefix `{prefix}` must be upper-case letters, digits and `_`, starting with a letter"),
            );
            return;
        }
        // The C++ header's namespaces are the prefix's words (`wmkc::net`).
        let namespaces = generated_names::cxx::namespaces(prefix);
        if let Some(word) = namespaces
            .iter()
            .find(|word| cxx_identifier_problem(word).is_some())
        {
            let why = cxx_identifier_problem(word).unwrap_or_default();
            self.problem(
                root_field(&["prefix"]),
                format!(
                    "prefix `{prefix}` gives the C++ namespace `{}`, whose part `{word}` {why}",
                    namespaces.join("::")
                ),
            );
        }
    }

    fn check_crate(&mut self) {
        let krate = &self.source.spec.krate;
        let name_ok = krate.name.len() <= 64
            && krate.name.starts_with(|c: char| c.is_ascii_alphabetic())
            && krate
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !name_ok {
            self.problem(
                root_field(&["crate", "name"]),
                format!("crate name `{}` is not a valid Cargo package name (ASCII letters, digits, `-`, `_`, starting with a letter, at most 64)", krate.name),
            );
        } else if let Some(why) = names::reserved_crate_name(&krate.name) {
            self.problem(
                root_field(&["crate", "name"]),
                format!("crate name `{}` {why}; choose another", krate.name),
            );
        }
        if !is_semver(&krate.version) {
            self.problem(
                root_field(&["crate", "version"]),
                format!(
                    "crate version `{}` is not a semantic version such as `1.2.3`",
                    krate.version
                ),
            );
        }
        if let Err(why) = check_prose(&krate.description) {
            self.problem(
                root_field(&["crate", "description"]),
                format!("crate description {why}"),
            );
        }
        if license::find(&krate.license).is_none() {
            let hint = did_you_mean(&krate.license, license::KNOWN.iter().map(|known| known.id));
            self.problem(
                root_field(&["crate", "license"]),
                format!(
                    "crate license `{}` is not one the generator holds the text of (known: {}; a new one needs its text under xtask/licenses/ and an entry in license.rs){hint}",
                    krate.license,
                    license::known_ids()
                ),
            );
        }
        let links = [
            ("repository", &krate.repository),
            ("homepage", &krate.homepage),
            ("documentation", &krate.documentation),
        ];
        for (field, link) in links {
            if let Some(problem) = link.as_deref().and_then(link_problem) {
                self.problem(
                    root_field(&["crate", field]),
                    format!("crate {field}: {problem}"),
                );
            }
        }
        if let Some(site) = &self.source.spec.site {
            let problem = match link_problem(&site.url) {
                Some(problem) => Some(format!("site url: {problem}")),
                None => site.url.contains(['?', '#']).then(|| {
                    format!(
                        "site url `{}` has a query or fragment; give the folder that holds index.html",
                        site.url
                    )
                }),
            };
            if let Some(problem) = problem {
                self.problem(root_field(&["site", "url"]), problem);
            }
        }
    }

    fn check_vocabulary(&mut self) {
        let operations = &self.source.spec.operations;
        if operations.is_empty() {
            self.problem(
                root_field(&["operations"]),
                "the operation vocabulary is empty".to_string(),
            );
        }
        if operations.len() > generated_names::c::MAX_OPERATIONS {
            self.problem(
                root_field(&["operations"]),
                format!(
                    "the operation vocabulary has {} operations; at most {} (the C header's operation bit set is 32 bits)",
                    operations.len(),
                    generated_names::c::MAX_OPERATIONS
                ),
            );
        }
        for (index, name) in operations.iter().enumerate() {
            let path = vec![Segment::key("operations"), Segment::Index(index)];
            let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !name.contains("__")
                && !name.ends_with('_');
            if !valid || names::RUST_KEYWORDS.contains(&pascal_case(name).as_str()) {
                self.problem(
                    path,
                    format!("operation `{name}` must be a lower-case identifier (`a`-`z`, digits, single `_`)"),
                );
            } else if operations[..index].contains(name) {
                self.problem(path, format!("operation `{name}` is listed twice"));
            }
        }
    }

    /// The C header defines `PREFIX + NAME` beside its own macros and those
    /// of the headers it includes; a code must not take one of their names.
    fn check_c_names(&mut self, index: usize, name: &str) {
        let prefix = &self.source.spec.prefix;
        let full_name = format!("{prefix}{name}");
        let operation_prefix = generated_names::c::operation_prefix(prefix);
        let clash = if full_name == generated_names::c::guard(prefix) {
            Some("the C header's include guard".to_string())
        } else if full_name == generated_names::cxx::guard(prefix) {
            Some("the C++ header's include guard".to_string())
        } else if full_name.starts_with(&operation_prefix) {
            Some(format!(
                "the C header's operation macros (`{operation_prefix}*`)"
            ))
        } else if let Some(platform) = Platform::ALL
            .into_iter()
            .find(|platform| platform.facts().c_error_names.contains(&full_name.as_str()))
        {
            Some(platform.facts().c_error_names_noun.to_string())
        } else if C_STANDARD_NAMES.contains(&full_name.as_str()) {
            Some("a macro of the C standard library (<stddef.h>, <limits.h>, <errno.h>, <stdio.h>, NDEBUG)".to_string())
        } else {
            None
        };
        if let Some(clash) = clash {
            self.code_problem(
                index,
                code_field(index, &["name"]),
                "name",
                format!("`{full_name}` collides with {clash}"),
            );
        }
    }

    fn check_code(&mut self, index: usize, code: &CodeSpec, first_index: &BTreeMap<&str, usize>) {
        let name = &code.name;
        let name_path = code_field(index, &["name"]);
        if !is_upper_identifier(name) {
            self.code_problem(index, name_path.clone(), "name", format!("name `{name}` must be upper-case letters, digits and `_`, starting with a letter"));
        } else if generated_names::RESERVED_CODE_NAMES.contains(&name.as_str()) {
            self.code_problem(
                index,
                name_path.clone(),
                "name",
                format!(
                    "name `{name}` collides with the generated associated item `{}::{name}`",
                    generated_names::NET_ERROR
                ),
            );
        }
        self.check_c_names(index, name);
        if is_upper_identifier(name)
            && let Some(why) = cxx_identifier_problem(&generated_names::cxx::enumerator(name))
        {
            self.code_problem(
                index,
                name_path.clone(),
                "name",
                format!(
                    "the C++ enumerator `{}` {why}",
                    generated_names::cxx::enumerator(name)
                ),
            );
        }
        self.check_std_errc(index, code);
        if first_index.get(name.as_str()) != Some(&index) {
            self.code_problem(
                index,
                name_path.clone(),
                "name",
                format!("name `{name}` is used by an earlier code too"),
            );
        }
        self.check_code_operations(index, code);
        if let Some(problem) = summary_problem(name, &code.summary) {
            self.code_problem(index, code_field(index, &["summary"]), "summary", problem);
        }
        self.check_code_references(index, code);
        if let Err(why) = check_prose(&code.zh) {
            self.code_problem(
                index,
                code_field(index, &["zh"]),
                "zh",
                format!("text {why}"),
            );
        }
        self.check_explanation(index, code, "en", &code.en, false);
        self.check_explanation(index, code, "zh_explanation", &code.zh_explanation, true);
        if Platform::ALL
            .into_iter()
            .all(|platform| code.native(platform).is_none())
        {
            let keys: Vec<String> = Platform::ALL
                .iter()
                .map(|platform| format!("`{}`", platform.facts().key))
                .collect();
            self.problem(
                name_path,
                format!(
                    "code `{name}`: the code has no platform: give it {}",
                    either_or_all(&keys)
                ),
            );
        }
        for platform in Platform::ALL {
            self.check_native(index, code, platform, first_index);
        }
    }

    /// A code's `std_errc` is the standard's enumerator for the code's own
    /// POSIX name (its symbol, without Winsock's `WSA`), and is given
    /// wherever the standard has one: C++ users compare with it.
    fn check_std_errc(&mut self, index: usize, code: &CodeSpec) {
        let mut own_names: Vec<&str> = Platform::ALL
            .into_iter()
            .filter_map(|platform| {
                code.native(platform)?
                    .symbol
                    .strip_prefix(platform.facts().posix_name_prefix)
            })
            .collect();
        own_names.dedup();
        if own_names.is_empty() {
            // No platform: already a problem, and no name to compare with.
            return;
        }
        let Some(name) = &code.std_errc else {
            if let Some((posix, errc)) = own_names
                .iter()
                .find_map(|posix| Some((posix, cxx::std_errc_of(posix)?)))
            {
                self.code_problem(
                    index,
                    code_field(index, &["name"]),
                    "std_errc",
                    format!(
                        "missing: C++ names {posix} `std::errc::{errc}`; add `std_errc: {errc}`"
                    ),
                );
            }
            return;
        };
        let path = code_field(index, &["std_errc"]);
        match cxx::std_errc_macro(name) {
            None => self.code_problem(
                index,
                path,
                "std_errc",
                format!(
                    "`{name}` is not an enumerator of C++'s std::errc{}",
                    did_you_mean(name, STD_ERRC.iter().map(|&(errc, _)| errc))
                ),
            ),
            Some(posix) if !own_names.contains(&posix) => {
                let own = own_names.join(" and ");
                let right = own_names
                    .iter()
                    .find_map(|posix| cxx::std_errc_of(posix))
                    .map(|errc| format!("; its own is `{errc}`"))
                    .unwrap_or_else(|| "; C++ has none for it: leave `std_errc` out".to_string());
                self.code_problem(
                    index,
                    path,
                    "std_errc",
                    format!("std::errc::{name} stands for {posix}, but the code is {own}{right}"),
                );
            }
            Some(_) => {}
        }
    }

    /// No two codes claim the same `std::errc`.
    fn check_std_errc_once(&mut self) {
        let codes = &self.source.spec.codes;
        let mut first: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, code) in codes.iter().enumerate() {
            let Some(name) = code.std_errc.as_deref() else {
                continue;
            };
            if let Some(&earlier) = first.get(name) {
                self.code_problem(
                    index,
                    code_field(index, &["std_errc"]),
                    "std_errc",
                    format!(
                        "std::errc::{name} is already the std_errc of `{}`",
                        codes[earlier].name
                    ),
                );
            } else {
                first.insert(name, index);
            }
        }
    }

    /// An explanation has each part as one paragraph of prose in its
    /// language, a causes part for exactly the platforms that report the code
    /// (each naming its platform when there are two), and fits a C string.
    fn check_explanation(
        &mut self,
        index: usize,
        code: &CodeSpec,
        field: &str,
        explanation: &ExplanationSpec,
        chinese: bool,
    ) {
        let reported: Vec<Platform> = Platform::ALL
            .into_iter()
            .filter(|&platform| code.native(platform).is_some())
            .collect();
        let mut parts = vec![("happened", Some(&explanation.happened))];
        for platform in Platform::ALL {
            let key = platform.facts().key;
            let name = platform.facts().name;
            let part = explanation.causes(platform);
            match (part, reported.contains(&platform)) {
                (None, true) => self.code_problem(
                    index,
                    code_field(index, &[field]),
                    field,
                    format!("the code is reported on {name}: give its usual causes there as `{key}`"),
                ),
                (Some(_), false) => self.code_problem(
                    index,
                    code_field(index, &[field, key]),
                    &format!("{field}.{key}"),
                    format!("the code is not reported on {name}: remove `{key}`"),
                ),
                (Some(text), true) if reported.len() > 1 && !text.contains(name) => self
                    .code_problem(
                        index,
                        code_field(index, &[field, key]),
                        &format!("{field}.{key}"),
                        format!("the causes on {name} must name `{name}`, so that they read the same on their own and joined to the rest"),
                    ),
                _ => {}
            }
            parts.push((key, part));
        }
        parts.push(("advice", Some(&explanation.advice)));
        let mut length = 0;
        for (key, text) in parts {
            let Some(text) = text else { continue };
            length += text.len() + 1;
            let problem = check_prose(text)
                .and_then(|()| {
                    if text.contains('\n') {
                        Err(
                            "is more than one paragraph; write it as one (a folded `>-` block)"
                                .to_string(),
                        )
                    } else {
                        Ok(())
                    }
                })
                .and_then(|()| {
                    check_language(text, chinese, "the Chinese explanation is `zh_explanation`")
                });
            if let Err(why) = problem {
                self.code_problem(
                    index,
                    code_field(index, &[field, key]),
                    &format!("{field}.{key}"),
                    format!("text {why}"),
                );
            }
        }
        if length > generated_names::c::MAX_TEXT_BYTES {
            self.code_problem(
                index,
                code_field(index, &[field]),
                field,
                format!(
                    "the parts are {length} bytes long together; at most {} (the longest string literal every C99 compiler takes)",
                    generated_names::c::MAX_TEXT_BYTES
                ),
            );
        }
    }

    fn check_code_operations(&mut self, index: usize, code: &CodeSpec) {
        let vocabulary = &self.source.spec.operations;
        if code.operations.is_empty() {
            self.code_problem(
                index,
                code_field(index, &["operations"]),
                "operations",
                "the list of operations is empty".to_string(),
            );
        }
        for (position, name) in code.operations.iter().enumerate() {
            let mut path = code_field(index, &["operations"]);
            path.push(Segment::Index(position));
            let label = format!("operations.{name}");
            if vocabulary.contains(name) {
                if code.operations[..position].contains(name) {
                    self.code_problem(
                        index,
                        path,
                        &label,
                        format!("operation `{name}` is listed twice"),
                    );
                }
            } else if !vocabulary.is_empty() {
                // With no vocabulary every name is unknown; that one problem is reported once.
                let hint = did_you_mean(name, vocabulary.iter().map(String::as_str));
                self.code_problem(
                    index,
                    path,
                    &label,
                    format!("unknown operation `{name}`{hint}"),
                );
            }
        }
    }

    /// Every reference has a title and a well-formed link, and some code lists it.
    fn check_reference_table(&mut self) {
        let spec = &self.source.spec;
        for (title, link) in &spec.references {
            let path = vec![Segment::key("references"), Segment::key(title)];
            let title_problem = match check_text(title) {
                Err(why) => Some(format!("reference title {why}")),
                Ok(()) if title.contains('\n') => {
                    Some(format!("reference title `{title}` is more than one line"))
                }
                Ok(()) => None,
            };
            let title_ok = title_problem.is_none();
            if let Some(problem) = title_problem {
                self.problem(path.clone(), problem);
            }
            if let Some(problem) = link_problem(link) {
                self.problem(path.clone(), format!("reference `{title}`: {problem}"));
            }
            if title_ok
                && !spec
                    .codes
                    .iter()
                    .any(|code| code.references.contains(title))
            {
                let key_at =
                    self.source
                        .document
                        .key_position(&root_field(&["references"]), title, 0);
                let message =
                    format!("reference `{title}` is listed by no code; remove it or list it");
                match key_at {
                    Some(key_at) => self.problems.push(Diagnostic::at(
                        &self.source.path,
                        key_at.line,
                        key_at.column,
                        message,
                    )),
                    None => self.problem(path, message),
                }
            }
        }
    }

    /// A code lists known references, each once, and for each platform that
    /// reports it at least one from that platform's own documentation.
    fn check_code_references(&mut self, index: usize, code: &CodeSpec) {
        let table = &self.source.spec.references;
        let list_path = code_field(index, &["references"]);
        if code.references.is_empty() {
            self.code_problem(
                index,
                list_path.clone(),
                "references",
                "the list of references is empty".to_string(),
            );
        }
        for (position, title) in code.references.iter().enumerate() {
            let mut path = list_path.clone();
            path.push(Segment::Index(position));
            let label = format!("references.{title}");
            if !table.contains_key(title) {
                let hint = did_you_mean(title, table.keys().map(String::as_str));
                self.code_problem(
                    index,
                    path,
                    &label,
                    format!("unknown reference `{title}`: add it to `references` at the top{hint}"),
                );
            } else if code.references[..position].contains(title) {
                self.code_problem(
                    index,
                    path,
                    &label,
                    format!("reference `{title}` is listed twice"),
                );
            }
        }
        // An unknown or broken reference is reported as such; what it would
        // have documented is not guessed at.
        let all_usable = code.references.iter().all(|title| {
            table
                .get(title)
                .is_some_and(|link| link_problem(link).is_none())
        });
        if code.references.is_empty() || !all_usable {
            return;
        }
        for platform in Platform::ALL {
            if code.native(platform).is_none() {
                continue;
            }
            let facts = platform.facts();
            let documented = code.references.iter().any(|title| {
                table
                    .get(title)
                    .is_some_and(|link| link.starts_with(facts.docs_prefix))
            });
            if !documented {
                self.code_problem(
                    index,
                    list_path.clone(),
                    "references",
                    format!(
                        "{} reports this code, but no reference is {} (a link starting with {})",
                        facts.name, facts.docs_noun, facts.docs_prefix
                    ),
                );
            }
        }
    }

    fn check_native(
        &mut self,
        index: usize,
        code: &CodeSpec,
        platform: Platform,
        first_index: &BTreeMap<&str, usize>,
    ) {
        let Some(native) = code.native(platform) else {
            return;
        };
        let facts = platform.facts();
        let key = facts.key;
        let field = |name: &str| (code_field(index, &[key, name]), format!("{key}.{name}"));
        if !(native.symbol.starts_with(facts.symbol_prefix) && is_upper_identifier(&native.symbol))
        {
            let (path, label) = field("symbol");
            self.code_problem(
                index,
                path,
                &label,
                format!("symbol `{}` is not {}", native.symbol, facts.symbol_kind),
            );
        }
        if !facts.values.contains(&native.value) {
            let (path, label) = field("value");
            self.code_problem(
                index,
                path,
                &label,
                format!(
                    "{} value {} is outside {}..={}",
                    facts.name,
                    native.value,
                    facts.values.start(),
                    facts.values.end()
                ),
            );
        }
        let message_problem = check_line(&native.message).and_then(|()| {
            check_language(
                &native.message,
                false,
                "give the Chinese message as `message_zh`",
            )
        });
        if let Err(why) = message_problem {
            let (path, label) = field("message");
            self.code_problem(index, path, &label, format!("message {why}"));
        }
        if let Some(message) = &native.message_zh {
            let problem = check_line(message).and_then(|()| check_language(message, true, ""));
            if let Err(why) = problem {
                let (path, label) = field("message_zh");
                self.code_problem(index, path, &label, format!("message {why}"));
            }
        }
        let Some(target_name) = native.alias_of.as_deref() else {
            return;
        };
        let (path, label) = field("alias_of");
        let codes = &self.source.spec.codes;
        let message = match first_index.get(target_name) {
            None => format!("`alias_of: {target_name}` names no code"),
            Some(&target) if target == index => {
                format!("`alias_of: {target_name}` names the code itself")
            }
            Some(&target) => match codes[target].native(platform) {
                None => format!(
                    "alias of `{target_name}`, which has no {} value",
                    facts.name
                ),
                Some(other) if other.alias_of.is_some() => format!(
                    "alias of `{target_name}`, which is itself an alias: point to the code the value decodes to"
                ),
                Some(other) if other.value != native.value => format!(
                    "alias of `{target_name}`, whose {} value is {}, not {}",
                    facts.name, other.value, native.value
                ),
                // One value has one message: the platform cannot tell the two apart.
                Some(other)
                    if other.message != native.message || other.message_zh != native.message_zh =>
                {
                    let (path, label) = field("message");
                    self.code_problem(
                        index,
                        path,
                        &label,
                        format!(
                            "alias of `{target_name}`, whose {} message for the same value {} is {:?}: one value has one message",
                            facts.name, native.value, other.message
                        ),
                    );
                    return;
                }
                Some(_) => return,
            },
        };
        self.code_problem(index, path, &label, message);
    }

    /// Two codes may share a value on a platform only when all but one are aliases.
    fn check_shared_values(&mut self, platform: Platform, first_index: &BTreeMap<&str, usize>) {
        let facts = platform.facts();
        let codes = &self.source.spec.codes;
        let mut by_value: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
        for (index, code) in codes.iter().enumerate() {
            if let Some(native) = code.native(platform) {
                by_value.entry(native.value).or_default().push(index);
            }
        }
        for (value, indices) in by_value {
            // A code that declares an alias (even a broken one, reported on its own) is not canonical.
            let canonical: Vec<usize> = indices
                .into_iter()
                .filter(|&index| {
                    codes[index]
                        .native(platform)
                        .is_some_and(|native| native.alias_of.is_none())
                })
                .collect();
            if canonical.len() < 2 {
                continue;
            }
            let names: Vec<&str> = canonical
                .iter()
                .map(|&index| codes[index].name.as_str())
                .collect();
            for &index in &canonical[1..] {
                // A repeated name is reported once, as such.
                if first_index.get(codes[index].name.as_str()) != Some(&index) {
                    continue;
                }
                let key = facts.key;
                self.code_problem(
                    index,
                    code_field(index, &[key, "value"]),
                    &format!("{key}.value"),
                    format!(
                        "{} value {value} is shared by {}; declare all but one as aliases (`alias_of: {}`)",
                        facts.name,
                        names.join(", "),
                        names[0]
                    ),
                );
            }
        }
    }

    /// `FromStr` must map each accepted string to one code.
    fn check_parse_keys(&mut self) {
        let spec = &self.source.spec;
        let mut owner: BTreeMap<String, usize> = BTreeMap::new();
        for (index, code) in spec.codes.iter().enumerate() {
            let full_name = format!("{}{}", spec.prefix, code.name);
            let symbols = Platform::ALL
                .into_iter()
                .filter_map(|platform| code.native(platform))
                .map(|native| native.symbol.as_str());
            for key in names::parse_keys(&full_name, &code.name, symbols) {
                match owner.get(key) {
                    // A repeated name is reported once, as such.
                    Some(&first) if spec.codes[first].name != code.name => {
                        let first_name = &spec.codes[first].name;
                        self.code_problem(index, code_field(index, &["name"]), "name", format!("`{key}` would parse as both `{first_name}` and this code; names, full names and symbols must be distinct across codes"));
                    }
                    Some(_) => {}
                    None => {
                        owner.insert(key.to_string(), index);
                    }
                }
            }
        }
    }
}

/// The index of the first code with each name.
fn first_index_by_name(codes: &[CodeSpec]) -> BTreeMap<&str, usize> {
    let mut first = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        first.entry(code.name.as_str()).or_insert(index);
    }
    first
}

/// "`a`", "`a` or `b`", "`a`, `b` or both", as a list of choices.
fn either_or_all(choices: &[String]) -> String {
    match choices {
        [] => String::new(),
        [only] => only.clone(),
        [first, second] => format!("{first}, {second} or both"),
        [rest @ .., last] => format!("{} or {last}, or several", rest.join(", ")),
    }
}

/// Why a lower-case word cannot name something in the C++ header, if it
/// cannot: empty, not starting with a letter, with `__` (C++ reserves it),
/// or a keyword or a macro of the hosts' headers.
fn cxx_identifier_problem(word: &str) -> Option<&'static str> {
    if !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        Some("does not start with a letter")
    } else if word.contains("__") {
        Some("has `__`, which C++ reserves")
    } else if cxx::RESERVED_WORDS.contains(&word) {
        Some("is a C++ keyword or a macro of the hosts' headers")
    } else {
        None
    }
}

fn is_semver(version: &str) -> bool {
    let core = version.split(['-', '+']).next().unwrap_or("");
    let rest = &version[core.len()..];
    let numbers: Vec<&str> = core.split('.').collect();
    numbers.len() == 3
        && numbers.iter().all(|n| {
            !n.is_empty()
                && n.chars().all(|c| c.is_ascii_digit())
                && (n.len() == 1 || !n.starts_with('0'))
        })
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.'))
        && rest.len() != 1
}

/// A text must say something, and hold no control characters but line breaks and tabs.
fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("is empty or only whitespace".to_string());
    }
    if let Some(c) = text
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(format!("contains the control character {c:?}"));
    }
    if text.len() > generated_names::c::MAX_TEXT_BYTES {
        return Err(format!(
            "is {} bytes long; at most {} (the longest string literal every C99 compiler takes)",
            text.len(),
            generated_names::c::MAX_TEXT_BYTES
        ));
    }
    Ok(())
}

/// A text on one line without spaces around it (a platform's message, a
/// source's name).
fn check_line(text: &str) -> Result<(), String> {
    check_text(text)?;
    if text.contains(['\n', '\t']) {
        return Err("is more than one line (or holds a tab)".to_string());
    }
    if text.trim() != text {
        return Err("starts or ends with a space".to_string());
    }
    Ok(())
}

/// A text in the language its field asks for: Chinese holds Han characters,
/// English none (`where_chinese_goes` says where Chinese belongs instead).
fn check_language(text: &str, chinese: bool, where_chinese_goes: &str) -> Result<(), String> {
    match (chinese, text.chars().any(is_cjk)) {
        (true, false) => Err("has no Chinese in it".to_string()),
        (false, true) => Err(format!("has Chinese in it; {where_chinese_goes}")),
        _ => Ok(()),
    }
}

/// A text the docs show as prose (a code's `zh` and explanations, the crate's
/// description): a text, without a bare link.
fn check_prose(text: &str) -> Result<(), String> {
    check_text(text)?;
    match bare_link(text) {
        Some(link) => Err(bare_link_problem(link)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_semantic_versions() {
        for good in ["0.1.0", "1.2.3", "10.0.0-alpha.1", "1.0.0+build.5"] {
            assert!(is_semver(good), "{good}");
        }
        for bad in ["", "1.2", "1.2.3.4", "01.2.3", "1.x.3", "1.2.3-", "1.2.3 "] {
            assert!(!is_semver(bad), "{bad}");
        }
    }

    #[test]
    fn lists_choices() {
        let words = |list: &[&str]| list.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>();
        assert_eq!(
            either_or_all(&words(&["linux", "windows"])),
            "`linux`, `windows` or both"
        );
        assert_eq!(
            either_or_all(&words(&["a", "b", "c"])),
            "`a`, `b` or `c`, or several"
        );
    }
}
