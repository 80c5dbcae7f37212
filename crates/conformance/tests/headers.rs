//! Every native value of the generated crate equals the platform headers'
//! constant of the same symbol: `libc` for Linux errno, `windows-sys` for
//! Winsock (whose constants build on any host).

use wmkc_net_err::{NetError, Platform};

fn reported_on(platform: Platform) -> usize {
    NetError::ALL
        .iter()
        .filter(|code| code.platforms().contains(&platform))
        .count()
}

/// `(symbol, value)` for every `libc` errno constant a spec code may name.
/// A spec symbol missing here fails `every_linux_value_matches_libc`: add it.
#[cfg(target_os = "linux")]
const LIBC_ERRNO: &[(&str, i32)] = &[
    ("EPERM", libc::EPERM),
    ("ENOENT", libc::ENOENT),
    ("EINTR", libc::EINTR),
    ("EIO", libc::EIO),
    ("EBADF", libc::EBADF),
    ("EAGAIN", libc::EAGAIN),
    ("EWOULDBLOCK", libc::EWOULDBLOCK),
    ("ENOMEM", libc::ENOMEM),
    ("EACCES", libc::EACCES),
    ("EFAULT", libc::EFAULT),
    ("ENOTDIR", libc::ENOTDIR),
    ("EINVAL", libc::EINVAL),
    ("ENFILE", libc::ENFILE),
    ("EMFILE", libc::EMFILE),
    ("ENOSPC", libc::ENOSPC),
    ("EROFS", libc::EROFS),
    ("EPIPE", libc::EPIPE),
    ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ELOOP", libc::ELOOP),
    ("EPROTO", libc::EPROTO),
    ("ENOTSOCK", libc::ENOTSOCK),
    ("EDESTADDRREQ", libc::EDESTADDRREQ),
    ("EMSGSIZE", libc::EMSGSIZE),
    ("EPROTOTYPE", libc::EPROTOTYPE),
    ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
    ("ESOCKTNOSUPPORT", libc::ESOCKTNOSUPPORT),
    ("EOPNOTSUPP", libc::EOPNOTSUPP),
    ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
    ("EADDRINUSE", libc::EADDRINUSE),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
    ("ENETDOWN", libc::ENETDOWN),
    ("ENETUNREACH", libc::ENETUNREACH),
    ("ECONNABORTED", libc::ECONNABORTED),
    ("ECONNRESET", libc::ECONNRESET),
    ("ENOBUFS", libc::ENOBUFS),
    ("EISCONN", libc::EISCONN),
    ("ENOTCONN", libc::ENOTCONN),
    ("ESHUTDOWN", libc::ESHUTDOWN),
    ("ETIMEDOUT", libc::ETIMEDOUT),
    ("ECONNREFUSED", libc::ECONNREFUSED),
    ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("EALREADY", libc::EALREADY),
    ("EINPROGRESS", libc::EINPROGRESS),
    ("EDQUOT", libc::EDQUOT),
];

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
        let expected = lookup(LIBC_ERRNO, symbol)
            .unwrap_or_else(|| panic!("{}: no libc constant listed for `{symbol}`", code.code()));
        assert_eq!(value, expected, "{}: errno {symbol}", code.code());
        checked += 1;
    }
    assert_eq!(
        checked,
        reported_on(Platform::Linux),
        "every Linux code has an errno"
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
        reported_on(Platform::Windows),
        "every Windows code has a Winsock value"
    );
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
