//! The Linux messages of the spec against the running C library: each
//! errno's English message is what `strerror` gives here (through std, which
//! asks `strerror_r`), and its Chinese message is the translation glibc's own
//! zh_CN catalogue (`libc.mo`, Debian's `libc-l10n`) holds for that text.
//!
//! Where glibc is not the C library, or the catalogue is not installed, the
//! test prints NOT RUN (and fails under `WMKC_REQUIRE_PROOFS`).

#![cfg(target_os = "linux")]

use std::collections::HashMap;

use test_support::proofs;
use wmkc_net_err::NetError;

/// Where Debian's libc-l10n installs glibc's Chinese messages.
const CATALOGUE: &str = "/usr/share/locale/zh_CN/LC_MESSAGES/libc.mo";

/// The English message std gives for `errno`, without its ` (os error N)`.
fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {errno})");
    text.strip_suffix(&suffix)
        .unwrap_or_else(|| panic!("std writes {text:?} for {errno}"))
        .to_string()
}

#[test]
fn english_messages_are_strerror() {
    // musl and others word them differently; the spec's are glibc's.
    if !cfg!(target_env = "gnu") {
        proofs::not_run("the Linux messages: the C library is not glibc");
        return;
    }
    for &code in NetError::ALL {
        let (Some(errno), Some(message)) = (code.errno(), code.errno_message()) else {
            assert_eq!(code.errno(), None, "{code:?} has an errno but no message");
            continue;
        };
        assert_eq!(message, strerror(errno), "{code:?} ({errno})");
    }
}

#[test]
fn chinese_messages_are_glibcs_zh_cn_catalogue() {
    let Ok(bytes) = std::fs::read(CATALOGUE) else {
        proofs::not_run(&format!(
            "the Chinese Linux messages: {CATALOGUE} is missing (Debian: apt-get install libc-l10n)"
        ));
        return;
    };
    let catalogue = read_mo(&bytes);
    for &code in NetError::ALL {
        let Some(message) = code.errno_message() else {
            continue;
        };
        assert_eq!(
            code.errno_message_zh(),
            catalogue.get(message).map(String::as_str),
            "{code:?}: {message:?}"
        );
    }
}

/// The msgid → msgstr pairs of a GNU `.mo` file (either byte order).
fn read_mo(bytes: &[u8]) -> HashMap<String, String> {
    let word = |at: usize, little: bool| {
        let four: [u8; 4] = bytes[at..at + 4].try_into().expect("four bytes");
        let value = if little {
            u32::from_le_bytes(four)
        } else {
            u32::from_be_bytes(four)
        };
        usize::try_from(value).expect("a u32 fits a usize")
    };
    let little = match word(0, true) {
        0x9504_12de => true,
        0xde12_0495 => false,
        magic => panic!("{CATALOGUE} is not a .mo file (magic {magic:#x})"),
    };
    let count = word(8, little);
    let (originals, translations) = (word(12, little), word(16, little));
    let string = |table: usize, index: usize| {
        let length = word(table + 8 * index, little);
        let offset = word(table + 8 * index + 4, little);
        String::from_utf8(bytes[offset..offset + length].to_vec()).expect("UTF-8")
    };
    (0..count)
        .map(|index| (string(originals, index), string(translations, index)))
        .collect()
}

#[test]
fn the_mo_reader_reads_a_small_catalogue() {
    // Two pairs, little-endian: "" → "h", "a" → "b", in GNU's layout.
    let mut mo = Vec::new();
    for word in [0x9504_12de_u32, 0, 2, 28, 44, 0, 60] {
        mo.extend_from_slice(&word.to_le_bytes());
    }
    for (length, offset) in [(0u32, 60u32), (1, 61), (1, 62), (1, 63)] {
        mo.extend_from_slice(&length.to_le_bytes());
        mo.extend_from_slice(&offset.to_le_bytes());
    }
    mo.extend_from_slice(b"\0ahb");
    let pairs = read_mo(&mo);
    assert_eq!(pairs.get("a").map(String::as_str), Some("b"));
    assert_eq!(pairs.get("").map(String::as_str), Some("h"));
    assert_eq!(pairs.len(), 2);
}
