//! The index: every entry's keys, values, normalised messages and word
//! lists, computed once, with the [`Rules`] that [`search`](crate::search)
//! applies. It serialises (camelCase) into what the site's `search.js`
//! reads, so the script computes nothing from the catalogue itself.

use std::collections::HashSet;

use serde::Serialize;

use crate::text::{atoms, cjk_runs, is_numeric, normalize};
use crate::{Entry, Platform};

/// What each kind of evidence adds to a code's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scores {
    /// A name, full code or symbol (rule a).
    pub name: u32,
    /// The start of one, for a query of one atom (rule a).
    pub name_prefix: u32,
    /// The code's own value on a platform (rule b).
    pub number: u32,
    /// A value the code shares with the code it decodes to (rule b).
    pub shared_number: u32,
    /// The code's own value, written as a bare number inside a longer query
    /// (rule b): less than a whole OS message and than two words of the
    /// code's summary, since such a number is as often a count, a size or
    /// an id as a code.
    pub bare_number: u32,
    /// The same for a value the code shares.
    pub shared_bare_number: u32,
    /// A whole OS message of the code inside the query (rule c).
    pub message: u32,
    /// The same for a message of a shared value.
    pub shared_message: u32,
    /// The query inside an OS message of the code (rule c).
    pub fragment: u32,
    /// The same for a message of a shared value.
    pub shared_fragment: u32,
    /// A word in each tier of the code's texts, best first (rule d): the
    /// summary and OS messages; the user's Chinese line; the explanations.
    pub tiers: [u32; 3],
}

/// The constants of the rules, carried by the index so that the site's
/// script reads the same ones. The crate's documentation says how each is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rules {
    /// The score of each kind of evidence.
    pub scores: Scores,
    /// The fewest characters of an English word.
    pub min_word: usize,
    /// The fewest characters of a query that may be the start of a name or word.
    pub min_prefix: usize,
    /// The fewest ideographs of a CJK run.
    pub min_cjk: usize,
    /// The least width of a query read as a fragment of a message.
    pub min_fragment_width: usize,
    /// English words too common to tell codes apart, and the words logs put
    /// around a number (`error`, `errno`, `failed`).
    pub stop_words: Vec<&'static str>,
    /// The words that may name a number right before a colon: `errno:104`.
    pub number_labels: Vec<&'static str>,
    /// The words that say a number is something else: `port 110`, `fd 11`,
    /// and the months, before a day (`May  9`).
    pub not_codes: Vec<&'static str>,
    /// The units and count words that say the number before them is a
    /// quantity: `30 seconds`, `4 retries`, `2 bytes`.
    pub units: Vec<&'static str>,
    /// A hit must score at least the best hit's score divided by this: once
    /// a name, number or message has matched, a word that merely occurs in
    /// other codes' texts is noise.
    pub noise_ratio: u32,
    /// The most suggestions for a typo.
    pub max_suggestions: usize,
    /// How many hits the command and the site show.
    pub shown: usize,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            scores: Scores {
                name: 1000,
                name_prefix: 250,
                number: 900,
                shared_number: 800,
                bare_number: 250,
                shared_bare_number: 200,
                message: 600,
                shared_message: 500,
                fragment: 400,
                shared_fragment: 300,
                tiers: [300, 200, 100],
            },
            min_word: 3,
            min_prefix: 4,
            min_cjk: 2,
            min_fragment_width: 4,
            stop_words: vec![
                "all", "also", "and", "any", "are", "but", "can", "code", "did", "does", "err",
                "errno", "error", "failed", "for", "from", "has", "have", "its", "may", "not",
                "off", "one", "only", "other", "than", "that", "the", "their", "then", "there",
                "these", "they", "this", "was", "were", "what", "when", "which", "while", "with",
            ],
            number_labels: vec![
                "code",
                "err",
                "errno",
                "error",
                "getlasterror",
                "hr",
                "hresult",
                "lasterror",
                "rc",
                "result",
                "ret",
                "status",
                "winerror",
                "wsaerror",
                "wsagetlasterror",
            ],
            not_codes: vec![
                "apr",
                "april",
                "aug",
                "august",
                "dec",
                "december",
                "fd",
                "feb",
                "february",
                "jan",
                "january",
                "jul",
                "july",
                "jun",
                "june",
                "line",
                "mar",
                "march",
                "may",
                "nov",
                "november",
                "oct",
                "october",
                "pid",
                "port",
                "sep",
                "sept",
                "september",
                "tid",
            ],
            units: vec![
                "attempt", "attempts", "b", "byte", "bytes", "day", "days", "gb", "h", "hour",
                "hours", "kb", "kib", "mb", "mib", "min", "mins", "minute", "minutes", "ms",
                "msec", "msecs", "ns", "packets", "retries", "retry", "s", "sec", "second",
                "seconds", "secs", "times", "tries", "us",
            ],
            noise_ratio: 4,
            max_suggestions: 3,
            shown: crate::SHOWN,
        }
    }
}

