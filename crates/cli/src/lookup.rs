//! The command's side of the lookup: the index built from the generated
//! crate's accessors (a small adapter to `wmkc_net_err_lookup::Entry`), and
//! what one query finds. The rules themselves are the lookup crate's, the
//! same the docs site's search runs.

use wmkc_net_err::{NetError, Platform};
use wmkc_net_err_lookup::{self as lookup, Entry, Hit, Index, Match, Native, search};

/// One code a query found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The code.
    pub code: NetError,
    /// Its score and how it matched.
    pub hit: Hit,
}

impl Found {
    /// The number it matched, as `(platform, value)`, if it matched one.
    pub fn number(&self) -> Option<(Platform, i32)> {
        self.hit.matched.iter().find_map(|m| match *m {
            Match::Number {
                platform, value, ..
            } => Some((platform_of(platform), value)),
            _ => None,
        })
    }
}

/// What a query found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Whether the query is a single name, full code, symbol or number: the
    /// codes it names are shown in full. Otherwise the best matches are listed.
    pub exact: bool,
    /// The codes, best first, at most [`lookup::SHOWN`].
    pub found: Vec<Found>,
}

/// Why a query finds no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// A number that is no code's value on the platforms looked at.
    Number,
    /// The code exists, but none of the platforms asked for reports it.
    NotOnPlatform(NetError, Platform),
    /// Nothing matched; the nearest names, if any.
    Nothing {
        /// Whether the query is one word, as a name is (else it is free text).
        name_like: bool,
        /// The nearest names, full codes or symbols.
        suggestions: Vec<String>,
    },
}

/// The lookup's platform for the generated crate's.
fn lookup_platform(platform: Platform) -> lookup::Platform {
    match platform {
        Platform::Linux => lookup::Platform::Linux,
        Platform::Windows => lookup::Platform::Windows,
    }
}

