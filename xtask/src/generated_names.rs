//! Names of the generated crate's and C header's items that the generator
//! itself chooses (not the spec).
//!
//! The Rust renderers emit these names from here and `check` refuses a code
//! whose name would collide with one. The hand-written modules of
//! `xtask/crate-source/` spell the type names out as ordinary Rust; a test in
//! `render::rust` reads the rendered and the hand-written `NetError` and
//! fails if its upper-case associated items are not [`RESERVED_CODE_NAMES`].

/// The error code enum.
pub const NET_ERROR: &str = "NetError";
/// The operation enum.
pub const OPERATION: &str = "Operation";
/// The platform enum.
pub const PLATFORM: &str = "Platform";

/// The hand-written struct of an explanation's parts.
pub const EXPLANATION: &str = "Explanation";
/// The associated constant of every enum that lists its variants.
pub const ALL: &str = "ALL";

/// Associated items of `NetError` that a code's name could collide with.
/// Codes are upper-case identifiers and every method is lower-case, so only
/// the associated constants can.
pub const RESERVED_CODE_NAMES: &[&str] = &[ALL];

/// Names the generated C header chooses, derived from the spec's prefix so
/// that `check` can refuse a code that would collide with one of them.
pub mod c {
    /// What the include guard adds to the prefix (`WMKC_NET_ERR_H_INCLUDED`).
    pub const GUARD_SUFFIX: &str = "H_INCLUDED";

    /// The most operations the header's `unsigned` bit set holds: 32 bits on
    /// every platform the spec targets (Linux and Windows, 32 and 64 bit).
    pub const MAX_OPERATIONS: usize = 32;

    /// The longest text, in bytes, a C string literal is sure to hold: C99's
    /// minimum limit, which `-Wpedantic` enforces.
    pub const MAX_TEXT_BYTES: usize = 4095;

    /// The prefix without its final `_`s (`WMKC_NET_ERR`).
    fn base(prefix: &str) -> &str {
        prefix.trim_end_matches('_')
    }

    /// The prefix of the operation macros: `WMKC_NET_ERR_` → `WMKC_NET_OP_`
    /// (an `_ERR` at the end becomes `_OP`), any other prefix gains `OP_`.
    pub fn operation_prefix(prefix: &str) -> String {
        let base = base(prefix);
        match base.strip_suffix("_ERR") {
            Some(stem) => format!("{stem}_OP_"),
            None => format!("{base}_OP_"),
        }
    }

    /// The prefix of the functions and the struct: the prefix in lower case
    /// (`wmkc_net_err_`).
    pub fn function_prefix(prefix: &str) -> String {
        format!("{}_", base(prefix).to_ascii_lowercase())
    }

    /// The header's file name: the prefix in lower case without its final
    /// `_` (`wmkc_net_err.h`).
    pub fn header_file(prefix: &str) -> String {
        format!("{}.h", base(prefix).to_ascii_lowercase())
    }

    /// The include guard (`WMKC_NET_ERR_H_INCLUDED`).
    pub fn guard(prefix: &str) -> String {
        format!("{}_{GUARD_SUFFIX}", base(prefix))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn names_follow_the_prefix() {
            assert_eq!(operation_prefix("WMKC_NET_ERR_"), "WMKC_NET_OP_");
            assert_eq!(operation_prefix("HOSTILE_"), "HOSTILE_OP_");
            assert_eq!(function_prefix("WMKC_NET_ERR_"), "wmkc_net_err_");
            assert_eq!(header_file("WMKC_NET_ERR_"), "wmkc_net_err.h");
            assert_eq!(header_file("HOSTILE_"), "hostile.h");
            assert_eq!(guard("WMKC_NET_ERR_"), "WMKC_NET_ERR_H_INCLUDED");
            assert_eq!(operation_prefix("NET"), "NET_OP_");
            assert_eq!(function_prefix("NET"), "net_");
        }
    }
}

/// Names the generated C++ header (`wmkc_net_err.hpp`) chooses, derived from
/// the spec's prefix like the C header's.
pub mod cxx {
    /// What the include guard adds to the prefix (`WMKC_NET_ERR_HPP_INCLUDED`).
    pub const GUARD_SUFFIX: &str = "HPP_INCLUDED";

    /// The prefix without its final `_`s and an `_ERR` at its end
    /// (`WMKC_NET_ERR_` → `WMKC_NET`).
    fn stem(prefix: &str) -> &str {
        let base = prefix.trim_end_matches('_');
        base.strip_suffix("_ERR").unwrap_or(base)
    }

    /// The nested namespaces, outermost first: the stem's words in lower
    /// case (`WMKC_NET_ERR_` → `wmkc`, `net`). A word may be empty (`A__B_`);
    /// `check` refuses such a prefix.
    pub fn namespaces(prefix: &str) -> Vec<String> {
        stem(prefix)
            .split('_')
            .map(str::to_ascii_lowercase)
            .collect()
    }

    /// The namespaces as C++ writes a qualified name: `wmkc::net`.
    pub fn qualified_namespace(prefix: &str) -> String {
        namespaces(prefix).join("::")
    }

    /// What the category's `name()` returns: the namespaces joined by dots
    /// (`wmkc.net`), as Asio names its categories (`asio.netdb`).
    pub fn category_name(prefix: &str) -> String {
        namespaces(prefix).join(".")
    }

    /// The header's file name, beside the C header (`wmkc_net_err.hpp`).
    pub fn header_file(prefix: &str) -> String {
        format!("{}.hpp", prefix.trim_end_matches('_').to_ascii_lowercase())
    }

    /// The include guard (`WMKC_NET_ERR_HPP_INCLUDED`).
    pub fn guard(prefix: &str) -> String {
        format!("{}_{GUARD_SUFFIX}", prefix.trim_end_matches('_'))
    }

    /// A code's enumerator: its name in lower case (`econnreset`).
    pub fn enumerator(name: &str) -> String {
        name.to_ascii_lowercase()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn names_follow_the_prefix() {
            assert_eq!(namespaces("WMKC_NET_ERR_"), ["wmkc", "net"]);
            assert_eq!(qualified_namespace("WMKC_NET_ERR_"), "wmkc::net");
            assert_eq!(category_name("WMKC_NET_ERR_"), "wmkc.net");
            assert_eq!(namespaces("HOSTILE_"), ["hostile"]);
            assert_eq!(namespaces("A__B_"), ["a", "", "b"]);
            assert_eq!(header_file("WMKC_NET_ERR_"), "wmkc_net_err.hpp");
            assert_eq!(guard("WMKC_NET_ERR_"), "WMKC_NET_ERR_HPP_INCLUDED");
            assert_eq!(enumerator("NOTINITIALISED"), "notinitialised");
        }
    }
}
