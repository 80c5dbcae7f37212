//! Code of the generated crate that no spec data changes, kept here as
//! ordinary Rust: rustfmt formats it, clippy lints it, and (but for `lib.rs`,
//! the generated crate's root) it is compiled into xtask and unit-tested.
//! The Rust renderer prints each file through syn and prettyplease like the
//! rest of the generated Rust, behind the generated header; `//` comments
//! stay here, doc comments go out.

// The generated crate uses these items; xtask only tests them (and
// `render::perfect_hash` builds its tables with `string_hash`).
#[allow(dead_code)]
pub(crate) mod parse_error;
#[allow(dead_code)]
pub(crate) mod platform;
pub(crate) mod string_hash;

// Formatted by rustfmt through these declarations: `lib.rs` is compiled only
// as the generated crate's root, the trait impls below against stand-ins of
// the generated enums (they are `include!`d there, which rustfmt does not follow).
#[cfg(any())]
#[path = "lib.rs"]
mod generated_crate_root;
#[cfg(any())]
#[path = "net_error_from_str.rs"]
mod net_error_from_str;
#[cfg(any())]
#[path = "net_error_traits.rs"]
mod net_error_traits;
#[cfg(any())]
#[path = "operation_traits.rs"]
mod operation_traits;
// Needs the generated crate's types; compiled there with its `serde` feature.
#[cfg(any())]
#[path = "serde_support.rs"]
mod serde_support;

/// `src/lib.rs` of the generated crate.
pub const LIB_RS: &str = include_str!("lib.rs");
/// `src/platform.rs` of the generated crate.
pub const PLATFORM_RS: &str = include_str!("platform.rs");
/// `src/parse_error.rs` of the generated crate.
pub const PARSE_ERROR_RS: &str = include_str!("parse_error.rs");
/// `src/serde_support.rs` of the generated crate: its optional `serde` feature.
pub const SERDE_SUPPORT_RS: &str = include_str!("serde_support.rs");
/// The run-time half of the string hash, appended to the generated `src/decode.rs`.
pub const STRING_HASH_RS: &str = include_str!("string_hash.rs");
/// `NetError`'s `Display`, `Error` and `From<NetError> for io::Error`,
/// after the data-driven items of the generated `src/net_error.rs`.
pub const NET_ERROR_TRAITS_RS: &str = include_str!("net_error_traits.rs");
/// `FromStr for NetError` (its rustdoc, which shows the spec's first code,
/// is rendered) and the out-of-line error path, in the generated `src/decode.rs`.
pub const NET_ERROR_FROM_STR_RS: &str = include_str!("net_error_from_str.rs");
/// `Display for Operation`, in the generated `src/operation.rs`.
pub const OPERATION_TRAITS_RS: &str = include_str!("operation_traits.rs");

/// The generated `NetError` as far as `net_error_traits.rs` needs it: the
/// trait impls are compiled and run here against two stand-in codes.
#[cfg(test)]
mod net_error_stand_in {
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum NetError {
        /// A code the host has a number for.
        Numbered,
        /// A code the host has no number for.
        Unnumbered,
    }

    impl NetError {
        fn name(self) -> &'static str {
            match self {
                NetError::Numbered => "ENUMBERED",
                NetError::Unnumbered => "EUNNUMBERED",
            }
        }

        fn summary(self) -> &'static str {
            "a stand-in code"
        }

        fn en(self) -> &'static str {
            "A stand-in code, explained."
        }

        fn kind(self) -> std::io::ErrorKind {
            std::io::ErrorKind::NotConnected
        }

        fn host_value(self) -> Option<i32> {
            match self {
                NetError::Numbered => Some(4),
                NetError::Unnumbered => None,
            }
        }
    }

    include!("net_error_traits.rs");

    #[test]
    fn display_is_the_name_and_the_summary_and_alternate_adds_the_explanation() {
        assert_eq!(NetError::Numbered.to_string(), "ENUMBERED: a stand-in code");
        assert_eq!(
            format!("{:#}", NetError::Unnumbered),
            "EUNNUMBERED: a stand-in code\nA stand-in code, explained."
        );
        // Width and fill do not apply: the message is written as is.
        assert_eq!(
            format!("{:>40}", NetError::Numbered),
            "ENUMBERED: a stand-in code"
        );
        let err: &dyn std::error::Error = &NetError::Unnumbered;
        assert!(err.source().is_none());
    }

    #[test]
    fn io_errors_keep_the_host_number_or_wrap_the_code() {
        let numbered = std::io::Error::from(NetError::Numbered);
        assert_eq!(numbered.raw_os_error(), Some(4));
        let unnumbered = std::io::Error::from(NetError::Unnumbered);
        assert_eq!(unnumbered.raw_os_error(), None);
        assert_eq!(unnumbered.kind(), std::io::ErrorKind::NotConnected);
        let inner = unnumbered
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<NetError>());
        assert_eq!(inner, Some(&NetError::Unnumbered));
    }
}