/// Words and CJK runs of one tier of a code's texts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tier {
    /// The English words, lower case, sorted, without repeats (and without
    /// a word a better tier of the code already has).
    pub words: Vec<String>,
    /// The CJK runs of at least [`Rules::min_cjk`] ideographs, in text order, without repeats.
    pub cjk: Vec<String>,
}

/// A code's value on one platform, as the index keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexNative {
    /// The platform.
    pub platform: Platform,
    /// The native symbol.
    pub symbol: String,
    /// The native value.
    pub value: i32,
    /// Whether the value decodes to another code.
    pub aliased: bool,
}

/// An OS message of a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexMessage {
    /// As the system writes it.
    pub text: String,
    /// [`normalize`]d.
    pub norm: String,
    /// Whether it belongs to a value the code shares (see [`crate::Native::aliased`]).
    pub shared: bool,
}

/// One code in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexEntry {
    /// The code's name, as written.
    pub name: String,
    /// The English summary, for showing a hit.
    pub summary: String,
    /// The user's Chinese line, for showing a hit.
    pub zh: String,
    /// Its values.
    pub natives: Vec<IndexNative>,
    /// Name, full code and symbols, as written, without repeats.
    pub keys: Vec<String>,
    /// Its OS messages, without repeats (a message both own and shared is own).
    pub messages: Vec<IndexMessage>,
    /// Its texts' words, best tier first: summary and own messages; the
    /// user's Chinese line; the explanations and shared messages.
    pub tiers: [Tier; 3],
}

/// Everything [`search`](crate::search) reads: the rules and the entries, in catalogue order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    /// The rules' constants.
    pub rules: Rules,
    /// One per code, in catalogue order.
    pub entries: Vec<IndexEntry>,
}

impl Index {
    /// The index of `entries`, kept in their order, with the default rules.
    pub fn new(entries: &[Entry]) -> Index {
        let rules = Rules::default();
        let entries = entries
            .iter()
            .map(|entry| IndexEntry::new(entry, &rules))
            .collect();
        Index { rules, entries }
    }
}

impl IndexEntry {
    fn new(entry: &Entry, rules: &Rules) -> IndexEntry {
        let mut keys: Vec<String> = Vec::new();
        let names = [&entry.name, &entry.code]
            .into_iter()
            .chain(entry.natives.iter().map(|native| &native.symbol));
        for key in names {
            if !key.is_empty() && !keys.contains(key) {
                keys.push(key.clone());
            }
        }
        let mut messages: Vec<IndexMessage> = Vec::new();
        // Own messages first, so that a message both own and shared stays own.
        for shared in [false, true] {
            for native in entry.natives.iter().filter(|n| n.aliased == shared) {
                for text in &native.messages {
                    let norm = normalize(text);
                    if !norm.is_empty() && !messages.iter().any(|m| m.norm == norm) {
                        messages.push(IndexMessage {
                            text: text.clone(),
                            norm,
                            shared,
                        });
                    }
                }
            }
        }
        let messages_of = |shared: bool| {
            messages
                .iter()
                .filter(move |m| m.shared == shared)
                .map(|m| m.text.as_str())
        };
        let own: Vec<&str> = std::iter::once(entry.summary.as_str())
            .chain(messages_of(false))
            .collect();
        let line = vec![entry.zh.as_str()];
        let text: Vec<&str> = [entry.en.as_str(), entry.zh_explanation.as_str()]
            .into_iter()
            .chain(messages_of(true))
            .collect();
        let mut tiers: [Tier; 3] = Default::default();
        for (tier, texts) in tiers.iter_mut().zip([own, line, text]) {
            *tier = Tier::new(&texts, rules);
        }
        // A word or run a better tier has is left out of the worse ones.
        for better in 0..tiers.len() {
            let (head, tail) = tiers.split_at_mut(better + 1);
            let best = &head[better];
            for worse in tail {
                worse.words.retain(|w| best.words.binary_search(w).is_err());
                worse.cjk.retain(|run| !best.cjk.contains(run));
            }
        }
        IndexEntry {
            name: entry.name.clone(),
            summary: entry.summary.clone(),
            zh: entry.zh.clone(),
            natives: entry
                .natives
                .iter()
                .map(|native| IndexNative {
                    platform: native.platform,
                    symbol: native.symbol.clone(),
                    value: native.value,
                    aliased: native.aliased,
                })
                .collect(),
            keys,
            messages,
            tiers,
        }
    }
}

