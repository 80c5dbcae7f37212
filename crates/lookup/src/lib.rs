//! One lookup for whatever a reader pastes from a log: the `wmkc-net-err`
//! command and the docs site's search both use it. The command builds an
//! [`Index`] from the generated crate's accessors; the generator builds the
//! same [`Index`] from its catalogue and writes it, serialised, into the
//! site's `search-index.js`, where `search.js` runs a faithful port of
//! [`search`] over it. One table of cases (`cases.json`, beside this crate's
//! `Cargo.toml`) drives the command's tests and the site's browser test.
//!
//! # The rules
//!
//! A query is first [normalised](normalize): ASCII letters lower-cased,
//! every run of spaces (tabs, line breaks, the no-break and the ideographic
//! space included) made one space, the ends trimmed, one final period (`.`
//! or `。`) dropped. Everything below reads the normalised query; an *atom*
//! is a maximal run of ASCII letters, digits and `_`, a *CJK run* a maximal
//! run of CJK ideographs ([`is_cjk`]).
//!
//! a. **Names.** An atom that is a code's name (`ECONNRESET`), full code
//!    (`WMKC_NET_ERR_ECONNRESET`) or native symbol (`WSAECONNRESET`), in any
//!    letter case, matches it ([`Scores::name`]). A query that is a single
//!    atom of at least [`Rules::min_prefix`] characters also matches the
//!    codes that have a key starting with it, more weakly
//!    ([`Scores::name_prefix`]): the site searches as the reader types.
//! b. **Numbers**, in the forms logs write them: `111`, `connect[111]`,
//!    `errno 104`, `errno=104`, `errno:104`, `error 10054`, `os error 104`,
//!    a negated errno `-104`, hex `0x2746`, and an HRESULT
//!    (`HRESULT_FROM_WIN32`: `0x80072746`, also written `2147952454` or
//!    `-2147014842`), whose low 16 bits are a Win32 code, tried on Windows
//!    only. Any other number is tried on each platform asked for. A value
//!    that is the code's own ([`Scores::number`]) outranks one the code
//!    shares with another code it does not decode to
//!    ([`Scores::shared_number`]): `11` gives EAGAIN, then EWOULDBLOCK.
//!    A number counts at full weight only when it is *labelled* as a code:
//!    it is the whole query (a sign aside), follows a label such as
//!    `errno`, `error`, `code`, `WinError` or `os error`
//!    ([`Rules::number_labels`], with `=`, `:` or spaces), stands in `[N]`
//!    or `(N)`, is negated, written in hex, or an HRESULT. A *bare* number
//!    inside a longer query is as often a count, a size or an id: it scores
//!    [`Scores::bare_number`] (250, or [`Scores::shared_bare_number`], 200),
//!    below a whole OS message (600) and below two words of a summary
//!    (2 × 300), above one word of the explanations (100). When the query
//!    holds a labelled number (other than `-1`) and no labelled number is a
//!    value of a code on the platforms asked for (`Errno 11001`,
//!    `HRESULT: 0x80072EFE`), the query is a miss
//!    ([`Outcome::unknown_number`]), whatever its words match.
//!    A numeric atom is not a code when it is part of something else:
//!    joined by `.`, `:`, `-` or `/` to a following atom (`127.`, `12:30`,
//!    `2024-05`), after `.` or `/` that follows an atom (`0.1`, `/proc/111`),
//!    after `-` that follows a digit (`2024-05-01`), after `::` or `]:`
//!    (`[::1]:8080`), after `word:` unless the word is a number label such
//!    as `errno` ([`Rules::number_labels`]; so `localhost:110` and
//!    `127.0.0.1:110` are ports), or named by a preceding word such as
//!    `port` or `fd` or by a month (`May  9`, [`Rules::not_codes`]), or
//!    followed by a unit or count word (`30 seconds`, `4 retries`, `2 bytes`,
//!    [`Rules::units`]). `-1` is not a negated errno: it is what every
//!    failing socket call returns.
//! c. **OS messages**, in either language, whole or as a fragment: a
//!    message inside the query (a log line that contains `Connection reset
//!    by peer`, [`Scores::message`]) or the whole query inside a message
//!    (`forcibly closed`, [`Scores::fragment`]). A fragment must start where
//!    a word of the message starts and be at least
//!    [`Rules::min_fragment_width`] wide (a CJK ideograph counts two), so
//!    that `on` matches nothing. A message that belongs to a value the code
//!    only shares scores less ([`Scores::shared_message`],
//!    [`Scores::shared_fragment`]).
//! d. **Words.** Each English word of the query (an atom of at least
//!    [`Rules::min_word`] characters that is not a number or one of
//!    [`Rules::stop_words`]) and each CJK run of at least [`Rules::min_cjk`]
//!    ideographs is looked up in three tiers of the code's texts, best
//!    first ([`Scores::tiers`]): its own summary and OS messages; the user's
//!    Chinese line; the English and Chinese explanations (and the messages
//!    of a shared value). So a code's own summary outranks a word that merely
//!    appears in another code's advice. An English word matches a word of
//!    the tier, or, at [`Rules::min_prefix`] characters or more, the start
//!    of one, for half the score. A CJK run is read by its distinct
//!    character pairs (bigrams), in both directions: each pair found inside
//!    a run of the code's texts adds half the score of the best tier that
//!    has it, summed across tiers, so a code's message or line inside a
//!    longer Chinese sentence counts pair by pair, and so does the same
//!    text in another order (`连接被拒绝`: 连接 and 拒绝 from glibc's
//!    拒绝连接, 接被 from the user's line). A run found whole inside a run
//!    of a tier scores at least that tier's whole score, so a two-ideograph
//!    word such as `超时` scores as an English word does.
//! e. **Typos.** When nothing matched, the keys (names, full codes,
//!    symbols) nearest to an atom of the query are suggestions: the optimal
//!    string alignment distance ([`strsim::osa_distance`]), letter case
//!    aside, of at most one edit in four characters (one to three), only the
//!    nearest, at most [`Rules::max_suggestions`], in catalogue order. A
//!    typo alone is not a match.
//!
//! Evidence adds up: a code's score is the sum of its best name, its best
//! number, its best message and each word's best tier, so a log line with
//! both the message and the number ranks that code above one that only
//! matches a stray number. Only codes reported on one of the platforms
//! asked for are hits, and only those that score at least the best one's
//! score divided by [`Rules::noise_ratio`] (after a name, a number or a
//! message, a word that merely occurs in other codes' texts is noise). Hits come best
//! first; equal scores go by strength of evidence ([`Hit::strength`]: how
//! many names, numbers, messages, words and CJK pairs of the query the code
//! accounts for), then by the catalogue's order. The numbers that decide all this are in [`Rules`], which the index
//! carries, so that the site's script reads the same ones.

