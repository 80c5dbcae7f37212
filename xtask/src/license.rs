//! Facts: the licenses the generator can give the generated crate. Each is
//! an SPDX identifier with its text, kept in `xtask/licenses/` and compiled
//! in (never fetched), which the crate ships as its `LICENSE` file.

/// A license the generator holds the text of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct License {
    /// The SPDX identifier, as `Cargo.toml`'s `license` field takes it.
    pub id: &'static str,
    /// The full text, as its authors publish it.
    pub text: &'static str,
}

/// Every license the generator can write, sorted by identifier.
pub const KNOWN: [License; 1] = [License {
    id: "Apache-2.0",
    text: include_str!("../licenses/Apache-2.0.txt"),
}];

/// The license with SPDX identifier `id` (exact, as SPDX spells it).
pub fn find(id: &str) -> Option<License> {
    KNOWN.into_iter().find(|license| license.id == id)
}

/// The identifiers of [`KNOWN`], for messages: `` `Apache-2.0` ``.
pub fn known_ids() -> String {
    KNOWN
        .iter()
        .map(|license| format!("`{}`", license.id))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_the_licenses_they_claim() {
        let apache = find("Apache-2.0").expect("Apache-2.0 is known");
        assert!(apache.text.contains("Apache License"));
        assert!(apache.text.contains("Version 2.0, January 2004"));
        assert!(
            apache
                .text
                .trim_end()
                .ends_with("END OF TERMS AND CONDITIONS")
        );
        assert!(!apache.text.contains('\r'), "LF only, like every output");
        assert_eq!(find("apache-2.0"), None, "SPDX identifiers are exact");
        assert_eq!(find("MIT"), None);
    }
}
