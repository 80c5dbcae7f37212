//! Conformance of the generated `wmkc-net-err` crate to the platform.
//!
//! The tests live under `tests/`; this library holds what they share: the
//! check that a live socket failure decodes to the documented code, and the
//! protocol of the `provoke` helper, which runs the scenarios that change
//! process-wide state (resource limits, user ids, signals, namespaces) in a
//! process of their own.

use std::io;

use wmkc_net_err::{NetError, Operation};

/// Asserts that a real socket call failed with `expected`, as `NetError`
/// decodes it, and that `operation` (the call that was made) is among the
/// operations the spec lists for that code.
///
/// A call that succeeded, or failed with another code, fails the test with
/// the errno the kernel gave. A code the kernel reports for an operation the
/// spec does not list is a finding about the spec, reported by name.
#[track_caller]
pub fn assert_reports<T>(expected: NetError, operation: Operation, result: io::Result<T>) {
    let err = match result {
        Ok(_) => panic!("{operation} succeeded; expected {}", expected.code()),
        Err(err) => err,
    };
    check_error(expected, operation, &err);
}

/// The checks of [`assert_reports`] on an error already in hand.
#[track_caller]
pub fn check_error(expected: NetError, operation: Operation, err: &io::Error) {
    let raw = err.raw_os_error();
    let decoded = NetError::from_io_error(err);
    assert_eq!(
        decoded,
        Some(expected),
        "{operation} failed with {err} (raw {raw:?}); expected {}",
        expected.code()
    );
    let raw = raw.expect("a kernel error carries its errno");
    // Independent of the crate: the errno is libc's constant of the code's symbol.
    #[cfg(target_os = "linux")]
    {
        let symbol = expected
            .errno_symbol()
            .unwrap_or_else(|| panic!("{} has no errno symbol", expected.code()));
        assert_eq!(
            Some(raw),
            libc_errno(symbol),
            "{operation} failed with errno {raw}, which is not libc's {symbol}"
        );
    }
    assert!(
        expected.applies_to(operation),
        "finding: the kernel reports {} from `{operation}`, which the spec does not list for it (it lists {:?})",
        expected.code(),
        expected.operations()
    );
}

/// `(symbol, value)` for every `libc` errno constant a spec code may name.
/// A spec symbol missing here fails `every_linux_value_matches_libc` (tests/headers.rs): add it.
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

/// The `libc` constant of an errno symbol (`ECONNRESET`), if listed.
#[cfg(target_os = "linux")]
pub fn libc_errno(symbol: &str) -> Option<i32> {
    LIBC_ERRNO
        .iter()
        .find(|(name, _)| *name == symbol)
        .map(|&(_, value)| value)
}

/// What the `provoke` helper prints on its last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The call failed: `failed <operation> <errno>`.
    Failed(Operation, i32),
    /// The call succeeded: `succeeded <operation>`.
    Succeeded(Operation),
    /// The scenario cannot run here: `unavailable <reason>`.
    Unavailable(String),
    /// The scenario's own setup failed (not the call under test): `broken <reason>`.
    Broken(String),
}

impl Outcome {
    /// The line `provoke` prints for this outcome.
    pub fn to_line(&self) -> String {
        match self {
            Outcome::Failed(op, errno) => format!("failed {op} {errno}"),
            Outcome::Succeeded(op) => format!("succeeded {op}"),
            Outcome::Unavailable(reason) => format!("unavailable {reason}"),
            Outcome::Broken(reason) => format!("broken {reason}"),
        }
    }

    /// Parses a line printed by `provoke`.
    pub fn parse(line: &str) -> Option<Outcome> {
        let mut words = line.trim().splitn(3, ' ');
        match (words.next()?, words.next(), words.next()) {
            ("failed", Some(op), Some(errno)) => {
                Some(Outcome::Failed(op.parse().ok()?, errno.parse().ok()?))
            }
            ("succeeded", Some(op), None) => Some(Outcome::Succeeded(op.parse().ok()?)),
            ("unavailable", Some(first), rest) => Some(Outcome::Unavailable(
                rest.map_or(first.to_string(), |rest| format!("{first} {rest}")),
            )),
            ("broken", Some(first), rest) => Some(Outcome::Broken(
                rest.map_or(first.to_string(), |rest| format!("{first} {rest}")),
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_lines_round_trip() {
        for outcome in [
            Outcome::Failed(Operation::Socket, 24),
            Outcome::Succeeded(Operation::Bind),
            Outcome::Unavailable("needs root to drop privileges".to_string()),
            Outcome::Broken("the socket path is too long".to_string()),
        ] {
            assert_eq!(Outcome::parse(&outcome.to_line()), Some(outcome));
        }
        assert_eq!(Outcome::parse("failed frob 1"), None);
        assert_eq!(Outcome::parse(""), None);
    }

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    #[test]
    fn a_listed_operation_passes_and_a_wrong_code_fails() {
        let err = io::Error::from_raw_os_error(111);
        check_error(NetError::ECONNREFUSED, Operation::Connect, &err);
        let wrong = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_error(NetError::EPIPE, Operation::Send, &err)
        }));
        assert!(wrong.is_err(), "a different code must fail the check");
        let unlisted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_error(NetError::ECONNREFUSED, Operation::Bind, &err)
        }));
        assert!(unlisted.is_err(), "an unlisted operation must be reported");
    }
}
