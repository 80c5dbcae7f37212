//! The generated crate's public contract: parsing, decoding, display, the
//! alias rule, `io::Error` conversion and `kind()`.

use std::collections::HashSet;
use std::io;

use wmkc_net_err::{NetError, Operation, ParseTarget, Platform};

use test_support::oracle;

/// std's kind as a stable program can see it: std's hidden `Uncategorized`
/// is what `NetError::kind()` reports as `Other`.
fn nameable(kind: io::ErrorKind) -> io::ErrorKind {
    if format!("{kind:?}") == "Uncategorized" {
        io::ErrorKind::Other
    } else {
        kind
    }
}

#[test]
fn all_is_in_spec_order_without_repeats() {
    assert_eq!(NetError::ALL.first(), Some(&NetError::EINTR));
    assert_eq!(NetError::ALL.last(), Some(&NetError::EPROVIDERFAILEDINIT));
    let unique: HashSet<_> = NetError::ALL.iter().collect();
    assert_eq!(unique.len(), NetError::ALL.len());
    assert_eq!(NetError::ALL.len(), 48, "the user's document has 48 codes");
}

#[test]
fn pages_are_on_the_specs_site_or_none() {
    let spec = oracle::spec();
    for (code, expected) in NetError::ALL.iter().zip(&spec.codes) {
        let page = |language: &str| {
            spec.site
                .as_ref()
                .map(|site| format!("{site}/{language}/{}.html", expected.name))
        };
        assert_eq!(code.page_en().map(str::to_string), page("en"), "{code:?}");
        assert_eq!(code.page_zh().map(str::to_string), page("zh"), "{code:?}");
    }
}

#[test]
fn code_is_prefix_and_name() {
    for &code in NetError::ALL {
        assert_eq!(code.code(), format!("WMKC_NET_ERR_{}", code.name()));
        assert_eq!(
            format!("{code:?}"),
            code.name(),
            "the variant is named after the code"
        );
    }
}

#[test]
fn every_code_symbol_and_name_parses_back() {
    for &code in NetError::ALL {
        let mut keys = vec![code.code(), code.name()];
        keys.extend(code.errno_symbol());
        keys.extend(code.wsa_symbol());
        for key in keys {
            assert_eq!(key.parse::<NetError>(), Ok(code), "{key}");
        }
    }
}

#[test]
fn unknown_strings_are_reported_as_such() {
    for input in ["", "eintr", "WMKC_NET_ERR_", "EFOO", " EINTR", "WSAEAGAIN"] {
        let err = input.parse::<NetError>().expect_err(input);
        assert_eq!(err.input(), input);
        assert_eq!(err.target(), ParseTarget::NetError);
        assert!(!err.is_truncated());
        assert_eq!(
            err.to_string(),
            format!("unknown socket error code {input:?}")
        );
    }
    let long = "E".repeat(100);
    let err = long.parse::<NetError>().expect_err("too long to be a code");
    assert!(err.is_truncated());
    assert!(long.starts_with(err.input()) && !err.input().is_empty());
    let err = "Accept"
        .parse::<Operation>()
        .expect_err("operations are lower case");
    assert_eq!(
        (err.target(), err.input()),
        (ParseTarget::Operation, "Accept")
    );
    assert_eq!(err.to_string(), "unknown socket operation \"Accept\"");
}

/// The input is kept up to 32 bytes, cut back to a character boundary: a
/// 32-byte input whole, a 33-byte one to the last whole character before it.
#[test]
fn parse_errors_keep_at_most_32_bytes_of_the_input() {
    let exact = "y".repeat(32);
    let err = exact.parse::<Operation>().expect_err("not an operation");
    assert_eq!((err.input(), err.is_truncated()), (exact.as_str(), false));
    assert_eq!(err.target(), ParseTarget::Operation);
    let long = format!("{}é", "x".repeat(31));
    let err = long.parse::<Operation>().expect_err("not an operation");
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
    let err = "".parse::<NetError>().expect_err("empty");
    assert_eq!((err.input(), err.is_truncated()), ("", false));
    assert_eq!(
        format!("{err:?}"),
        r#"ParseError { target: NetError, input: "", truncated: false }"#
    );
}

