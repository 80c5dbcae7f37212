//! What `resolve` produces: the validated, resolved catalogue that every renderer reads.
//!
//! Everything a renderer needs is decided here (identifiers, which code a
//! shared value decodes to, the document section of each code), so renderers
//! only format. Only `resolve::resolve` builds one, from a checked spec.

use std::collections::BTreeMap;

pub use crate::license::License;
pub use crate::platform::Platform;

/// The spec, checked and resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// Prefix of every code (`WMKC_NET_ERR_`).
    pub prefix: String,
    /// Package metadata of the generated crate.
    pub krate: CrateInfo,
    /// The operation vocabulary, in generated order.
    pub operations: Vec<Operation>,
    /// The codes, in spec order.
    pub codes: Vec<Code>,
    /// Where the docs site is published: its root, without a final `/`.
    pub site_url: Option<String>,
    /// Where each platform's messages come from, for every platform a code
    /// is reported on.
    pub message_sources: BTreeMap<Platform, MessageSource>,
}

/// Where one platform's own messages come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSource {
    /// The source of the English messages.
    pub en: String,
    /// The source of the Chinese messages, if any code has one.
    pub zh: Option<String>,
}

/// Package metadata of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateInfo {
    /// Cargo package name (`wmkc-net-err`).
    pub name: String,
    /// Cargo package version.
    pub version: String,
    /// One-paragraph description.
    pub description: String,
    /// The license, with its text.
    pub license: License,
    /// Source repository (`https`).
    pub repository: Option<String>,
    /// Home page (`https`).
    pub homepage: Option<String>,
    /// API docs (`https`): the spec's, else the crate's docs.rs page.
    pub documentation: String,
}

impl CrateInfo {
    /// The name Rust code uses for the crate (`wmkc_net_err`).
    pub fn rust_name(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// A socket operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// As written in the spec (`closesocket`).
    pub name: String,
    /// The generated enum variant (`Closesocket`).
    pub variant: String,
}

/// An index into `Catalogue::operations`.
pub type OperationId = usize;
/// An index into `Catalogue::codes`.
pub type CodeId = usize;

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The name and enum variant (`ECONNRESET`).
    pub name: String,
    /// The prefix and the name (`WMKC_NET_ERR_ECONNRESET`).
    pub full_name: String,
    /// One short English line (`connection reset by the peer`).
    pub summary: String,
    /// The operations that report it, in the document's order.
    pub operations: Vec<OperationId>,
    /// Its symbol and value on each platform that reports it.
    pub natives: BTreeMap<Platform, Native>,
    /// The C++ `std::errc` enumerator of the same POSIX name (`connection_reset`), if any.
    pub std_errc: Option<String>,
    /// The user's Chinese description, verbatim.
    pub zh: String,
    /// The English explanation.
    pub en: Explanation,
    /// The English explanation in Chinese.
    pub zh_explanation: Explanation,
    /// The documents the English explanation was checked against, in the spec's order.
    pub references: Vec<Reference>,
}

/// An explanation in parts, and the parts joined into one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// What happened.
    pub happened: String,
    /// The usual causes on each platform that reports the code, in platform order.
    pub causes: BTreeMap<Platform, String>,
    /// What to do.
    pub advice: String,
    /// Every part in order as one paragraph: what the one-string outputs
    /// (the crate's `en()`, the C header, the search) carry.
    pub text: String,
}

impl Explanation {
    /// The parts, and their paragraph.
    pub fn new(happened: String, causes: BTreeMap<Platform, String>, advice: String) -> Self {
        let mut text = String::new();
        for part in std::iter::once(&happened)
            .chain(causes.values())
            .chain(std::iter::once(&advice))
        {
            // A sentence that ends in Chinese punctuation is followed without a space.
            if !text.is_empty() && !text.ends_with(['。', '！', '？', '；', '）']) {
                text.push(' ');
            }
            text.push_str(part);
        }
        Explanation {
            happened,
            causes,
            advice,
            text,
        }
    }
}

