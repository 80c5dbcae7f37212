//! The `io::ErrorKind` of a code, from std's decoding as data.
//!
//! `NetError::kind()` is the same on every host: the kind std gives the
//! code's value on the first platform (in [`Platform::ALL`] order) that
//! reports it, so the Linux errno's kind for a code Linux reports. std's own
//! decoding is per host, so `io::Error::from(code).kind()` on another
//! platform can differ; [`host_differences`] lists where, and the generated
//! rustdoc of `kind()` names those codes. std's facts are in
//! `platform::Facts::std_kinds`; any value not listed there is std's hidden
//! `Uncategorized`, for which `kind()` gives `ErrorKind::Other`.

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

impl IoKind {
    /// The `ErrorKind` variant's name, `Other` for none.
    pub fn name(self) -> &'static str {
        match self {
            IoKind::Stable(name) | IoKind::Unstable(name, _, _) => name,
            IoKind::Other => "Other",
        }
    }
}

/// The kind std gives `value` on `platform`.
pub fn std_kind(platform: Platform, value: i32) -> IoKind {
    let table = platform.facts().std_kinds;
    match table.iter().find(|kind| kind.value == value) {
        Some(kind) if kind.stable => IoKind::Stable(kind.kind),
        Some(kind) => IoKind::Unstable(kind.kind, platform, value),
        None => IoKind::Other,
    }
}

/// A code's kind, the same on every host: from its value on the first
/// platform that reports it.
pub fn code_kind(code: &Code) -> IoKind {
    code.natives
        .iter()
        .next()
        .map_or(IoKind::Other, |(&platform, native)| {
            std_kind(platform, native.value)
        })
}

/// The platforms on which std's kind for the code's own value differs from
/// [`code_kind`], with that kind.
pub fn host_differences(code: &Code) -> Vec<(Platform, IoKind)> {
    let kind = code_kind(code);
    code.natives
        .iter()
        .filter_map(|(&platform, native)| {
            // What `kind()` gives on a host that uses this platform's numbers.
            let ours = match kind {
                IoKind::Unstable(_, home, _) if home != platform => "Other",
                kind => kind.name(),
            };
            let host = std_kind(platform, native.value);
            (host.name() != ours).then_some((platform, host))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change here means std (or the spec) changed how a code decodes on one
    /// platform compared with `kind()`: review the rustdoc of `kind()`.
    #[test]
    fn codes_whose_kind_differs_between_platforms() {
        let catalogue = crate::test_support::bundled_catalogue();
        let differences: Vec<String> = catalogue
            .codes
            .iter()
            .flat_map(|code| {
                host_differences(code)
                    .into_iter()
                    .map(move |(platform, host)| {
                        format!(
                            "{}: {} on {}, {} in kind()",
                            code.name,
                            host.name(),
                            platform.name(),
                            code_kind(code).name()
                        )
                    })
            })
            .collect();
        assert_eq!(
            differences,
            [
                "EINTR: Other on Windows, Interrupted in kind()",
                "EOPNOTSUPP: Other on Windows, Unsupported in kind()",
            ]
        );
    }
}