#[test]
fn truncation_keeps_whole_characters() {
    let input = "错".repeat(40); // 120 bytes, 3 per character
    let err = input.parse::<NetError>().expect_err("not a code");
    assert!(err.is_truncated());
    assert!(input.starts_with(err.input()));
    assert_eq!(err.input().len() % 3, 0);
}

#[test]
fn operations_parse_display_and_list_their_codes() {
    let spec = oracle::spec();
    let names: Vec<&str> = Operation::ALL.iter().map(|op| op.name()).collect();
    assert_eq!(
        names,
        [
            "accept",
            "bind",
            "close",
            "closesocket",
            "connect",
            "listen",
            "recv",
            "send",
            "shutdown",
            "socket"
        ]
    );
    for &op in Operation::ALL {
        assert_eq!(op.name().parse::<Operation>(), Ok(op));
        assert_eq!(op.to_string(), op.name());
        let listed: Vec<&str> = op.errors().map(NetError::name).collect();
        // The spec read directly: the codes whose own list names the operation.
        let expected: Vec<&str> = spec
            .codes
            .iter()
            .filter(|code| code.operations.iter().any(|name| name == op.name()))
            .map(|code| code.name.as_str())
            .collect();
        assert_eq!(listed, expected, "{op}");
        assert!(!listed.is_empty(), "{op} reports some code");
    }
}

#[test]
fn document_decisions_hold() {
    // `sned` in the document is `send`.
    assert!(NetError::EINVAL.applies_to(Operation::Send));
    assert_eq!(NetError::EINVAL.operations().len(), 8);
    // EDQUOT takes ENOSPC's operations and text.
    assert_eq!(NetError::EDQUOT.operations(), NetError::ENOSPC.operations());
    assert_eq!(NetError::EDQUOT.zh(), NetError::ENOSPC.zh());
    // EAGAIN keeps both sentences of the document.
    assert_eq!(NetError::EAGAIN.zh().lines().count(), 2);
    assert!(NetError::EAGAIN.zh().contains("临时端口"));
}

#[test]
fn sections_become_platforms() {
    assert_eq!(
        NetError::ECONNRESET.platforms(),
        &[Platform::Linux, Platform::Windows]
    );
    assert_eq!(NetError::EPIPE.platforms(), &[Platform::Linux]);
    assert_eq!(NetError::NOTINITIALISED.platforms(), &[Platform::Windows]);
    assert_eq!(
        NetError::NOTINITIALISED.wsa_symbol(),
        Some("WSANOTINITIALISED")
    );
    assert_eq!(NetError::NOTINITIALISED.errno(), None);
    for &code in NetError::ALL {
        assert_eq!(
            code.errno().is_some(),
            code.platforms().contains(&Platform::Linux),
            "{code:?}"
        );
        assert_eq!(
            code.wsa().is_some(),
            code.platforms().contains(&Platform::Windows),
            "{code:?}"
        );
    }
}

#[test]
fn eagain_and_ewouldblock_share_11_and_decode_as_declared() {
    assert_eq!(NetError::EAGAIN.errno(), Some(11));
    assert_eq!(NetError::EWOULDBLOCK.errno(), Some(11));
    assert_eq!(NetError::from_errno(11), Some(NetError::EAGAIN));
    assert_eq!(NetError::from_wsa(10035), Some(NetError::EWOULDBLOCK));
    assert_eq!(NetError::EAGAIN.wsa(), None);
}

#[test]
fn decoding_round_trips_every_value() {
    for &code in NetError::ALL {
        if let Some(value) = code.errno() {
            let decoded = NetError::from_errno(value).expect("every errno decodes");
            assert_eq!(decoded.errno(), Some(value));
            if code != NetError::EWOULDBLOCK {
                assert_eq!(decoded, code);
            }
        }
        if let Some(value) = code.wsa() {
            assert_eq!(NetError::from_wsa(value), Some(code));
        }
    }
}

