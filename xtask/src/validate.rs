//! Stage 2: checks a parsed spec and resolves it into a `Catalogue`.
//!
//! Every problem is collected, so a person sees all of them in one run.

use std::collections::BTreeMap;

use crate::catalogue::{Catalogue, Code, CrateInfo, Native, Operation, Platform};
use crate::diagnostic::Diagnostic;
use crate::hint::closest;
use crate::locate::Locator;
use crate::spec::{CodeSpec, NativeSpec, SpecSource};

/// Names that the generated `NetError` type uses for its own associated items.
const RESERVED_CODE_NAMES: &[&str] = &["ALL"];

/// Rust keywords (strict, reserved and weak ones that cannot name a variant).
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// The range of values each platform's codes may take.
fn value_range(platform: Platform) -> std::ops::RangeInclusive<i64> {
    match platform {
        // Linux errno values are small positive numbers; 4095 is the kernel's MAX_ERRNO.
        Platform::Linux => 1..=4095,
        // Winsock codes live above WSABASEERR (10000).
        Platform::Windows => 10000..=11999,
    }
}

/// Checks `source` and resolves it, or returns every problem found.
pub fn validate(source: &SpecSource) -> Result<Catalogue, Vec<Diagnostic>> {
    let mut check = Checker {
        source,
        locator: Locator::new(&source.text),
        problems: Vec::new(),
    };
    let catalogue = check.catalogue();
    if check.problems.is_empty() {
        Ok(catalogue)
    } else {
        check.problems.sort_by_key(|d| (d.line, d.column));
        Err(check.problems)
    }
}

