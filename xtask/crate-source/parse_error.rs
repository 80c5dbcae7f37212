// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

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
    const KEPT: usize = 32;

    /// `Err` for `input`. The kept bytes are gathered 8 at a time as
    /// numbers, so the error is assembled in registers: copying them into
    /// a buffer and then moving the error into the result would stall on
    /// reading back bytes just written (a third of a failed parse's time).
    pub(crate) fn err<T>(target: ParseTarget, input: &str) -> Result<T, Self> {
        let mut len = input.len().min(Self::KEPT);
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        let bytes = &input.as_bytes()[..len];
        let word = |at: usize| -> [u8; 8] {
            let rest = bytes.get(at..).unwrap_or_default();
            match rest.first_chunk::<8>() {
                Some(chunk) => *chunk,
                None => rest
                    .iter()
                    .enumerate()
                    .fold(0u64, |word, (index, &byte)| {
                        word | (byte as u64) << (8 * index)
                    })
                    .to_le_bytes(),
            }
        };
        let [a, b, c, d] = [word(0), word(8), word(16), word(24)];
        let kept = [
            a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], b[0], b[1], b[2], b[3], b[4], b[5],
            b[6], b[7], c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], d[0], d[1], d[2], d[3],
            d[4], d[5], d[6], d[7],
        ];
        Err(Self {
            target,
            kept,
            len: len as u8,
            truncated: len < input.len(),
        })
    }

    /// What the input was expected to be.
    #[must_use]
    pub fn target(&self) -> ParseTarget {
        self.target
    }

    /// The input that was not recognised (its first 32 bytes at most).
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
