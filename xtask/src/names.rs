//! Rules for the names the spec gives, and the names derived from them:
//! Rust variants, C identifiers and the keys `FromStr` accepts.

/// Rust keywords (strict, reserved and weak ones that cannot name a variant).
pub const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Crates of Rust's standard library: a package of that name would shadow
/// or clash with one (the names rustc's sysroot ships; `cargo new` refuses them).
const STD_CRATES: &[&str] = &["std", "core", "alloc", "proc_macro", "test"];

/// Names Cargo keeps for the folders of its target directory (`cargo new`
/// refuses them: `restricted_names::is_conflicting_artifact_name`).
const CARGO_ARTIFACT_NAMES: &[&str] = &["deps", "examples", "build", "incremental"];

/// Device names Windows reserves in every folder, in any case (`cargo new`
/// refuses them: `restricted_names::is_windows_reserved`).
const WINDOWS_DEVICE_NAMES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Why a well-formed Cargo package name cannot name the generated crate, if
/// it cannot: the crate is `name` with `-` as `_` in Rust code, a folder on
/// every platform, and a package beside the standard library's.
pub fn reserved_crate_name(name: &str) -> Option<String> {
    let in_code = name.replace('-', "_");
    let lower = in_code.to_ascii_lowercase();
    if let Some(std) = STD_CRATES.iter().find(|std| **std == lower) {
        Some(format!(
            "is the name of a crate of Rust's standard library (`{std}`)"
        ))
    } else if RUST_KEYWORDS.contains(&in_code.as_str()) {
        Some(format!(
            "is a Rust keyword (`{in_code}`): the crate's name is an identifier in Rust code"
        ))
    } else if CARGO_ARTIFACT_NAMES.contains(&name.to_ascii_lowercase().as_str()) {
        Some("is a name Cargo reserves for a folder of its build output".to_string())
    } else if WINDOWS_DEVICE_NAMES.contains(&name.to_ascii_lowercase().as_str()) {
        Some("is a Windows device name, which no folder can have there".to_string())
    } else {
        None
    }
}

/// `ECONNRESET`, `WMKC_NET_ERR_`: ASCII upper-case letters, digits and `_`, starting with a letter.
pub fn is_upper_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// An operation's enum variant: `closesocket` → `Closesocket`, `get_opt` → `GetOpt`.
pub fn pascal_case(name: &str) -> String {
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

/// Every string `FromStr` accepts for one code, in this order and without
/// repeats: its full name, its name, its native symbols. `check` applies it
/// to the spec (to refuse a string that would name two codes) and the
/// renderer to the catalogue (to build the lookup), so the two agree.
pub fn parse_keys<'a>(
    full_name: &'a str,
    name: &'a str,
    symbols: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let mut keys: Vec<&str> = Vec::new();
    for key in [full_name, name].into_iter().chain(symbols) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_keys_keep_order_and_drop_repeats() {
        assert_eq!(
            parse_keys("P_EINTR", "EINTR", ["EINTR", "WSAEINTR"]),
            ["P_EINTR", "EINTR", "WSAEINTR"]
        );
    }

    #[test]
    fn pascal_cases_operation_names() {
        assert_eq!(pascal_case("closesocket"), "Closesocket");
        assert_eq!(pascal_case("get_opt"), "GetOpt");
    }

    #[test]
    fn reserved_crate_names_say_why() {
        for (name, expected) in [
            ("std", "standard library (`std`)"),
            ("proc-macro", "standard library (`proc_macro`)"),
            ("Core", "standard library (`core`)"),
            ("self", "Rust keyword (`self`)"),
            ("Self", "Rust keyword (`Self`)"),
            ("gen", "Rust keyword"),
            ("deps", "Cargo reserves"),
            ("Incremental", "Cargo reserves"),
            ("nul", "Windows device name"),
            ("LPT9", "Windows device name"),
        ] {
            let why = reserved_crate_name(name).unwrap_or_default();
            assert!(why.contains(expected), "{name}: {why}");
        }
        for fine in [
            "wmkc-net-err",
            "test-net-err",
            "self-test",
            "com10",
            "builder",
            "Crate",
        ] {
            assert_eq!(reserved_crate_name(fine), None, "{fine}");
        }
    }

    #[test]
    fn upper_identifiers() {
        assert!(is_upper_identifier("WMKC_NET_ERR_"));
        assert!(is_upper_identifier("E2BIG"));
        assert!(!is_upper_identifier("2BIG"));
        assert!(!is_upper_identifier("Econn"));
        assert!(!is_upper_identifier(""));
    }
}