/// A document a code's text was checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// How the docs name it (`connect(2)`).
    pub title: String,
    /// A well-formed `https` link to it, safe inside Markdown link syntax.
    pub link: String,
}

impl Code {
    /// Its native value on `platform`, if reported there.
    pub fn native(&self, platform: Platform) -> Option<&Native> {
        self.natives.get(&platform)
    }

    /// The platforms it is reported on, in `Platform::ALL` order.
    pub fn platforms(&self) -> impl Iterator<Item = Platform> + '_ {
        self.natives.keys().copied()
    }

    /// The section of the user's document it belongs to: one platform's own
    /// section when only that platform reports it, else the general one.
    pub fn section(&self) -> Section {
        let mut platforms = self.platforms();
        match (platforms.next(), platforms.next()) {
            (Some(only), None) => Section::Only(only),
            _ => Section::General,
        }
    }
}

/// A code's native symbol and value on one platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Native {
    /// `ECONNRESET`, `WSAECONNRESET`.
    pub symbol: String,
    /// The platform's number for the code.
    pub value: i32,
    /// The code this value decodes to: another code when declared an alias.
    pub alias_of: Option<CodeId>,
    /// The platform's own message for the value, in English.
    pub message: String,
    /// The platform's own message in Chinese, if the spec has it.
    pub message_zh: Option<String>,
}

/// The sections of the user's document, derived from a code's platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Reported on more than one platform ("General error").
    General,
    /// Reported on one platform only.
    Only(Platform),
}

impl Section {
    /// The sections in document order: general, then each platform's own.
    pub fn all() -> impl Iterator<Item = Section> {
        std::iter::once(Section::General).chain(Platform::ALL.into_iter().map(Section::Only))
    }

    /// The section heading, as in the user's document.
    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General error",
            Section::Only(platform) => platform.facts().only_here_heading,
        }
    }
}

impl Catalogue {
    /// The codes each value decodes to on `platform` (aliases left out), as `(value, code)` sorted by value.
    pub fn decode_table(&self, platform: Platform) -> Vec<(i32, CodeId)> {
        let mut table: Vec<(i32, CodeId)> = self
            .codes
            .iter()
            .enumerate()
            .filter_map(|(id, code)| {
                let native = code.native(platform)?;
                native.alias_of.is_none().then_some((native.value, id))
            })
            .collect();
        table.sort_unstable();
        table
    }

    /// The names of the operations that report `code`, in the code's order.
    pub fn operation_names(&self, code: &Code) -> Vec<&str> {
        code.operations
            .iter()
            .map(|&id| self.operations[id].name.as_str())
            .collect()
    }

    /// The heading of a code's entry in the user's document:
    /// `WMKC_NET_ERR_EINTR - [accept, send]`.
    pub fn entry_heading(&self, code: &Code) -> String {
        format!(
            "{} - [{}]",
            code.full_name,
            self.operation_names(code).join(", ")
        )
    }

    /// The sections of the user's document that hold codes, in document
    /// order, each with its codes in spec order.
    pub fn sections(&self) -> Vec<(Section, Vec<&Code>)> {
        Section::all()
            .map(|section| {
                let codes: Vec<&Code> = self
                    .codes
                    .iter()
                    .filter(|code| code.section() == section)
                    .collect();
                (section, codes)
            })
            .filter(|(_, codes)| !codes.is_empty())
            .collect()
    }

    /// The codes that report `operation`, in spec order.
    pub fn codes_for(&self, operation: OperationId) -> impl Iterator<Item = CodeId> + '_ {
        self.codes
            .iter()
            .enumerate()
            .filter(move |(_, code)| code.operations.contains(&operation))
            .map(|(id, _)| id)
    }

    /// Every string `FromStr` accepts for a code: full name, name and native symbols, without repeats.
    pub fn parse_keys(&self, id: CodeId) -> Vec<&str> {
        let code = &self.codes[id];
        crate::names::parse_keys(
            &code.full_name,
            &code.name,
            code.natives.values().map(|native| native.symbol.as_str()),
        )
    }
}