impl Tier {
    /// The words and CJK runs of `texts`.
    fn new(texts: &[&str], rules: &Rules) -> Tier {
        let norms: Vec<String> = texts.iter().map(|text| normalize(text)).collect();
        let mut words: Vec<&str> = Vec::new();
        let mut cjk: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for norm in &norms {
            for (start, end) in atoms(norm) {
                if end - start >= rules.min_word {
                    words.push(&norm[start..end]);
                }
            }
            for run in cjk_runs(norm) {
                if run.chars().count() >= rules.min_cjk && seen.insert(run.clone()) {
                    cjk.push(run);
                }
            }
        }
        words.sort_unstable();
        words.dedup();
        words.retain(|word| is_word(word, rules));
        Tier {
            words: words.into_iter().map(String::from).collect(),
            cjk,
        }
    }
}

/// Whether an atom counts as an English word: long enough, not a number,
/// not a stop word.
pub(crate) fn is_word(atom: &str, rules: &Rules) -> bool {
    // The stop words are sorted (a test says so).
    atom.len() >= rules.min_word
        && !is_numeric(atom)
        && rules.stop_words.binary_search(&atom).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Native;

    fn entry() -> Entry {
        Entry {
            name: "EAGAIN".into(),
            code: "X_EAGAIN".into(),
            natives: vec![
                Native {
                    platform: Platform::Linux,
                    symbol: "EAGAIN".into(),
                    value: 11,
                    aliased: false,
                    messages: vec!["Resource temporarily unavailable".into()],
                },
                Native {
                    platform: Platform::Windows,
                    symbol: "WSAEAGAIN".into(),
                    value: 10035,
                    aliased: true,
                    messages: vec![
                        "Resource  temporarily unavailable.".into(),
                        "资源暂时不可用".into(),
                    ],
                },
            ],
            summary: "try again later".into(),
            en: "The resource is busy: try again, or wait with poll (POLLIN).".into(),
            zh: "资源暂时不可用，请重试。".into(),
            zh_explanation: "资源忙：请稍后重试。".into(),
        }
    }

    #[test]
    fn keys_messages_and_tiers() {
        let rules = Rules::default();
        let indexed = IndexEntry::new(&entry(), &rules);
        assert_eq!(indexed.keys, ["EAGAIN", "X_EAGAIN", "WSAEAGAIN"]);
        // The shared copy of an own message is the own one.
        let messages: Vec<(&str, bool)> = indexed
            .messages
            .iter()
            .map(|m| (m.norm.as_str(), m.shared))
            .collect();
        assert_eq!(
            messages,
            [
                ("resource temporarily unavailable", false),
                ("资源暂时不可用", true)
            ]
        );
        let [own, line, text] = &indexed.tiers;
        assert_eq!(
            own.words,
            [
                "again",
                "later",
                "resource",
                "temporarily",
                "try",
                "unavailable"
            ]
        );
        assert!(own.cjk.is_empty());
        assert!(line.words.is_empty());
        assert_eq!(line.cjk, ["资源暂时不可用", "请重试"]);
        // "the", "or" and "with" are stop words or too short; own words are not repeated.
        assert_eq!(text.words, ["busy", "poll", "pollin", "wait"]);
        // The shared message's run is the line's already.
        assert_eq!(text.cjk, ["资源忙", "请稍后重试"]);
    }

    #[test]
    fn the_index_serialises_in_camel_case() {
        let index = Index::new(&[entry()]);
        let json = serde_json::to_value(&index).expect("serialises");
        assert_eq!(json["rules"]["scores"]["sharedNumber"], 800);
        assert_eq!(json["rules"]["minFragmentWidth"], 4);
        assert_eq!(json["entries"][0]["natives"][1]["platform"], "Windows");
        assert_eq!(
            json["entries"][0]["messages"][0]["norm"],
            "resource temporarily unavailable"
        );
        assert!(json["entries"][0]["tiers"][2]["words"].is_array());
    }

    #[test]
    fn stop_words_are_sorted_and_lower_case() {
        let rules = Rules::default();
        for list in [
            &rules.stop_words,
            &rules.number_labels,
            &rules.not_codes,
            &rules.units,
        ] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(
                list.iter()
                    .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
            );
        }
    }
}