/// The generated crate's platform for the lookup's.
fn platform_of(platform: lookup::Platform) -> Platform {
    match platform {
        lookup::Platform::Linux => Platform::Linux,
        lookup::Platform::Windows => Platform::Windows,
    }
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

/// A code as the lookup reads it.
fn entry(code: NetError) -> Entry {
    let native = |platform: Platform| {
        let ((symbol, value), messages) = match platform {
            Platform::Linux => (
                code.errno_symbol().zip(code.errno())?,
                [code.errno_message(), code.errno_message_zh()],
            ),
            Platform::Windows => (
                code.wsa_symbol().zip(code.wsa())?,
                [code.wsa_message(), code.wsa_message_zh()],
            ),
        };
        Some(Native {
            platform: lookup_platform(platform),
            symbol: symbol.to_string(),
            value,
            // A value that decodes to another code is that code's.
            aliased: decode(platform, value) != Some(code),
            // The system's own words for the value, English and Chinese.
            messages: messages.into_iter().flatten().map(String::from).collect(),
        })
    };
    Entry {
        name: code.name().to_string(),
        code: code.code().to_string(),
        natives: Platform::ALL.iter().filter_map(|&p| native(p)).collect(),
        summary: code.summary().to_string(),
        en: code.en().to_string(),
        zh: code.zh().to_string(),
        zh_explanation: code.zh_explanation().to_string(),
    }
}

/// The index of every code, in `NetError::ALL`'s order.
pub fn index() -> Index {
    let entries: Vec<Entry> = NetError::ALL.iter().map(|&code| entry(code)).collect();
    Index::new(&entries)
}

/// Whether `text` is a number as written alone: digits, or `0x` and hex
/// digits, with an optional sign.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let lower = digits.to_ascii_lowercase();
    let (digits, hex) = match lower.strip_prefix("0x") {
        Some(rest) => (rest, true),
        None => (lower.as_str(), false),
    };
    !digits.is_empty()
        && digits.bytes().all(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
}

/// The code a name, full code or symbol (in any letter case) names.
fn named(text: &str) -> Option<NetError> {
    text.parse::<NetError>()
        .or_else(|_| text.to_ascii_uppercase().parse::<NetError>())
        .ok()
}

/// What `query` finds on `platforms`.
pub fn look_up(index: &Index, query: &str, platforms: &[Platform]) -> Result<Answer, Miss> {
    let trimmed = query.trim();
    let name = named(trimmed);
    let number = is_number(trimmed);
    let exact = name.is_some() || number;
    let asked: Vec<lookup::Platform> = platforms.iter().map(|&p| lookup_platform(p)).collect();
    let outcome = search(index, query, &asked);
    // A single name or number shows the codes it names, not those a word
    // of the other codes' texts happens to match.
    let names_it = |hit: &Hit| {
        hit.matched
            .iter()
            .any(|m| matches!(m, Match::Name { prefix: false, .. } | Match::Number { .. }))
    };
    let found: Vec<Found> = outcome
        .hits
        .into_iter()
        .filter(|hit| !exact || names_it(hit))
        .take(lookup::SHOWN)
        .map(|hit| Found {
            code: NetError::ALL[hit.entry],
            hit,
        })
        .collect();
    if !found.is_empty() {
        return Ok(Answer { exact, found });
    }
    if let Some(code) = name {
        let platform = platforms.first().copied().unwrap_or(Platform::Linux);
        return Err(Miss::NotOnPlatform(code, platform));
    }
    // A number labelled as a code (`errno 11001`) that no code has: a miss,
    // whatever words come with it.
    if number || outcome.unknown_number {
        return Err(Miss::Number);
    }
    Err(Miss::Nothing {
        name_like: trimmed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        suggestions: outcome.suggestions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &[Platform] = &[Platform::Linux, Platform::Windows];

    fn names(answer: &Answer) -> Vec<&'static str> {
        answer.found.iter().map(|f| f.code.name()).collect()
    }

    #[test]
    fn the_index_follows_the_catalogue_and_marks_shared_values() {
        let index = index();
        assert_eq!(index.entries.len(), NetError::ALL.len());
        for (entry, code) in index.entries.iter().zip(NetError::ALL) {
            assert_eq!(entry.name, code.name());
            assert!(entry.keys.iter().any(|key| key == code.code()));
        }
        let would_block = index
            .entries
            .iter()
            .find(|entry| entry.name == "EWOULDBLOCK")
            .expect("EWOULDBLOCK");
        let aliased: Vec<(lookup::Platform, bool)> = would_block
            .natives
            .iter()
            .map(|native| (native.platform, native.aliased))
            .collect();
        assert_eq!(
            aliased,
            [
                (lookup::Platform::Linux, true),
                (lookup::Platform::Windows, false)
            ]
        );
    }

    #[test]
    fn a_single_name_or_number_names_codes_in_full() {
        let index = index();
        let answer = look_up(&index, "11", BOTH).expect("11 is a code");
        assert!(answer.exact);
        assert_eq!(names(&answer), ["EAGAIN", "EWOULDBLOCK"]);
        assert_eq!(answer.found[1].number(), Some((Platform::Linux, 11)));
        for query in [
            "ECONNREFUSED",
            " wsaeconnrefused ",
            "111",
            "0x274d",
            "-111",
            "+111",
        ] {
            let answer = look_up(&index, query, BOTH).unwrap_or_else(|m| panic!("{query}: {m:?}"));
            assert!(answer.exact, "{query}");
            assert_eq!(names(&answer), ["ECONNREFUSED"], "{query}");
        }
        let answer = look_up(&index, "connect[111]", BOTH).expect("a log form");
        assert!(!answer.exact);
        assert_eq!(answer.found[0].code.name(), "ECONNREFUSED");
    }

    #[test]
    fn misses_say_why() {
        let index = index();
        let eperm: NetError = "EPERM".parse().expect("EPERM");
        assert_eq!(
            look_up(&index, "EPERM", &[Platform::Windows]),
            Err(Miss::NotOnPlatform(eperm, Platform::Windows))
        );
        assert_eq!(
            look_up(&index, "111", &[Platform::Windows]),
            Err(Miss::Number)
        );
        assert_eq!(look_up(&index, "0", BOTH), Err(Miss::Number));
        assert_eq!(
            look_up(&index, "ECONNRESTE", BOTH),
            Err(Miss::Nothing {
                name_like: true,
                suggestions: vec!["ECONNRESET".to_string()]
            })
        );
        assert_eq!(
            look_up(&index, "on", BOTH),
            Err(Miss::Nothing {
                name_like: true,
                suggestions: vec![]
            })
        );
        assert!(matches!(
            look_up(&index, "127.0.0.1:110", BOTH),
            Err(Miss::Nothing {
                name_like: false,
                ..
            })
        ));
    }
}
