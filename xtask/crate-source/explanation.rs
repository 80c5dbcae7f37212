// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

//! `Explanation`: a code's explanation in its parts, so that a reader can be
//! shown what to do apart from why it happened.

use crate::Platform;

/// What a code means, in parts: what happened, the usual causes on each
/// platform that reports it, and what to do. [`NetError::en_parts`] and
/// [`NetError::zh_explanation_parts`] give it; [`NetError::en`] and
/// [`NetError::zh_explanation`] give the same parts joined into one paragraph.
///
/// [`NetError::en_parts`]: crate::NetError::en_parts
/// [`NetError::zh_explanation_parts`]: crate::NetError::zh_explanation_parts
/// [`NetError::en`]: crate::NetError::en
/// [`NetError::zh_explanation`]: crate::NetError::zh_explanation
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Explanation {
    /// What happened, on every platform that reports the code.
    pub happened: &'static str,
    /// The usual causes on Linux; `Some` exactly when Linux reports the code.
    pub linux: Option<&'static str>,
    /// The usual causes on Windows; `Some` exactly when Windows reports the code.
    pub windows: Option<&'static str>,
    /// What to do, right for every operation that reports the code.
    pub advice: &'static str,
}

impl Explanation {
    /// The usual causes on `platform`, if it reports the code.
    #[must_use]
    pub const fn causes(self, platform: Platform) -> Option<&'static str> {
        match platform {
            Platform::Linux => self.linux,
            Platform::Windows => self.windows,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{NetError, Platform};

    #[test]
    fn causes_are_given_for_exactly_the_platforms_that_report_the_code() {
        for &code in NetError::ALL {
            for parts in [code.en_parts(), code.zh_explanation_parts()] {
                for &platform in Platform::ALL {
                    assert_eq!(
                        parts.causes(platform).is_some(),
                        code.platforms().contains(&platform),
                        "{code:?} on {platform:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_paragraph_holds_every_part_in_order() {
        for &code in NetError::ALL {
            for (parts, text) in [
                (code.en_parts(), code.en()),
                (code.zh_explanation_parts(), code.zh_explanation()),
            ] {
                let mut rest = text;
                let pieces = [
                    Some(parts.happened),
                    parts.linux,
                    parts.windows,
                    Some(parts.advice),
                ];
                for piece in pieces.into_iter().flatten() {
                    let at = rest.find(piece).unwrap_or_else(|| {
                        panic!("{code:?}: {piece:?} is not in order in {text:?}")
                    });
                    rest = &rest[at + piece.len()..];
                }
                assert!(rest.is_empty(), "{code:?}: {text:?} ends with more");
            }
        }
    }
}
