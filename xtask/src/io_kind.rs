//! What `std::io::Error::from_raw_os_error(value).kind()` gives, per platform.
//!
//! `NetError::kind()` must agree with std on every host, so the generator needs
//! std's decoding as data: these are the facts of std's `decode_error_kind`
//! for Linux (generic errno numbers) and Windows (Winsock codes). Any value not
//! listed decodes to std's hidden `Uncategorized`, for which `kind()` gives
//! `ErrorKind::Other`. A unit test compares the Linux table with the running
//! std on every value from 1 to 4095.

use crate::catalogue::{Code, Platform};

/// How the generated `kind()` expresses a code's `ErrorKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoKind {
    /// A stable `ErrorKind` variant, named directly.
    Stable(&'static str),
    /// A variant std has not stabilised (so it cannot be named): on a host that
    /// uses this platform's numbers it is read from std at run time, elsewhere
    /// it is `Other`.
    Unstable(&'static str, Platform, i32),
    /// std has no specific kind.
    Other,
}

/// Linux errno value → std's kind; `true` marks a kind not yet stable.
const LINUX: &[(i32, &str, bool)] = &[
    (1, "PermissionDenied", false),         // EPERM
    (2, "NotFound", false),                 // ENOENT
    (4, "Interrupted", false),              // EINTR
    (7, "ArgumentListTooLong", false),      // E2BIG
    (11, "WouldBlock", false),              // EAGAIN, EWOULDBLOCK
    (12, "OutOfMemory", false),             // ENOMEM
    (13, "PermissionDenied", false),        // EACCES
    (16, "ResourceBusy", false),            // EBUSY
    (17, "AlreadyExists", false),           // EEXIST
    (18, "CrossesDevices", false),          // EXDEV
    (20, "NotADirectory", false),           // ENOTDIR
    (21, "IsADirectory", false),            // EISDIR
    (22, "InvalidInput", false),            // EINVAL
    (26, "ExecutableFileBusy", false),      // ETXTBSY
    (27, "FileTooLarge", false),            // EFBIG
    (28, "StorageFull", false),             // ENOSPC
    (29, "NotSeekable", false),             // ESPIPE
    (30, "ReadOnlyFilesystem", false),      // EROFS
    (31, "TooManyLinks", false),            // EMLINK
    (32, "BrokenPipe", false),              // EPIPE
    (35, "Deadlock", false),                // EDEADLK
    (36, "InvalidFilename", false),         // ENAMETOOLONG
    (38, "Unsupported", false),             // ENOSYS
    (39, "DirectoryNotEmpty", false),       // ENOTEMPTY
    (40, "FilesystemLoop", true),           // ELOOP
    (95, "Unsupported", false),             // EOPNOTSUPP
    (98, "AddrInUse", false),               // EADDRINUSE
    (99, "AddrNotAvailable", false),        // EADDRNOTAVAIL
    (100, "NetworkDown", false),            // ENETDOWN
    (101, "NetworkUnreachable", false),     // ENETUNREACH
    (103, "ConnectionAborted", false),      // ECONNABORTED
    (104, "ConnectionReset", false),        // ECONNRESET
    (107, "NotConnected", false),           // ENOTCONN
    (110, "TimedOut", false),               // ETIMEDOUT
    (111, "ConnectionRefused", false),      // ECONNREFUSED
    (113, "HostUnreachable", false),        // EHOSTUNREACH
    (115, "InProgress", true),              // EINPROGRESS
    (116, "StaleNetworkFileHandle", false), // ESTALE
    (122, "QuotaExceeded", false),          // EDQUOT
];

/// Winsock value → std's kind.
const WINDOWS: &[(i32, &str, bool)] = &[
    (10013, "PermissionDenied", false),   // WSAEACCES
    (10022, "InvalidInput", false),       // WSAEINVAL
    (10035, "WouldBlock", false),         // WSAEWOULDBLOCK
    (10048, "AddrInUse", false),          // WSAEADDRINUSE
    (10049, "AddrNotAvailable", false),   // WSAEADDRNOTAVAIL
    (10050, "NetworkDown", false),        // WSAENETDOWN
    (10051, "NetworkUnreachable", false), // WSAENETUNREACH
    (10053, "ConnectionAborted", false),  // WSAECONNABORTED
    (10054, "ConnectionReset", false),    // WSAECONNRESET
    (10057, "NotConnected", false),       // WSAENOTCONN
    (10060, "TimedOut", false),           // WSAETIMEDOUT
    (10061, "ConnectionRefused", false),  // WSAECONNREFUSED
    (10065, "HostUnreachable", false),    // WSAEHOSTUNREACH
    (10069, "QuotaExceeded", false),      // WSAEDQUOT
];

/// The kind std gives `value` on `platform`.
pub fn std_kind(platform: Platform, value: i32) -> IoKind {
    let table = match platform {
        Platform::Linux => LINUX,
        Platform::Windows => WINDOWS,
    };
    match table.iter().find(|(v, _, _)| *v == value) {
        Some(&(_, name, false)) => IoKind::Stable(name),
        Some(&(_, name, true)) => IoKind::Unstable(name, platform, value),
        None => IoKind::Other,
    }
}

/// A code's kind: from its errno when it has one, else from its Winsock value.
pub fn code_kind(code: &Code) -> IoKind {
    Platform::ALL
        .into_iter()
        .find_map(|platform| {
            code.native(platform)
                .map(|native| std_kind(platform, native.value))
        })
        .unwrap_or(IoKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Linux table is std's decoding, value for value, on a generic-errno host.
    #[cfg(all(
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    #[test]
    fn linux_table_matches_the_running_std() {
        for value in 1..=4095 {
            let actual = format!("{:?}", std::io::Error::from_raw_os_error(value).kind());
            let expected = match std_kind(Platform::Linux, value) {
                IoKind::Stable(name) | IoKind::Unstable(name, _, _) => name,
                IoKind::Other => "Uncategorized",
            };
            assert_eq!(actual, expected, "errno {value}");
        }
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [LINUX, WINDOWS] {
            assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0));
        }
    }
}