/// The generated `decode.rs` as far as `net_error_from_str.rs` needs it:
/// a stand-in code, a stand-in lookup, and the real fixed `ParseError`.
#[cfg(test)]
mod from_str_stand_in {
    use std::str::FromStr;

    use super::parse_error::{ParseError, ParseTarget};

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum NetError {
        /// The one code of the stand-in.
        Known,
    }

    fn parse_key(s: &str) -> Option<NetError> {
        (s == "EKNOWN").then_some(NetError::Known)
    }

    include!("net_error_from_str.rs");

    #[test]
    fn from_str_finds_a_key_or_keeps_the_input() {
        assert_eq!("EKNOWN".parse::<NetError>(), Ok(NetError::Known));
        let err = "EFOO".parse::<NetError>().expect_err("an unknown key");
        assert_eq!((err.target(), err.input()), (ParseTarget::NetError, "EFOO"));
    }
}

/// The generated `operation.rs` as far as `operation_traits.rs` needs it.
#[cfg(test)]
mod operation_stand_in {
    use std::fmt;

    #[derive(Debug, Clone, Copy)]
    pub enum Operation {
        /// The one operation of the stand-in.
        Accept,
    }

    impl Operation {
        fn name(self) -> &'static str {
            "accept"
        }
    }

    include!("operation_traits.rs");

    #[test]
    fn display_is_the_calls_name() {
        assert_eq!(Operation::Accept.to_string(), "accept");
    }
}

#[cfg(test)]
mod tests {
    use super::parse_error::{ParseError, ParseTarget};
    use super::platform::Platform;
    use super::string_hash::{bucket_index, key_hash, key_words, slot_index};

    #[test]
    fn platforms_are_the_generators_platforms() {
        let names: Vec<&str> = Platform::ALL.iter().map(|p| p.name()).collect();
        let declared: Vec<&str> = crate::platform::Platform::ALL
            .iter()
            .map(|p| p.facts().name)
            .collect();
        assert_eq!(names, declared);
        for platform in Platform::ALL {
            assert_eq!(platform.to_string(), format!("{platform:?}"));
        }
    }

    #[cfg(all(
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    #[test]
    fn this_host_uses_the_generic_errno_numbers() {
        assert_eq!(Platform::host(), Some(Platform::Linux));
    }

    #[test]
    fn parse_errors_keep_the_start_of_the_input_on_a_char_boundary() {
        let err = ParseError::err::<()>(ParseTarget::NetError, "EFOO").unwrap_err();
        assert_eq!((err.input(), err.is_truncated()), ("EFOO", false));
        assert_eq!(err.to_string(), "unknown socket error code \"EFOO\"");
        let long = format!("{}é", "x".repeat(31));
        let err = ParseError::err::<()>(ParseTarget::Operation, &long).unwrap_err();
        assert_eq!(
            (err.input(), err.is_truncated()),
            ("x".repeat(31).as_str(), true)
        );
        assert_eq!(
            err.to_string(),
            format!(
                "unknown socket operation \"{}\" (truncated)",
                "x".repeat(31)
            )
        );
        let exact = "y".repeat(32);
        let err = ParseError::err::<()>(ParseTarget::Operation, &exact).unwrap_err();
        assert_eq!((err.input(), err.is_truncated()), (exact.as_str(), false));
        assert_eq!(err.target(), ParseTarget::Operation);
        let empty = ParseError::err::<()>(ParseTarget::NetError, "").unwrap_err();
        assert_eq!((empty.input(), empty.is_truncated()), ("", false));
    }

    #[test]
    fn key_words_read_head_middle_and_tail() {
        assert_eq!(key_words(b"", 8), [0, 0, 0]);
        assert_eq!(
            key_words(b"AB", 8),
            [u64::from(b'A') | u64::from(b'B') << 8, 0, 0]
        );
        let key = b"0123456789abcdefghijXYZ";
        let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().expect("8 bytes"));
        assert_eq!(key_words(key, 8), [word(0), word(8), word(15)]);
        // A skip past the end reads the last 8 bytes as the middle word too.
        assert_eq!(key_words(key, 100), [word(0), word(15), word(15)]);
    }

    #[test]
    fn hashes_spread_over_buckets_and_slots_in_range() {
        for n in 0..1000u64 {
            let key = format!("KEY_{n}");
            let hash = key_hash(key_words(key.as_bytes(), 8), key.len(), n);
            assert!(bucket_index(hash, 7) < 7);
            assert!(slot_index(hash, n as u16, 64) < 64);
        }
        let a = key_hash(key_words(b"ECONNRESET", 8), 10, 0);
        let b = key_hash(key_words(b"ECONNRESET", 8), 10, 1);
        assert_ne!(a, b, "the seed changes the hash");
    }
}
