// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

use std::fmt;
use std::str::FromStr;

use crate::decode::parse_key;
use crate::{NetError, ParseError, ParseTarget};

/// `NAME: summary` on one line, as in `ECONNREFUSED: connection refused by
/// the peer`; the alternate form (`{:#}`) adds [`NetError::en`] on the next line.
impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        f.write_str(": ")?;
        f.write_str(self.summary())?;
        if f.alternate() {
            f.write_str("\n")?;
            f.write_str(self.en())?;
        }
        Ok(())
    }
}

impl std::error::Error for NetError {}

/// Keeps the host's raw OS error when the host has a number for the code,
/// so that `raw_os_error()` round-trips; otherwise wraps the code itself,
/// with its [`NetError::kind`].
impl From<NetError> for std::io::Error {
    fn from(err: NetError) -> Self {
        match err.host_value() {
            Some(code) => std::io::Error::from_raw_os_error(code),
            // The code is kept whole, so `NetError::from_io_error` finds it again.
            None => std::io::Error::new(err.kind(), err),
        }
    }
}

/// Accepts every string a code is known by: what [`NetError::code`],
/// [`NetError::name`], [`NetError::errno_symbol`] and
/// [`NetError::wsa_symbol`] return. Case-sensitive.
impl FromStr for NetError {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match parse_key(s) {
            Some(code) => Ok(code),
            None => unknown(s),
        }
    }
}

/// The error for an unknown string, out of line so that the lookup stays small.
#[cold]
#[inline(never)]
fn unknown(s: &str) -> Result<NetError, ParseError> {
    ParseError::err(ParseTarget::NetError, s)
}