#[test]
fn unknown_values_decode_to_none() {
    for value in [i32::MIN, -1, 0, 3, 10000, 10035 - 10000, 4096, i32::MAX] {
        assert_eq!(NetError::from_errno(value), None, "{value}");
    }
    for value in [i32::MIN, -10054, 0, 54, 10000, 10092, i32::MAX] {
        assert_eq!(NetError::from_wsa(value), None, "{value}");
    }
}

#[test]
fn display_is_name_and_summary_and_alternate_adds_the_explanation() {
    let spec = oracle::spec();
    assert_eq!(spec.codes.len(), NetError::ALL.len());
    for (code, expected) in NetError::ALL.iter().zip(&spec.codes) {
        assert_eq!(code.summary(), expected.summary, "{code:?}");
        assert_eq!(code.en(), expected.en, "{code:?}");
        let line = format!("{}: {}", expected.name, expected.summary);
        assert_eq!(code.to_string(), line);
        assert_eq!(format!("{code:#}"), format!("{line}\n{}", expected.en));
        assert!(!code.zh().is_empty());
        let as_error: &dyn std::error::Error = code;
        assert!(as_error.source().is_none());
    }
}

#[test]
fn explanations_and_messages_are_the_specs() {
    let spec = oracle::spec();
    for (&code, expected) in NetError::ALL.iter().zip(&spec.codes) {
        let parts = |parts: wmkc_net_err::Explanation| oracle::Parts {
            happened: parts.happened.to_string(),
            linux: parts.linux.map(str::to_string),
            windows: parts.windows.map(str::to_string),
            advice: parts.advice.to_string(),
        };
        assert_eq!(parts(code.en_parts()), expected.en_parts, "{code:?}");
        assert_eq!(
            parts(code.zh_explanation_parts()),
            expected.zh_explanation_parts,
            "{code:?}"
        );
        assert_eq!(code.zh_explanation(), expected.zh_explanation, "{code:?}");
        let owned = |text: Option<&str>| text.map(str::to_string);
        assert_eq!(
            oracle::Messages {
                linux: owned(code.errno_message()),
                linux_zh: owned(code.errno_message_zh()),
                windows: owned(code.wsa_message()),
                windows_zh: owned(code.wsa_message_zh()),
            },
            expected.messages,
            "{code:?}"
        );
        // A platform that reports the code has its message; one that does not, none.
        assert_eq!(code.errno_message().is_some(), code.errno().is_some());
        assert_eq!(code.wsa_message().is_some(), code.wsa().is_some());
    }
}

/// `Display` writes its message as it is: width, fill and alignment do not
/// apply (as for std's errors), for codes, operations and platforms alike.
#[test]
fn display_ignores_width_and_platforms_display_their_names() {
    let code = NetError::ALL[0];
    assert_eq!(format!("{code:>100}"), code.to_string());
    assert_eq!(
        format!("{:>40}", Operation::ALL[0]),
        Operation::ALL[0].name()
    );
    for &platform in Platform::ALL {
        assert_eq!(platform.to_string(), platform.name());
        assert_eq!(platform.to_string(), format!("{platform:?}"));
    }
}

/// Display is the one-line message of Rust's error convention (C-GOOD-ERR):
/// short, lower case after the name, no final period, no line break.
#[test]
fn display_is_one_short_line() {
    for &code in NetError::ALL {
        let line = code.to_string();
        assert!(
            line.chars().count() <= 80,
            "{} characters: {line}",
            line.chars().count()
        );
        assert!(!line.contains('\n') && !line.ends_with('.'), "{line}");
        let summary = code.summary();
        assert!(summary.chars().count() <= 60, "{summary}");
        // Lower case, unless it starts with a symbol such as `SO_ERROR` or `WSAStartup`.
        let first_word = summary.split(' ').next().unwrap_or_default();
        let is_symbol =
            first_word.contains('_') || first_word.chars().skip(1).any(char::is_uppercase);
        assert!(
            summary.starts_with(char::is_lowercase) || is_symbol,
            "{summary}"
        );
    }
}