struct Checker<'a> {
    source: &'a SpecSource,
    locator: Locator<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn top_problem(&mut self, path: &[&str], message: String) {
        let at = self.locator.top_level(path);
        self.problems.push(Diagnostic::at(
            &self.source.path,
            at.line,
            at.column,
            message,
        ));
    }

    fn code_problem(&mut self, index: usize, path: &[&str], message: String) {
        let at = self.locator.code(index, path);
        let name = &self.source.spec.codes[index].name;
        let field = path.join(".");
        self.problems.push(Diagnostic::at(
            &self.source.path,
            at.line,
            at.column,
            format!("code `{name}`, field `{field}`: {message}"),
        ));
    }

    fn catalogue(&mut self) -> Catalogue {
        let spec = &self.source.spec;
        self.check_prefix(&spec.prefix);
        self.check_crate();
        let operations = self.operations();
        let names: BTreeMap<&str, usize> = spec
            .codes
            .iter()
            .enumerate()
            .rev()
            .map(|(index, code)| (code.name.as_str(), index))
            .collect();
        if spec.codes.is_empty() {
            self.top_problem(&["codes"], "the spec has no codes".to_string());
        }
        let codes: Vec<Code> = spec
            .codes
            .iter()
            .enumerate()
            .map(|(index, code)| self.code(index, code, &operations, &names))
            .collect();
        let catalogue = Catalogue {
            prefix: spec.prefix.clone(),
            krate: CrateInfo {
                name: spec.krate.name.clone(),
                version: spec.krate.version.clone(),
                description: spec.krate.description.clone(),
            },
            operations,
            codes,
        };
        self.check_shared_values(&catalogue);
        self.check_parse_keys(&catalogue);
        catalogue
    }

    fn check_prefix(&mut self, prefix: &str) {
        if !is_upper_identifier(prefix) {
            self.top_problem(
                &["prefix"],
                format!("prefix `{prefix}` must be upper-case letters, digits and `_`, starting with a letter"),
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
            self.top_problem(
                &["crate", "name"],
                format!("crate name `{}` is not a valid Cargo package name (ASCII letters, digits, `-`, `_`, starting with a letter, at most 64)", krate.name),
            );
        }
        if !is_semver(&krate.version) {
            self.top_problem(
                &["crate", "version"],
                format!(
                    "crate version `{}` is not a semantic version such as `1.2.3`",
                    krate.version
                ),
            );
        }
        if let Err(why) = check_text(&krate.description) {
            self.top_problem(
                &["crate", "description"],
                format!("crate description {why}"),
            );
        }
    }

    fn operations(&mut self) -> Vec<Operation> {
        let spec = &self.source.spec;
        if spec.operations.is_empty() {
            self.top_problem(
                &["operations"],
                "the operation vocabulary is empty".to_string(),
            );
        }
        let mut operations: Vec<Operation> = Vec::new();
        for name in &spec.operations {
            let variant = camel_case(name);
            let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !name.contains("__")
                && !name.ends_with('_');
            if !valid || RUST_KEYWORDS.contains(&variant.as_str()) {
                self.top_problem(
                    &["operations", name],
                    format!("operation `{name}` must be a lower-case identifier (`a`-`z`, digits, single `_`)"),
                );
            } else if operations.iter().any(|op| op.name == *name) {
                self.top_problem(
                    &["operations", name],
                    format!("operation `{name}` is listed twice"),
                );
            }
            operations.push(Operation {
                name: name.clone(),
                variant,
            });
        }
        operations
    }

    fn code(
        &mut self,
        index: usize,
        spec: &CodeSpec,
        operations: &[Operation],
        names: &BTreeMap<&str, usize>,
    ) -> Code {
        let name = &spec.name;
        if !is_upper_identifier(name) {
            self.code_problem(index, &["name"], format!("name `{name}` must be upper-case letters, digits and `_`, starting with a letter"));
        } else if RESERVED_CODE_NAMES.contains(&name.as_str()) {
            self.code_problem(
                index,
                &["name"],
                format!(
                    "name `{name}` collides with the generated associated item `NetError::{name}`"
                ),
            );
        }
        if names.get(name.as_str()) != Some(&index) {
            self.code_problem(
                index,
                &["name"],
                format!("name `{name}` is used by an earlier code too"),
            );
        }
        let code_operations = self.code_operations(index, spec, operations);
        for (field, text) in [("zh", &spec.zh), ("en", &spec.en)] {
            if let Err(why) = check_text(text) {
                self.code_problem(index, &[field], format!("text {why}"));
            }
        }
        if spec.linux.is_none() && spec.windows.is_none() {
            self.code_problem(
                index,
                &["name"],
                "the code has no platform: give it `linux`, `windows` or both".to_string(),
            );
        }
        let linux = spec
            .linux
            .as_ref()
            .map(|native| self.native(index, Platform::Linux, native, names));
        let windows = spec
            .windows
            .as_ref()
            .map(|native| self.native(index, Platform::Windows, native, names));
        Code {
            code: format!("{}{}", self.source.spec.prefix, name),
            name: name.clone(),
            operations: code_operations,
            linux,
            windows,
            zh: spec.zh.clone(),
            en: spec.en.clone(),
        }
    }

    fn code_operations(
        &mut self,
        index: usize,
        spec: &CodeSpec,
        operations: &[Operation],
    ) -> Vec<usize> {
        if spec.operations.is_empty() {
            self.code_problem(
                index,
                &["operations"],
                "the list of operations is empty".to_string(),
            );
        }
        let mut ids = Vec::new();
        for name in &spec.operations {
            match operations.iter().position(|op| op.name == *name) {
                Some(id) if ids.contains(&id) => {
                    self.code_problem(
                        index,
                        &["operations", name],
                        format!("operation `{name}` is listed twice"),
                    );
                }
                Some(id) => ids.push(id),
                // With no vocabulary every name is unknown; that one problem is reported once.
                None if operations.is_empty() => {}
                None => {
                    let hint = closest(name, operations.iter().map(|op| op.name.as_str()))
                        .map(|near| format!("; did you mean `{near}`?"))
                        .unwrap_or_default();
                    self.code_problem(
                        index,
                        &["operations", name],
                        format!("unknown operation `{name}`{hint}"),
                    );
                }
            }
        }
        ids
    }

    fn native(
        &mut self,
        index: usize,
        platform: Platform,
        spec: &NativeSpec,
        names: &BTreeMap<&str, usize>,
    ) -> Native {
        let key = platform_key(platform);
        let symbol_ok = match platform {
            Platform::Linux => spec.symbol.starts_with('E') && is_upper_identifier(&spec.symbol),
            Platform::Windows => {
                spec.symbol.starts_with("WSA") && is_upper_identifier(&spec.symbol)
            }
        };
        if !symbol_ok {
            let expected = match platform {
                Platform::Linux => "an errno name such as `ECONNRESET`",
                Platform::Windows => "a Winsock name such as `WSAECONNRESET`",
            };
            self.code_problem(
                index,
                &[key, "symbol"],
                format!("symbol `{}` is not {expected}", spec.symbol),
            );
        }
        let range = value_range(platform);
        if !range.contains(&spec.value) {
            self.code_problem(
                index,
                &[key, "value"],
                format!(
                    "{} value {} is outside {}..={}",
                    platform.name(),
                    spec.value,
                    range.start(),
                    range.end()
                ),
            );
        }
        let alias_of = spec.alias_of.as_deref().and_then(|target| {
            let resolved = names.get(target).copied();
            if resolved.is_none() {
                self.code_problem(
                    index,
                    &[key, "alias_of"],
                    format!("`alias_of: {target}` names no code"),
                );
            } else if resolved == Some(index) {
                self.code_problem(
                    index,
                    &[key, "alias_of"],
                    format!("`alias_of: {target}` names the code itself"),
                );
            }
            resolved.filter(|&id| id != index)
        });
        Native {
            symbol: spec.symbol.clone(),
            value: i32::try_from(spec.value).unwrap_or(0),
            alias_of,
        }
    }

    /// Two codes may share a value on a platform only when all but one are aliases of it.
    fn check_shared_values(&mut self, catalogue: &Catalogue) {
        for platform in Platform::ALL {
            let key = platform_key(platform);
            let mut by_value: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
            for (id, code) in catalogue.codes.iter().enumerate() {
                if let Some(native) = code.native(platform) {
                    by_value.entry(native.value).or_default().push(id);
                }
            }
            for (id, code) in catalogue.codes.iter().enumerate() {
                let Some(native) = code.native(platform) else {
                    continue;
                };
                let Some(target) = native.alias_of else {
                    continue;
                };
                let target_code = &catalogue.codes[target];
                match target_code.native(platform) {
                    None => self.code_problem(id, &[key, "alias_of"], format!("alias of `{}`, which has no {} value", target_code.name, platform.name())),
                    Some(other) if other.alias_of.is_some() => self.code_problem(id, &[key, "alias_of"], format!("alias of `{}`, which is itself an alias: point to the code the value decodes to", target_code.name)),
                    Some(other) if other.value != native.value => self.code_problem(id, &[key, "alias_of"], format!("alias of `{}`, whose {} value is {}, not {}", target_code.name, platform.name(), other.value, native.value)),
                    Some(_) => {}
                }
            }
            for ids in by_value.values().filter(|ids| ids.len() > 1) {
                // A code that declares an alias (even a broken one, reported above) is not canonical.
                let canonical: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&id| !self.declares_alias(id, platform))
                    .collect();
                if canonical.len() > 1 {
                    let value = catalogue.codes[ids[0]]
                        .native(platform)
                        .map_or(0, |n| n.value);
                    let names: Vec<&str> = canonical
                        .iter()
                        .map(|&id| catalogue.codes[id].name.as_str())
                        .collect();
                    for &id in &canonical[1..] {
                        self.code_problem(
                            id,
                            &[key, "value"],
                            format!(
                                "{} value {value} is shared by {}; declare all but one as aliases (`alias_of: {}`)",
                                platform.name(),
                                names.join(", "),
                                names[0]
                            ),
                        );
                    }
                }
            }
        }
    }

    fn declares_alias(&self, id: usize, platform: Platform) -> bool {
        let code = &self.source.spec.codes[id];
        let native = match platform {
            Platform::Linux => &code.linux,
            Platform::Windows => &code.windows,
        };
        native.as_ref().is_some_and(|n| n.alias_of.is_some())
    }

    /// `FromStr` must map each accepted string to one code.
    fn check_parse_keys(&mut self, catalogue: &Catalogue) {
        let mut owner: BTreeMap<&str, usize> = BTreeMap::new();
        for id in 0..catalogue.codes.len() {
            for key in catalogue.parse_keys(id) {
                if let Some(&first) = owner.get(key) {
                    // A repeated name is reported once, as such.
                    if first != id && catalogue.codes[first].name != catalogue.codes[id].name {
                        let first_name = &catalogue.codes[first].name;
                        self.code_problem(id, &["name"], format!("`{key}` would parse as both `{first_name}` and this code; names, codes and symbols must be distinct across codes"));
                    }
                } else {
                    owner.insert(key, id);
                }
            }
        }
    }
}

fn platform_key(platform: Platform) -> &'static str {
    match platform {
        Platform::Linux => "linux",
        Platform::Windows => "windows",
    }
}

/// `ECONNRESET`, `WMKC_NET_ERR_`: ASCII upper-case letters, digits and `_`, starting with a letter.
fn is_upper_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
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
    Ok(())
}

/// `closesocket` → `Closesocket`, `get_opt` → `GetOpt`.
fn camel_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
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
    fn camel_cases_operation_names() {
        assert_eq!(camel_case("closesocket"), "Closesocket");
        assert_eq!(camel_case("get_opt"), "GetOpt");
    }
}
