// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use std::str::FromStr;
use crate::{NetError, ParseError, ParseTarget, Platform};
impl NetError {
    /// Decodes a Linux errno value, on any host; `None` for a value no code has.
    ///
    /// Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.
    ///
    /// This reads the errno table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers.
    #[must_use]
    pub const fn from_errno(code: i32) -> Option<NetError> {
        const TABLE: [Option<NetError>; 122] = [
            Some(NetError::EPERM),
            Some(NetError::ENOENT),
            None,
            Some(NetError::EINTR),
            Some(NetError::EIO),
            None,
            None,
            None,
            Some(NetError::EBADF),
            None,
            Some(NetError::EAGAIN),
            Some(NetError::ENOMEM),
            Some(NetError::EACCES),
            Some(NetError::EFAULT),
            None,
            None,
            None,
            None,
            None,
            Some(NetError::ENOTDIR),
            None,
            Some(NetError::EINVAL),
            Some(NetError::ENFILE),
            Some(NetError::EMFILE),
            None,
            None,
            None,
            Some(NetError::ENOSPC),
            None,
            Some(NetError::EROFS),
            None,
            Some(NetError::EPIPE),
            None,
            None,
            None,
            Some(NetError::ENAMETOOLONG),
            None,
            None,
            None,
            Some(NetError::ELOOP),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EPROTO),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::ENOTSOCK),
            Some(NetError::EDESTADDRREQ),
            Some(NetError::EMSGSIZE),
            Some(NetError::EPROTOTYPE),
            None,
            Some(NetError::EPROTONOSUPPORT),
            None,
            Some(NetError::EOPNOTSUPP),
            None,
            Some(NetError::EAFNOSUPPORT),
            Some(NetError::EADDRINUSE),
            Some(NetError::EADDRNOTAVAIL),
            None,
            Some(NetError::ENETUNREACH),
            None,
            Some(NetError::ECONNABORTED),
            Some(NetError::ECONNRESET),
            Some(NetError::ENOBUFS),
            Some(NetError::EISCONN),
            Some(NetError::ENOTCONN),
            None,
            None,
            Some(NetError::ETIMEDOUT),
            Some(NetError::ECONNREFUSED),
            None,
            None,
            Some(NetError::EALREADY),
            Some(NetError::EINPROGRESS),
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EDQUOT),
        ];
        let offset = code.wrapping_sub(1) as u32 as usize;
        if offset < TABLE.len() { TABLE[offset] } else { None }
    }
    /// Decodes a Winsock error code, on any host; `None` for a value no code has.
    ///
    /// Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.
    ///
    /// This reads the WSA table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers.
    #[must_use]
    pub const fn from_wsa(code: i32) -> Option<NetError> {
        const TABLE: [Option<NetError>; 103] = [
            Some(NetError::EINTR),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EACCES),
            Some(NetError::EFAULT),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EINVAL),
            None,
            Some(NetError::EMFILE),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EWOULDBLOCK),
            Some(NetError::EINPROGRESS),
            Some(NetError::EALREADY),
            Some(NetError::ENOTSOCK),
            None,
            Some(NetError::EMSGSIZE),
            Some(NetError::EPROTOTYPE),
            None,
            Some(NetError::EPROTONOSUPPORT),
            Some(NetError::ESOCKTNOSUPPORT),
            Some(NetError::EOPNOTSUPP),
            None,
            Some(NetError::EAFNOSUPPORT),
            Some(NetError::EADDRINUSE),
            Some(NetError::EADDRNOTAVAIL),
            Some(NetError::ENETDOWN),
            Some(NetError::ENETUNREACH),
            None,
            Some(NetError::ECONNABORTED),
            Some(NetError::ECONNRESET),
            Some(NetError::ENOBUFS),
            Some(NetError::EISCONN),
            Some(NetError::ENOTCONN),
            Some(NetError::ESHUTDOWN),
            None,
            Some(NetError::ETIMEDOUT),
            Some(NetError::ECONNREFUSED),
            None,
            None,
            None,
            Some(NetError::EHOSTUNREACH),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::NOTINITIALISED),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some(NetError::EINVALIDPROCTABLE),
            Some(NetError::EINVALIDPROVIDER),
            Some(NetError::EPROVIDERFAILEDINIT),
        ];
        let offset = code.wrapping_sub(10004) as u32 as usize;
        if offset < TABLE.len() { TABLE[offset] } else { None }
    }
    /// Decodes an OS error number with the host's own table: errno on Linux
    /// (on architectures with the generic numbering), Winsock codes on Windows.
    ///
    /// Returns `None` for an unknown value, and on every other host, where the
    /// numbers could mean something else: it never returns a wrong code.
    #[must_use]
    pub fn from_raw_os_error(code: i32) -> Option<NetError> {
        match Platform::host() {
            Some(Platform::Linux) => Self::from_errno(code),
            Some(Platform::Windows) => Self::from_wsa(code),
            None => None,
        }
    }
    /// Decodes an `io::Error`: its raw OS error through
    /// [`NetError::from_raw_os_error`], or a `NetError` it wraps (as made by
    /// `From<NetError> for io::Error` for a code the host has no number for).
    #[must_use]
    pub fn from_io_error(err: &std::io::Error) -> Option<NetError> {
        match err.raw_os_error() {
            Some(code) => Self::from_raw_os_error(code),
            None => err.get_ref()?.downcast_ref::<NetError>().copied(),
        }
    }
}
/// Accepts the full code, the name, and the Linux or Windows symbol
/// (for the first code: `WMKC_NET_ERR_EINTR`, `EINTR`, `WSAEINTR`). Case-sensitive.
impl FromStr for NetError {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_key(s).ok_or_else(|| ParseError::new(ParseTarget::NetError, s))
    }
}
/// The code a string names: by length, then by a distinguishing byte, then one comparison.
fn parse_key(s: &str) -> Option<NetError> {
    let bytes = s.as_bytes();
    match bytes.len() {
        3 => {
            if bytes == b"EIO" {
                return Some(NetError::EIO);
            }
            None
        }
        5 => {
            match bytes[3] {
                b'D' => {
                    if bytes == b"EBADF" {
                        return Some(NetError::EBADF);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"EROFS" {
                        return Some(NetError::EROFS);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"ELOOP" {
                        return Some(NetError::ELOOP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"EPIPE" {
                        return Some(NetError::EPIPE);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"EPERM" {
                        return Some(NetError::EPERM);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                _ => None,
            }
        }
        6 => {
            match bytes[3] {
                b'A' => {
                    if bytes == b"EAGAIN" {
                        return Some(NetError::EAGAIN);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"EACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ENOENT" {
                        return Some(NetError::ENOENT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"EMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    if bytes == b"ENFILE" {
                        return Some(NetError::ENFILE);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"ENOMEM" {
                        return Some(NetError::ENOMEM);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"EPROTO" {
                        return Some(NetError::EPROTO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"ENOSPC" {
                        return Some(NetError::ENOSPC);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"EFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    if bytes == b"EDQUOT" {
                        return Some(NetError::EDQUOT);
                    }
                    None
                }
                b'V' => {
                    if bytes == b"EINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                _ => None,
            }
        }
        7 => {
            match bytes[3] {
                b'B' => {
                    if bytes == b"ENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"EISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ENOTDIR" {
                        return Some(NetError::ENOTDIR);
                    }
                    None
                }
                _ => None,
            }
        }
        8 => {
            match bytes[6] {
                b'C' => {
                    if bytes == b"ENOTSOCK" {
                        return Some(NetError::ENOTSOCK);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"EALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"ENOTCONN" {
                        return Some(NetError::ENOTCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WSAEINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"ENETDOWN" {
                        return Some(NetError::ENETDOWN);
                    }
                    None
                }
                b'Z' => {
                    if bytes == b"EMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                _ => None,
            }
        }
        9 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"WSAEFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WSAEINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WSAEMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                _ => None,
            }
        }
        10 => {
            match bytes[6] {
                b'B' => {
                    if bytes == b"WSAENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAEISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"ECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"EADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"EOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                _ => None,
            }
        }
        11 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'L' => {
                    if bytes == b"EWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WSAEMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                b'N' => {
                    match bytes[7] {
                        b'C' => {
                            if bytes == b"WSAENOTCONN" {
                                return Some(NetError::ENOTCONN);
                            }
                            None
                        }
                        b'D' => {
                            if bytes == b"WSAENETDOWN" {
                                return Some(NetError::ENETDOWN);
                            }
                            None
                        }
                        b'S' => {
                            if bytes == b"WSAENOTSOCK" {
                                return Some(NetError::ENOTSOCK);
                            }
                            None
                        }
                        _ => None,
                    }
                }
                b'R' => {
                    if bytes == b"EINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"ENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                _ => None,
            }
        }
        12 => {
            match bytes[5] {
                b'A' => {
                    if bytes == b"ECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    if bytes == b"EDESTADDRREQ" {
                        return Some(NetError::EDESTADDRREQ);
                    }
                    None
                }
                b'H' => {
                    if bytes == b"WSAESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WSAETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"ECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"EAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"ENAMETOOLONG" {
                        return Some(NetError::ENAMETOOLONG);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"EHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                _ => None,
            }
        }
        13 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WSAEOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WSAEPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"EADDRNOTAVAIL" {
                        return Some(NetError::EADDRNOTAVAIL);
                    }
                    None
                }
                _ => None,
            }
        }
        14 => {
            match bytes[5] {
                b'E' => {
                    if bytes == b"WSAENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"NOTINITIALISED" {
                        return Some(NetError::NOTINITIALISED);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WSAEINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WSAEWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                _ => None,
            }
        }
        15 => {
            match bytes[4] {
                b'A' => {
                    if bytes == b"WSAEAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WSAECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    if bytes == b"WSAECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    None
                }
                b'H' => {
                    if bytes == b"WSAEHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                b'K' => {
                    if bytes == b"ESOCKTNOSUPPORT" {
                        return Some(NetError::ESOCKTNOSUPPORT);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"EPROTONOSUPPORT" {
                        return Some(NetError::EPROTONOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        16 => {
            match bytes[1] {
                b'I' => {
                    if bytes == b"EINVALIDPROVIDER" {
                        return Some(NetError::EINVALIDPROVIDER);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_EIO" {
                        return Some(NetError::EIO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WSAEADDRNOTAVAIL" {
                        return Some(NetError::EADDRNOTAVAIL);
                    }
                    None
                }
                _ => None,
            }
        }
        17 => {
            if bytes == b"WSANOTINITIALISED" {
                return Some(NetError::NOTINITIALISED);
            }
            if bytes == b"EINVALIDPROCTABLE" {
                return Some(NetError::EINVALIDPROCTABLE);
            }
            None
        }
        18 => {
            match bytes[17] {
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_EPIPE" {
                        return Some(NetError::EPIPE);
                    }
                    None
                }
                b'F' => {
                    if bytes == b"WMKC_NET_ERR_EBADF" {
                        return Some(NetError::EBADF);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_EPERM" {
                        return Some(NetError::EPERM);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WMKC_NET_ERR_ELOOP" {
                        return Some(NetError::ELOOP);
                    }
                    None
                }
                b'R' => {
                    if bytes == b"WMKC_NET_ERR_EINTR" {
                        return Some(NetError::EINTR);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_EROFS" {
                        return Some(NetError::EROFS);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WSAEPROTONOSUPPORT" {
                        return Some(NetError::EPROTONOSUPPORT);
                    }
                    if bytes == b"WSAESOCKTNOSUPPORT" {
                        return Some(NetError::ESOCKTNOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        19 => {
            match bytes[16] {
                b'A' => {
                    if bytes == b"WMKC_NET_ERR_EAGAIN" {
                        return Some(NetError::EAGAIN);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_EACCES" {
                        return Some(NetError::EACCES);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WSAEINVALIDPROVIDER" {
                        return Some(NetError::EINVALIDPROVIDER);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_ENOENT" {
                        return Some(NetError::ENOENT);
                    }
                    None
                }
                b'I' => {
                    if bytes == b"WMKC_NET_ERR_EMFILE" {
                        return Some(NetError::EMFILE);
                    }
                    if bytes == b"WMKC_NET_ERR_ENFILE" {
                        return Some(NetError::ENFILE);
                    }
                    None
                }
                b'M' => {
                    if bytes == b"WMKC_NET_ERR_ENOMEM" {
                        return Some(NetError::ENOMEM);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"EPROVIDERFAILEDINIT" {
                        return Some(NetError::EPROVIDERFAILEDINIT);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_EPROTO" {
                        return Some(NetError::EPROTO);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_ENOSPC" {
                        return Some(NetError::ENOSPC);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"WMKC_NET_ERR_EFAULT" {
                        return Some(NetError::EFAULT);
                    }
                    if bytes == b"WMKC_NET_ERR_EDQUOT" {
                        return Some(NetError::EDQUOT);
                    }
                    None
                }
                b'V' => {
                    if bytes == b"WMKC_NET_ERR_EINVAL" {
                        return Some(NetError::EINVAL);
                    }
                    None
                }
                _ => None,
            }
        }
        20 => {
            match bytes[16] {
                b'A' => {
                    if bytes == b"WSAEINVALIDPROCTABLE" {
                        return Some(NetError::EINVALIDPROCTABLE);
                    }
                    None
                }
                b'B' => {
                    if bytes == b"WMKC_NET_ERR_ENOBUFS" {
                        return Some(NetError::ENOBUFS);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_EISCONN" {
                        return Some(NetError::EISCONN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WMKC_NET_ERR_ENOTDIR" {
                        return Some(NetError::ENOTDIR);
                    }
                    None
                }
                _ => None,
            }
        }
        21 => {
            match bytes[19] {
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_ENOTSOCK" {
                        return Some(NetError::ENOTSOCK);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WMKC_NET_ERR_EALREADY" {
                        return Some(NetError::EALREADY);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_ENOTCONN" {
                        return Some(NetError::ENOTCONN);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"WMKC_NET_ERR_ENETDOWN" {
                        return Some(NetError::ENETDOWN);
                    }
                    None
                }
                b'Z' => {
                    if bytes == b"WMKC_NET_ERR_EMSGSIZE" {
                        return Some(NetError::EMSGSIZE);
                    }
                    None
                }
                _ => None,
            }
        }
        22 => {
            match bytes[14] {
                b'I' => {
                    if bytes == b"WSAEPROVIDERFAILEDINIT" {
                        return Some(NetError::EPROVIDERFAILEDINIT);
                    }
                    None
                }
                b'S' => {
                    if bytes == b"WMKC_NET_ERR_ESHUTDOWN" {
                        return Some(NetError::ESHUTDOWN);
                    }
                    None
                }
                b'T' => {
                    if bytes == b"WMKC_NET_ERR_ETIMEDOUT" {
                        return Some(NetError::ETIMEDOUT);
                    }
                    None
                }
                _ => None,
            }
        }
        23 => {
            match bytes[14] {
                b'A' => {
                    if bytes == b"WMKC_NET_ERR_EADDRINUSE" {
                        return Some(NetError::EADDRINUSE);
                    }
                    None
                }
                b'C' => {
                    if bytes == b"WMKC_NET_ERR_ECONNRESET" {
                        return Some(NetError::ECONNRESET);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_EOPNOTSUPP" {
                        return Some(NetError::EOPNOTSUPP);
                    }
                    None
                }
                b'P' => {
                    if bytes == b"WMKC_NET_ERR_EPROTOTYPE" {
                        return Some(NetError::EPROTOTYPE);
                    }
                    None
                }
                _ => None,
            }
        }
        24 => {
            match bytes[14] {
                b'I' => {
                    if bytes == b"WMKC_NET_ERR_EINPROGRESS" {
                        return Some(NetError::EINPROGRESS);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_ENETUNREACH" {
                        return Some(NetError::ENETUNREACH);
                    }
                    None
                }
                b'W' => {
                    if bytes == b"WMKC_NET_ERR_EWOULDBLOCK" {
                        return Some(NetError::EWOULDBLOCK);
                    }
                    None
                }
                _ => None,
            }
        }
        25 => {
            match bytes[19] {
                b'B' => {
                    if bytes == b"WMKC_NET_ERR_ECONNABORTED" {
                        return Some(NetError::ECONNABORTED);
                    }
                    None
                }
                b'D' => {
                    if bytes == b"WMKC_NET_ERR_EDESTADDRREQ" {
                        return Some(NetError::EDESTADDRREQ);
                    }
                    None
                }
                b'E' => {
                    if bytes == b"WMKC_NET_ERR_ECONNREFUSED" {
                        return Some(NetError::ECONNREFUSED);
                    }
                    None
                }
                b'N' => {
                    if bytes == b"WMKC_NET_ERR_EHOSTUNREACH" {
                        return Some(NetError::EHOSTUNREACH);
                    }
                    None
                }
                b'O' => {
                    if bytes == b"WMKC_NET_ERR_ENAMETOOLONG" {
                        return Some(NetError::ENAMETOOLONG);
                    }
                    None
                }
                b'U' => {
                    if bytes == b"WMKC_NET_ERR_EAFNOSUPPORT" {
                        return Some(NetError::EAFNOSUPPORT);
                    }
                    None
                }
                _ => None,
            }
        }
        26 => {
            if bytes == b"WMKC_NET_ERR_EADDRNOTAVAIL" {
                return Some(NetError::EADDRNOTAVAIL);
            }
            None
        }
        27 => {
            if bytes == b"WMKC_NET_ERR_NOTINITIALISED" {
                return Some(NetError::NOTINITIALISED);
            }
            None
        }
        28 => {
            if bytes == b"WMKC_NET_ERR_EPROTONOSUPPORT" {
                return Some(NetError::EPROTONOSUPPORT);
            }
            if bytes == b"WMKC_NET_ERR_ESOCKTNOSUPPORT" {
                return Some(NetError::ESOCKTNOSUPPORT);
            }
            None
        }
        29 => {
            if bytes == b"WMKC_NET_ERR_EINVALIDPROVIDER" {
                return Some(NetError::EINVALIDPROVIDER);
            }
            None
        }
        30 => {
            if bytes == b"WMKC_NET_ERR_EINVALIDPROCTABLE" {
                return Some(NetError::EINVALIDPROCTABLE);
            }
            None
        }
        32 => {
            if bytes == b"WMKC_NET_ERR_EPROVIDERFAILEDINIT" {
                return Some(NetError::EPROVIDERFAILEDINIT);
            }
            None
        }
        _ => None,
    }
}
