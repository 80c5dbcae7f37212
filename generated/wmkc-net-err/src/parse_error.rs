// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

use std::fmt;
/// What a string failed to parse as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseTarget {
    /// A [`NetError`](crate::NetError): a code, name or native symbol.
    NetError,
    /// An [`Operation`](crate::Operation) name.
    Operation,
}
/// A string that names no code (or no operation).
///
/// It keeps the start of the input inline, so making one never allocates.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ParseError {
    target: ParseTarget,
    kept: [u8; ParseError::KEPT],
    len: u8,
    truncated: bool,
}
impl ParseError {
    /// How many bytes of the input are kept.
    const KEPT: usize = 48;
    pub(crate) fn new(target: ParseTarget, input: &str) -> Self {
        let mut len = input.len().min(Self::KEPT);
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        let mut kept = [0; Self::KEPT];
        kept[..len].copy_from_slice(&input.as_bytes()[..len]);
        Self {
            target,
            kept,
            len: len as u8,
            truncated: len < input.len(),
        }
    }
    /// What the input was expected to be.
    #[must_use]
    pub fn target(&self) -> ParseTarget {
        self.target
    }
    /// The input that was not recognised (its first 48 bytes at most).
    #[must_use]
    pub fn input(&self) -> &str {
        std::str::from_utf8(&self.kept[..usize::from(self.len)]).unwrap_or_default()
    }
    /// Whether [`ParseError::input`] is only the start of the input.
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }
}
impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("target", &self.target)
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .finish()
    }
}
/// Such as `unknown socket error code "EFOO"`.
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.target {
            ParseTarget::NetError => "socket error code",
            ParseTarget::Operation => "socket operation",
        };
        write!(f, "unknown {what} {:?}", self.input())?;
        if self.truncated {
            f.write_str(" (truncated)")?;
        }
        Ok(())
    }
}
impl std::error::Error for ParseError {}