#[test]
fn io_error_round_trips() {
    let spec = oracle::spec();
    for &code in NetError::ALL {
        let err = io::Error::from(code);
        let decoded = NetError::from_io_error(&err).expect("a converted code decodes");
        // What the spec says this host's number is, and which code it decodes to.
        let written = spec
            .codes
            .iter()
            .find(|written| written.name == code.name())
            .expect("every code is in the spec");
        let (host_native, decodes_as) = match Platform::host() {
            Some(Platform::Linux) => (&written.linux, written.linux_decodes_as()),
            Some(Platform::Windows) => (&written.windows, written.windows_decodes_as()),
            _ => (&None, None),
        };
        assert_eq!(
            err.raw_os_error(),
            host_native.as_ref().map(|(_, value, _)| *value),
            "{code:?}"
        );
        // The host's number decodes to the code the spec declares (EWOULDBLOCK → EAGAIN on Linux);
        // a code without one is wrapped and comes back as itself.
        assert_eq!(
            decoded.name(),
            decodes_as.unwrap_or(code.name()),
            "{code:?}"
        );
        assert_eq!(nameable(err.kind()), code.kind(), "{code:?}");
    }
}

/// A code the host has no number for is wrapped whole in the `io::Error`,
/// with its own kind, and found again by downcasting.
#[test]
fn codes_without_a_host_number_are_wrapped_whole() {
    let unnumbered: Vec<NetError> = NetError::ALL
        .iter()
        .copied()
        .filter(|code| match Platform::host() {
            Some(Platform::Linux) => code.errno().is_none(),
            Some(Platform::Windows) => code.wsa().is_none(),
            _ => true,
        })
        .collect();
    assert!(
        !unnumbered.is_empty(),
        "the spec has codes of one platform only"
    );
    for code in unnumbered {
        let err = io::Error::from(code);
        assert_eq!(err.raw_os_error(), None, "{code:?}");
        assert_eq!(err.kind(), code.kind(), "{code:?}");
        let inner = err
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<NetError>());
        assert_eq!(inner, Some(&code));
    }
}

#[test]
fn from_io_error_ignores_unrelated_errors() {
    assert_eq!(
        NetError::from_io_error(&io::Error::other("not a socket error")),
        None
    );
    assert_eq!(
        NetError::from_io_error(&io::Error::from_raw_os_error(0)),
        None
    );
}

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
#[test]
fn linux_host_decodes_errno_and_kind_agrees_with_std() {
    assert_eq!(Platform::host(), Some(Platform::Linux));
    for &code in NetError::ALL {
        match code.errno() {
            Some(value) => {
                assert_eq!(
                    code.kind(),
                    nameable(io::Error::from_raw_os_error(value).kind()),
                    "{code:?}"
                );
                assert_eq!(
                    NetError::from_raw_os_error(value),
                    NetError::from_errno(value)
                );
            }
            None => assert_eq!(
                NetError::from_raw_os_error(code.wsa().expect("Windows code")),
                None
            ),
        }
    }
}

/// The results table of this crate's README names each code exactly once.
#[test]
fn readme_accounts_for_every_code() {
    let readme = include_str!("../README.md");
    let rows: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| WMKC_NET_ERR_"))
        .filter_map(|rest| rest.split(' ').next())
        .collect();
    for &code in NetError::ALL {
        let count = rows.iter().filter(|&&name| name == code.name()).count();
        assert_eq!(
            count,
            1,
            "{} appears {count} times in crates/conformance/README.md",
            code.code()
        );
    }
    assert_eq!(
        rows.len(),
        NetError::ALL.len(),
        "no rows for codes the spec lacks"
    );
}