mod index;
mod search;
mod text;

use serde::Serialize;

pub use index::{Index, IndexEntry, IndexMessage, IndexNative, Rules, Scores, Tier};
pub use search::{Hit, Match, Outcome, search};
pub use text::{is_cjk, normalize};

/// How many hits the command and the site show.
pub const SHOWN: usize = 10;

/// A platform whose values a code has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Platform {
    /// Linux: errno values.
    Linux,
    /// Windows: Winsock (Win32) codes.
    Windows,
}

impl Platform {
    /// Every platform, in the catalogue's order.
    pub const ALL: [Platform; 2] = [Platform::Linux, Platform::Windows];
}

/// One code, as the lookup reads it: plain strings, built by the command
/// from the generated crate and by the generator from its catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The code's name: `ECONNRESET`.
    pub name: String,
    /// The full code: `WMKC_NET_ERR_ECONNRESET`.
    pub code: String,
    /// Its symbol, value and OS messages on each platform that reports it.
    pub natives: Vec<Native>,
    /// The one-line English summary.
    pub summary: String,
    /// The English explanation.
    pub en: String,
    /// The user's Chinese line.
    pub zh: String,
    /// The Chinese explanation (empty when there is none).
    pub zh_explanation: String,
}

/// A code's value on one platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Native {
    /// The platform.
    pub platform: Platform,
    /// The native symbol: `ECONNRESET`, `WSAECONNRESET`.
    pub symbol: String,
    /// The native value: `104`, `10054`.
    pub value: i32,
    /// Whether another code has this value too and the value decodes to
    /// that one (EWOULDBLOCK's 11 on Linux, which decodes to EAGAIN).
    pub aliased: bool,
    /// The operating system's messages for this value, in any language
    /// (glibc's `strerror` in English and Chinese, `FormatMessage`'s text).
    pub messages: Vec<String>,
}
