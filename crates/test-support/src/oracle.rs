//! The spec oracle: the bundled spec read straight from its YAML with
//! `serde_yaml`, not through the generator. The generated crate, the command
//! and the C header are compared with it, so that no test checks the
//! generator's output against the generator itself.

use serde_yaml::Value;

/// One code as the spec writes it.
#[derive(Debug, Clone)]
pub struct SpecCode {
    /// `ECONNRESET`.
    pub name: String,
    /// The one-line summary.
    pub summary: String,
    /// The English explanation, its parts joined into one paragraph.
    pub en: String,
    /// The English explanation's parts.
    pub en_parts: Parts,
    /// The user's Chinese text.
    pub zh: String,
    /// The Chinese explanation, its parts joined into one paragraph.
    pub zh_explanation: String,
    /// The Chinese explanation's parts.
    pub zh_explanation_parts: Parts,
    /// The platforms' own messages.
    pub messages: Messages,
    /// The operations, in the spec's order.
    pub operations: Vec<String>,
    /// C++'s `std::errc` enumerator for the code (`connection_reset`), if
    /// C++ has one.
    pub std_errc: Option<String>,
    /// `(symbol, value, alias_of)` on Linux.
    pub linux: Option<(String, i32, Option<String>)>,
    /// `(symbol, value, alias_of)` on Windows.
    pub windows: Option<(String, i32, Option<String>)>,
}

/// An explanation's parts, as the spec writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// What happened.
    pub happened: String,
    /// The causes on Linux.
    pub linux: Option<String>,
    /// The causes on Windows.
    pub windows: Option<String>,
    /// What to do.
    pub advice: String,
}

impl Parts {
    /// The parts in order as one paragraph: a space between two parts,
    /// unless the first ends with Chinese punctuation.
    pub fn joined(&self) -> String {
        let mut out = String::new();
        for part in [
            Some(&self.happened),
            self.linux.as_ref(),
            self.windows.as_ref(),
            Some(&self.advice),
        ]
        .into_iter()
        .flatten()
        {
            if !out.is_empty()
                && !matches!(out.chars().last(), Some('。' | '！' | '？' | '；' | '）'))
            {
                out.push(' ');
            }
            out.push_str(part);
        }
        out
    }
}

/// A code's messages from the platforms themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages {
    /// glibc's `strerror` text.
    pub linux: Option<String>,
    /// glibc's Chinese text.
    pub linux_zh: Option<String>,
    /// Windows' `FormatMessage` text.
    pub windows: Option<String>,
    /// Windows' Chinese text.
    pub windows_zh: Option<String>,
}

impl SpecCode {
    /// The code the Linux value decodes to: the alias target, or the code itself.
    pub fn linux_decodes_as(&self) -> Option<&str> {
        decodes_as(&self.name, self.linux.as_ref())
    }

    /// The code the Windows value decodes to.
    pub fn windows_decodes_as(&self) -> Option<&str> {
        decodes_as(&self.name, self.windows.as_ref())
    }
}

fn decodes_as<'a>(
    name: &'a str,
    native: Option<&'a (String, i32, Option<String>)>,
) -> Option<&'a str> {
    native.map(|(_, _, alias)| alias.as_deref().unwrap_or(name))
}

/// The spec's operation vocabulary and codes, in order.
pub struct Spec {
    /// The prefix of every full name.
    pub prefix: String,
    /// The operation vocabulary.
    pub operations: Vec<String>,
    /// The codes.
    pub codes: Vec<SpecCode>,
    /// The published docs site's root without a final `/`, if the spec names one.
    pub site: Option<String>,
}

fn text(value: &Value, key: &str) -> String {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is a string in {value:?}"))
        .to_string()
}

fn optional_text(value: &Value, key: &str) -> Option<String> {
    value
        .get(key)
        .map(|text| text.as_str().expect("a text is a string").to_string())
}

fn parts(value: &Value) -> Parts {
    Parts {
        happened: text(value, "happened"),
        linux: optional_text(value, "linux"),
        windows: optional_text(value, "windows"),
        advice: text(value, "advice"),
    }
}

fn message(code: &Value, platform: &str, key: &str) -> Option<String> {
    optional_text(code.get(platform)?, key)
}

fn native(code: &Value, key: &str) -> Option<(String, i32, Option<String>)> {
    let native = code.get(key)?;
    let value = native["value"]
        .as_i64()
        .expect("a native value is a number");
    Some((
        text(native, "symbol"),
        i32::try_from(value).expect("a native value fits an i32"),
        native
            .get("alias_of")
            .map(|alias| alias.as_str().expect("alias_of is a name").to_string()),
    ))
}

/// `spec/net_errors.yaml` of this workspace, as it was when the tests were built.
pub fn spec() -> Spec {
    // Built in, so the test binaries need no access to the source tree (CI runs them as another user).
    spec_from(include_str!("../../../spec/net_errors.yaml"))
}

/// A spec in the bundled spec's format, read from its YAML text.
pub fn spec_from(yaml: &str) -> Spec {
    let root: Value = serde_yaml::from_str(yaml).expect("the spec is YAML");
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_sequence()
            .expect("a list")
            .iter()
            .map(|item| item.as_str().expect("a name").to_string())
            .collect()
    };
    Spec {
        prefix: text(&root, "prefix"),
        operations: strings(&root["operations"]),
        codes: root["codes"]
            .as_sequence()
            .expect("codes is a list")
            .iter()
            .map(|code| SpecCode {
                name: text(code, "name"),
                summary: text(code, "summary"),
                en: parts(&code["en"]).joined(),
                en_parts: parts(&code["en"]),
                zh: text(code, "zh"),
                zh_explanation: parts(&code["zh_explanation"]).joined(),
                zh_explanation_parts: parts(&code["zh_explanation"]),
                messages: Messages {
                    linux: message(code, "linux", "message"),
                    linux_zh: message(code, "linux", "message_zh"),
                    windows: message(code, "windows", "message"),
                    windows_zh: message(code, "windows", "message_zh"),
                },
                operations: strings(&code["operations"]),
                std_errc: optional_text(code, "std_errc"),
                linux: native(code, "linux"),
                windows: native(code, "windows"),
            })
            .collect(),
        site: root
            .get("site")
            .map(|site| text(site, "url").trim_end_matches('/').to_string()),
    }
}
