//! What an argument names: a number tried on each platform asked for, or a
//! name, full code or symbol; for a miss, the near names.

use wmkc_net_err::{NetError, Platform};

/// How an argument found a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// A number, as this platform's value.
    Number(Platform, i32),
    /// A name, full code or native symbol (in any letter case).
    Name,
}

/// One code an argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The code.
    pub code: NetError,
    /// How the argument found it.
    pub via: Via,
}

/// Why an argument names no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// A number no platform looked at gives a code.
    Number,
    /// No name, full code or symbol is spelled this way; the near ones.
    Name {
        /// The nearest names (at most three).
        suggestions: Vec<&'static str>,
    },
    /// The code exists, but none of the platforms asked for reports it.
    NotOnPlatform(NetError, Platform),
}

/// The code for `value` on `platform`, as the generated decoders give it
/// (a value two codes share decodes to the one the spec declares).
pub fn decode(platform: Platform, value: i32) -> Option<NetError> {
    match platform {
        Platform::Linux => NetError::from_errno(value),
        Platform::Windows => NetError::from_wsa(value),
    }
}

/// Whether one of `platforms` reports `code`.
pub fn reported_on(code: NetError, platforms: &[Platform]) -> bool {
    platforms.iter().any(|p| code.platforms().contains(p))
}

/// The codes `input` names on `platforms`.
pub fn look_up(input: &str, platforms: &[Platform]) -> Result<Vec<Match>, Miss> {
    look_up_with(input, platforms, decode)
}

/// `look_up` with the number decoder as a parameter, so that a number that
/// means a code on both platforms can be tested (the bundled spec has none).
pub fn look_up_with(
    input: &str,
    platforms: &[Platform],
    decode: impl Fn(Platform, i32) -> Option<NetError>,
) -> Result<Vec<Match>, Miss> {
    let trimmed = input.trim();
    if is_number(trimmed) {
        let Ok(value) = trimmed.parse::<i32>() else {
            return Err(Miss::Number);
        };
        let matches: Vec<Match> = platforms
            .iter()
            .filter_map(|&platform| {
                decode(platform, value).map(|code| Match {
                    code,
                    via: Via::Number(platform, value),
                })
            })
            .collect();
        return if matches.is_empty() {
            Err(Miss::Number)
        } else {
            Ok(matches)
        };
    }
    let code = trimmed
        .parse::<NetError>()
        .or_else(|_| trimmed.to_ascii_uppercase().parse::<NetError>())
        .map_err(|_| Miss::Name {
            suggestions: suggestions(trimmed),
        })?;
    if !reported_on(code, platforms) {
        let platform = platforms.first().copied().unwrap_or(Platform::Linux);
        return Err(Miss::NotOnPlatform(code, platform));
    }
    Ok(vec![Match {
        code,
        via: Via::Name,
    }])
}

/// Digits with an optional sign: read as a value, never as a name.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Every string a code is known by: full code, name and native symbols.
fn keys() -> impl Iterator<Item = &'static str> {
    NetError::ALL.iter().flat_map(|code| {
        [
            Some(code.code()),
            Some(code.name()),
            code.errno_symbol(),
            code.wsa_symbol(),
        ]
        .into_iter()
        .flatten()
    })
}

/// The known strings nearest to `input` (letter case aside), if within a
/// few edits: those at the smallest distance, in catalogue order, at most three.
pub fn suggestions(input: &str) -> Vec<&'static str> {
    let wanted = input.to_ascii_uppercase();
    // One edit in four characters, at least one and at most three.
    let limit = (wanted.chars().count() / 4).clamp(1, 3);
    let near: Vec<(usize, &'static str)> = keys()
        .map(|key| (strsim::damerau_levenshtein(&wanted, key), key))
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    // Only the nearest: a second, farther name would only distract.
    let best = near.iter().map(|&(distance, _)| distance).min();
    let mut out: Vec<&'static str> = Vec::new();
    for (distance, key) in near {
        if Some(distance) == best && !out.contains(&key) && out.len() < 3 {
            out.push(key);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &[Platform] = &[Platform::Linux, Platform::Windows];

    #[test]
    fn numbers_are_tried_on_each_platform_asked_for() {
        let linux = look_up("111", BOTH).expect("111 is ECONNREFUSED on Linux");
        assert_eq!(linux.len(), 1);
        assert_eq!(linux[0].code.name(), "ECONNREFUSED");
        assert_eq!(linux[0].via, Via::Number(Platform::Linux, 111));
        let windows = look_up("10061", BOTH).expect("10061 is WSAECONNREFUSED");
        assert_eq!(windows[0].via, Via::Number(Platform::Windows, 10061));
        assert_eq!(windows[0].code, linux[0].code);
        assert_eq!(look_up("111", &[Platform::Windows]), Err(Miss::Number));
        assert_eq!(look_up("10061", &[Platform::Linux]), Err(Miss::Number));
        for missing in ["0", "-1", "99999", "99999999999", "+"] {
            assert!(look_up(missing, BOTH).is_err(), "{missing}");
        }
    }

    #[test]
    fn a_number_with_a_code_on_both_platforms_gives_both() {
        let (a, b) = (NetError::ALL[0], NetError::ALL[1]);
        let decode = |platform, value| match (platform, value) {
            (Platform::Linux, 7) => Some(a),
            (Platform::Windows, 7) => Some(b),
            _ => None,
        };
        let both = look_up_with("7", BOTH, decode).expect("both");
        assert_eq!(
            both,
            [
                Match {
                    code: a,
                    via: Via::Number(Platform::Linux, 7)
                },
                Match {
                    code: b,
                    via: Via::Number(Platform::Windows, 7)
                }
            ]
        );
        let windows = look_up_with("7", &[Platform::Windows], decode).expect("one");
        assert_eq!(windows.len(), 1);
        assert_eq!(windows[0].code, b);
    }

    #[test]
    fn names_codes_and_symbols_in_any_case() {
        for input in [
            "ECONNREFUSED",
            "WMKC_NET_ERR_ECONNREFUSED",
            "WSAECONNREFUSED",
            "econnrefused",
            "wsaeconnrefused",
            " ECONNREFUSED ",
        ] {
            let found = look_up(input, BOTH).unwrap_or_else(|miss| panic!("{input}: {miss:?}"));
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].code.name(), "ECONNREFUSED", "{input}");
            assert_eq!(found[0].via, Via::Name);
        }
    }

    #[test]
    fn a_code_the_platform_does_not_report_is_a_miss() {
        let eperm: NetError = "EPERM".parse().expect("EPERM is a code");
        assert_eq!(
            look_up("EPERM", &[Platform::Windows]),
            Err(Miss::NotOnPlatform(eperm, Platform::Windows))
        );
        assert!(look_up("EPERM", &[Platform::Linux]).is_ok());
    }

    #[test]
    fn near_misses_are_suggested() {
        assert_eq!(suggestions("ECONREFUSED"), ["ECONNREFUSED"]);
        assert_eq!(suggestions("wsaeconnrefuse"), ["WSAECONNREFUSED"]);
        assert_eq!(suggestions("EAGIAN"), ["EAGAIN"]);
        assert!(suggestions("HELLO_WORLD").is_empty());
        assert!(suggestions("").is_empty());
        assert_eq!(
            look_up("ECONREFUSED", BOTH),
            Err(Miss::Name {
                suggestions: vec!["ECONNREFUSED"]
            })
        );
    }
}
