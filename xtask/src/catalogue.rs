//! Stage 2: the validated, resolved catalogue that every renderer reads.
//!
//! Everything a renderer needs is decided here (identifiers, which code a
//! shared value decodes to, the document section of each code), so renderers
//! only format. Only `validate::validate` builds one.

/// A platform a code can be reported on. Fixed by the generated crate's API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Platform {
    /// Linux: errno values.
    Linux,
    /// Windows: Winsock (`WSA*`) values.
    Windows,
}

impl Platform {
    /// Both platforms, in generated order.
    pub const ALL: [Platform; 2] = [Platform::Linux, Platform::Windows];

    /// The name used in the generated crate and the docs.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Linux => "Linux",
            Platform::Windows => "Windows",
        }
    }
}

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
    /// The full code (`WMKC_NET_ERR_ECONNRESET`).
    pub code: String,
    /// The operations that report it, in the document's order.
    pub operations: Vec<OperationId>,
    /// Its errno on Linux.
    pub linux: Option<Native>,
    /// Its Winsock code on Windows.
    pub windows: Option<Native>,
    /// Chinese description.
    pub zh: String,
    /// English description.
    pub en: String,
}

impl Code {
    /// Its native value on `platform`, if reported there.
    pub fn native(&self, platform: Platform) -> Option<&Native> {
        match platform {
            Platform::Linux => self.linux.as_ref(),
            Platform::Windows => self.windows.as_ref(),
        }
    }

    /// The platforms it is reported on, in `Platform::ALL` order.
    pub fn platforms(&self) -> Vec<Platform> {
        Platform::ALL
            .into_iter()
            .filter(|&platform| self.native(platform).is_some())
            .collect()
    }

    /// The section of the user's document it belongs to.
    pub fn section(&self) -> Section {
        match (&self.linux, &self.windows) {
            (Some(_), None) => Section::LinuxOnly,
            (None, Some(_)) => Section::WindowsOnly,
            _ => Section::General,
        }
    }
}

/// A code's native symbol and value on one platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Native {
    /// `ECONNRESET`, `WSAECONNRESET`.
    pub symbol: String,
    /// The numeric value.
    pub value: i32,
    /// The code this value decodes to: another code when declared an alias.
    pub alias_of: Option<CodeId>,
}

/// The sections of the user's document, derived from a code's platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Reported on Linux and Windows.
    General,
    /// Reported on Linux only.
    LinuxOnly,
    /// Reported on Windows only.
    WindowsOnly,
}

impl Section {
    /// The sections in document order.
    pub const ALL: [Section; 3] = [Section::General, Section::LinuxOnly, Section::WindowsOnly];

    /// The section heading, as in the user's document.
    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General error",
            Section::LinuxOnly => "Linux error",
            Section::WindowsOnly => "Windows error",
        }
    }
}

impl Catalogue {
    /// The codes whose value decodes on `platform`, as `(value, code)` sorted by value.
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

    /// The codes that report `operation`, in spec order.
    pub fn codes_for(&self, operation: OperationId) -> impl Iterator<Item = CodeId> + '_ {
        self.codes
            .iter()
            .enumerate()
            .filter(move |(_, code)| code.operations.contains(&operation))
            .map(|(id, _)| id)
    }

    /// Every string `FromStr` accepts for a code: code, name and native symbols, without repeats.
    pub fn parse_keys(&self, id: CodeId) -> Vec<&str> {
        let code = &self.codes[id];
        let mut keys = vec![code.code.as_str(), code.name.as_str()];
        for native in [&code.linux, &code.windows].into_iter().flatten() {
            keys.push(&native.symbol);
        }
        let mut seen = Vec::new();
        keys.retain(|key| {
            let new = !seen.contains(key);
            seen.push(*key);
            new
        });
        keys
    }
}
