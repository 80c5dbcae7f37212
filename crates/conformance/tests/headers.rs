//! Every native value of the generated crate equals the platform headers'
//! constant of the same symbol: `libc` for Linux errno, `windows-sys` for
//! Winsock (whose constants build on any host).

use wmkc_net_err::NetError;

use test_support::oracle;

/// How many codes the spec itself gives a value on Linux and on Windows.
fn spec_counts() -> (usize, usize) {
    let spec = oracle::spec();
    let linux = spec
        .codes
        .iter()
        .filter(|code| code.linux.is_some())
        .count();
    let windows = spec
        .codes
        .iter()
        .filter(|code| code.windows.is_some())
        .count();
    (linux, windows)
}

/// `(symbol, value)` for every Winsock constant a spec code may name.
const WINSOCK: &[(&str, i32)] = {
    use windows_sys::Win32::Networking::WinSock as ws;
    &[
        ("WSAEINTR", ws::WSAEINTR),
        ("WSAEBADF", ws::WSAEBADF),
        ("WSAEACCES", ws::WSAEACCES),
        ("WSAEFAULT", ws::WSAEFAULT),
        ("WSAEINVAL", ws::WSAEINVAL),
        ("WSAEMFILE", ws::WSAEMFILE),
        ("WSAEWOULDBLOCK", ws::WSAEWOULDBLOCK),
        ("WSAEINPROGRESS", ws::WSAEINPROGRESS),
        ("WSAEALREADY", ws::WSAEALREADY),
        ("WSAENOTSOCK", ws::WSAENOTSOCK),
        ("WSAEDESTADDRREQ", ws::WSAEDESTADDRREQ),
        ("WSAEMSGSIZE", ws::WSAEMSGSIZE),
        ("WSAEPROTOTYPE", ws::WSAEPROTOTYPE),
        ("WSAENOPROTOOPT", ws::WSAENOPROTOOPT),
        ("WSAEPROTONOSUPPORT", ws::WSAEPROTONOSUPPORT),
        ("WSAESOCKTNOSUPPORT", ws::WSAESOCKTNOSUPPORT),
        ("WSAEOPNOTSUPP", ws::WSAEOPNOTSUPP),
        ("WSAEPFNOSUPPORT", ws::WSAEPFNOSUPPORT),
        ("WSAEAFNOSUPPORT", ws::WSAEAFNOSUPPORT),
        ("WSAEADDRINUSE", ws::WSAEADDRINUSE),
        ("WSAEADDRNOTAVAIL", ws::WSAEADDRNOTAVAIL),
        ("WSAENETDOWN", ws::WSAENETDOWN),
        ("WSAENETUNREACH", ws::WSAENETUNREACH),
        ("WSAENETRESET", ws::WSAENETRESET),
        ("WSAECONNABORTED", ws::WSAECONNABORTED),
        ("WSAECONNRESET", ws::WSAECONNRESET),
        ("WSAENOBUFS", ws::WSAENOBUFS),
        ("WSAEISCONN", ws::WSAEISCONN),
        ("WSAENOTCONN", ws::WSAENOTCONN),
        ("WSAESHUTDOWN", ws::WSAESHUTDOWN),
        ("WSAETOOMANYREFS", ws::WSAETOOMANYREFS),
        ("WSAETIMEDOUT", ws::WSAETIMEDOUT),
        ("WSAECONNREFUSED", ws::WSAECONNREFUSED),
        ("WSAELOOP", ws::WSAELOOP),
        ("WSAENAMETOOLONG", ws::WSAENAMETOOLONG),
        ("WSAEHOSTDOWN", ws::WSAEHOSTDOWN),
        ("WSAEHOSTUNREACH", ws::WSAEHOSTUNREACH),
        ("WSAEDQUOT", ws::WSAEDQUOT),
        ("WSANOTINITIALISED", ws::WSANOTINITIALISED),
        ("WSAEINVALIDPROCTABLE", ws::WSAEINVALIDPROCTABLE),
        ("WSAEINVALIDPROVIDER", ws::WSAEINVALIDPROVIDER),
        ("WSAEPROVIDERFAILEDINIT", ws::WSAEPROVIDERFAILEDINIT),
    ]
};

fn lookup(table: &[(&str, i32)], symbol: &str) -> Option<i32> {
    table
        .iter()
        .find(|(name, _)| *name == symbol)
        .map(|&(_, value)| value)
}

#[cfg(target_os = "linux")]
#[test]
fn every_linux_value_matches_libc() {
    let mut checked = 0;
    for &code in NetError::ALL {
        let (Some(symbol), Some(value)) = (code.errno_symbol(), code.errno()) else {
            assert!(
                code.errno().is_none() && code.errno_symbol().is_none(),
                "{code:?}: symbol and value come together"
            );
            continue;
        };
        let expected = conformance::libc_errno(symbol)
            .unwrap_or_else(|| panic!("{}: no libc constant listed for `{symbol}`", code.code()));
        assert_eq!(value, expected, "{}: errno {symbol}", code.code());
        checked += 1;
    }
    assert_eq!(
        checked,
        spec_counts().0,
        "every code the spec gives an errno has one in the crate"
    );
}

#[test]
fn every_windows_value_matches_windows_sys() {
    let mut checked = 0;
    for &code in NetError::ALL {
        let (Some(symbol), Some(value)) = (code.wsa_symbol(), code.wsa()) else {
            assert!(
                code.wsa().is_none() && code.wsa_symbol().is_none(),
                "{code:?}: symbol and value come together"
            );
            continue;
        };
        let expected = lookup(WINSOCK, symbol).unwrap_or_else(|| {
            panic!(
                "{}: no windows-sys constant listed for `{symbol}`",
                code.code()
            )
        });
        assert_eq!(value, expected, "{}: Winsock {symbol}", code.code());
        checked += 1;
    }
    assert_eq!(
        checked,
        spec_counts().1,
        "every code the spec gives a Winsock value has one in the crate"
    );
}

/// The crate's symbols and values are the spec's, code by code.
#[test]
fn symbols_and_values_are_the_specs() {
    let spec = oracle::spec();
    assert_eq!(NetError::ALL.len(), spec.codes.len());
    for (&code, written) in NetError::ALL.iter().zip(&spec.codes) {
        assert_eq!(code.name(), written.name);
        let pair = |native: &Option<(String, i32, Option<String>)>| {
            native
                .as_ref()
                .map(|(symbol, value, _)| (symbol.clone(), *value))
        };
        assert_eq!(
            code.errno_symbol().map(str::to_string).zip(code.errno()),
            pair(&written.linux),
            "{}",
            written.name
        );
        assert_eq!(
            code.wsa_symbol().map(str::to_string).zip(code.wsa()),
            pair(&written.windows),
            "{}",
            written.name
        );
    }
}

/// On Linux a code's symbol is the errno of the same name; on Windows, `WSA` + name.
#[test]
fn symbols_follow_the_naming_rule() {
    for &code in NetError::ALL {
        if let Some(symbol) = code.errno_symbol() {
            assert_eq!(symbol, code.name(), "{code:?}");
        }
        if let Some(symbol) = code.wsa_symbol() {
            assert_eq!(symbol, format!("WSA{}", code.name()), "{code:?}");
        }
    }
}
