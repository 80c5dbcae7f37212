//! [`search`]: the rules of the crate's documentation, applied to an [`Index`].
//! `xtask/src/render/site/assets/search.js` mirrors each function here under
//! the same name (in camelCase); a change here is a change there.

use serde::Serialize;

use crate::Platform;
use crate::index::{Index, IndexEntry, Rules, is_word};
use crate::text::{
    atoms, bigrams, is_atom_byte, is_cjk, is_numeric, normalize, parse_number, width,
};

/// How a query matched a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "as", rename_all = "camelCase")]
pub enum Match {
    /// A name, full code or symbol (rule a).
    #[serde(rename_all = "camelCase")]
    Name {
        /// The key, as the catalogue writes it.
        key: String,
        /// Whether the query is only the start of the key.
        prefix: bool,
    },
    /// A number, as this platform's value (rule b).
    #[serde(rename_all = "camelCase")]
    Number {
        /// The platform whose value it is.
        platform: Platform,
        /// The value.
        value: i32,
        /// Whether the code only shares the value (it decodes to another code).
        shared: bool,
    },
    /// An OS message (rule c).
    #[serde(rename_all = "camelCase")]
    Message {
        /// The message, as the system writes it.
        message: String,
        /// Whether the whole message is in the query (else the query is in the message).
        whole: bool,
        /// Whether it is the message of a value the code shares.
        shared: bool,
    },
    /// Words of the query found in the code's texts (rule d), in the query's order.
    #[serde(rename_all = "camelCase")]
    Words {
        /// The words (lower case) and CJK runs.
        words: Vec<String>,
    },
}

/// A code the query matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    /// The code's position in the index (the catalogue's order).
    pub entry: usize,
    /// The sum of its evidence.
    pub score: u32,
    /// How many pieces of the query it accounts for: one for a name, a
    /// number or a message, one per English word and one per character pair
    /// of a CJK run found in its texts. Breaks ties of `score`.
    pub strength: u32,
    /// Each kind of evidence that counted: name, number, message, words, in that order.
    pub matched: Vec<Match>,
}

/// What a query found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// The codes it matched, best first; ties in catalogue order.
    pub hits: Vec<Hit>,
    /// When it matched nothing: the nearest keys to a word of it.
    pub suggestions: Vec<String>,
    /// Whether it missed because it holds a labelled number (rule b) and no
    /// labelled number is a code's value on the platforms asked for.
    pub unknown_number: bool,
}

/// A word of the query: an English word or a CJK run.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Word(String),
    Cjk(String),
}

impl Term {
    fn text(&self) -> &str {
        match self {
            Term::Word(text) | Term::Cjk(text) => text,
        }
    }
}

/// A query as the rules read it.
struct Query {
    /// The normalised query.
    norm: String,
    /// Its atoms.
    atoms: Vec<String>,
    /// Its numbers that may be codes, as the `(platform, value)` to try,
    /// in order, each with whether it is labelled as a code (rule b).
    numbers: Vec<(Platform, i32, bool)>,
    /// Whether it holds a labelled number (`-1` aside).
    labelled: bool,
    /// Its words and CJK runs, in order, without repeats.
    terms: Vec<Term>,
}

/// The codes `query` matches on `platforms` (see the crate's documentation),
/// best first, or the nearest names when it matches none.
pub fn search(index: &Index, query: &str, platforms: &[Platform]) -> Outcome {
    let rules = &index.rules;
    let query = read_query(query, platforms, rules);
    if query.labelled && !labelled_number_is_a_code(index, &query, platforms) {
        return Outcome {
            hits: Vec::new(),
            suggestions: Vec::new(),
            unknown_number: true,
        };
    }
    let mut hits: Vec<Hit> = Vec::new();
    for (id, entry) in index.entries.iter().enumerate() {
        if !reported_on(entry, platforms) {
            continue;
        }
        let mut hit = Hit {
            entry: id,
            score: 0,
            strength: 0,
            matched: Vec::new(),
        };
        for evidence in [
            match_name(entry, &query, rules),
            match_number(entry, &query, rules),
            match_message(entry, &query, rules),
            match_words(entry, &query, rules),
        ]
        .into_iter()
        .flatten()
        {
            hit.score += evidence.0;
            hit.strength += evidence.1;
            hit.matched.push(evidence.2);
        }
        if hit.score > 0 {
            hits.push(hit);
        }
    }
    hits.sort_by(|a, b| {
        (b.score, b.strength)
            .cmp(&(a.score, a.strength))
            .then(a.entry.cmp(&b.entry))
    });
    // Far below the best, a hit is noise.
    let best = hits.first().map_or(0, |hit| hit.score);
    hits.retain(|hit| hit.score * rules.noise_ratio >= best);
    let suggestions = if hits.is_empty() {
        suggestions(index, &query, platforms)
    } else {
        Vec::new()
    };
    Outcome {
        hits,
        suggestions,
        unknown_number: false,
    }
}

/// Whether a labelled number of the query is a value of a code reported on
/// one of `platforms` (its own or shared).
fn labelled_number_is_a_code(index: &Index, query: &Query, platforms: &[Platform]) -> bool {
    query
        .numbers
        .iter()
        .filter(|&&(_, _, labelled)| labelled)
        .any(|&(platform, value, _)| {
            index
                .entries
                .iter()
                .filter(|entry| reported_on(entry, platforms))
                .flat_map(|entry| &entry.natives)
                .any(|native| native.platform == platform && native.value == value)
        })
}

/// Whether one of `platforms` reports the code.
fn reported_on(entry: &IndexEntry, platforms: &[Platform]) -> bool {
    entry
        .natives
        .iter()
        .any(|native| platforms.contains(&native.platform))
}

fn read_query(text: &str, platforms: &[Platform], rules: &Rules) -> Query {
    let norm = normalize(text);
    let atoms: Vec<String> = atoms(&norm)
        .into_iter()
        .map(|(start, end)| norm[start..end].to_string())
        .collect();
    let (numbers, labelled) = numbers(&norm, platforms, rules);
    let terms = terms(&norm, rules);
    Query {
        norm,
        atoms,
        numbers,
        labelled,
        terms,
    }
}

/// Rule a: the first key of the code that an atom is, else (for a query of
/// one atom) the first key it starts.
fn match_name(entry: &IndexEntry, query: &Query, rules: &Rules) -> Option<(u32, u32, Match)> {
    let lower = |key: &String| key.to_ascii_lowercase();
    if let Some(key) = entry
        .keys
        .iter()
        .find(|key| query.atoms.contains(&lower(key)))
    {
        let found = Match::Name {
            key: key.clone(),
            prefix: false,
        };
        return Some((rules.scores.name, 1, found));
    }
    let single = query.atoms.len() == 1 && query.atoms[0] == query.norm;
    if !single || query.norm.len() < rules.min_prefix || is_numeric(&query.norm) {
        return None;
    }
    let key = entry
        .keys
        .iter()
        .find(|key| lower(key).starts_with(&query.norm))?;
    let found = Match::Name {
        key: key.clone(),
        prefix: true,
    };
    Some((rules.scores.name_prefix, 1, found))
}

/// Rule b: the best of the query's numbers among the code's values.
fn match_number(entry: &IndexEntry, query: &Query, rules: &Rules) -> Option<(u32, u32, Match)> {
    let scores = &rules.scores;
    let mut best: Option<(u32, u32, Match)> = None;
    for &(platform, value, labelled) in &query.numbers {
        for native in &entry.natives {
            if native.platform != platform || native.value != value {
                continue;
            }
            let score = match (labelled, native.aliased) {
                (true, false) => scores.number,
                (true, true) => scores.shared_number,
                (false, false) => scores.bare_number,
                (false, true) => scores.shared_bare_number,
            };
            if best.as_ref().is_none_or(|(old, _, _)| score > *old) {
                let found = Match::Number {
                    platform,
                    value,
                    shared: native.aliased,
                };
                best = Some((score, 1, found));
            }
        }
    }
    best
}

/// Rule c: the best of the code's messages, whole in the query or holding it.
fn match_message(entry: &IndexEntry, query: &Query, rules: &Rules) -> Option<(u32, u32, Match)> {
    if query.norm.is_empty() {
        return None;
    }
    let scores = &rules.scores;
    let fragment_ok = width(&query.norm) >= rules.min_fragment_width;
    let mut best: Option<(u32, u32, Match)> = None;
    for message in &entry.messages {
        let whole = query.norm.contains(&message.norm);
        let score = match (whole, message.shared) {
            (true, false) => scores.message,
            (true, true) => scores.shared_message,
            (false, _) if !fragment_ok || !starts_a_word(&message.norm, &query.norm) => continue,
            (false, false) => scores.fragment,
            (false, true) => scores.shared_fragment,
        };
        if best.as_ref().is_none_or(|(old, _, _)| score > *old) {
            let found = Match::Message {
                message: message.text.clone(),
                whole,
                shared: message.shared,
            };
            best = Some((score, 1, found));
        }
    }
    best
}

/// Whether `needle` occurs in `haystack` where a word starts: it begins with
/// a character that is not part of an atom, or the character before it is
/// not part of one. Every occurrence counts, overlapping ones too.
fn starts_a_word(haystack: &str, needle: &str) -> bool {
    let Some(&first) = needle.as_bytes().first() else {
        return false;
    };
    let bytes = haystack.as_bytes();
    let mut from = 0;
    while let Some(found) = haystack[from..].find(needle) {
        let at = from + found;
        if !is_atom_byte(first) || at == 0 || !is_atom_byte(bytes[at - 1]) {
            return true;
        }
        // On to the next character: `needle` starts with an ASCII byte here.
        from = at + 1;
    }
    false
}

/// Rule d: each term's best tier (for a CJK run, its pairs over the
/// tiers), summed; the strength counts the words and pairs found.
fn match_words(entry: &IndexEntry, query: &Query, rules: &Rules) -> Option<(u32, u32, Match)> {
    let mut total = 0;
    let mut strength = 0;
    let mut words = Vec::new();
    for term in &query.terms {
        let (score, found) = match term {
            Term::Word(word) => {
                let score = entry
                    .tiers
                    .iter()
                    .zip(rules.scores.tiers)
                    .map(|(tier, full)| word_score(&tier.words, word, full, rules))
                    .max()
                    .unwrap_or(0);
                (score, u32::from(score > 0))
            }
            Term::Cjk(run) => cjk_score(entry, run, rules),
        };
        if score > 0 {
            total += score;
            strength += found;
            words.push(term.text().to_string());
        }
    }
    (total > 0).then_some((total, strength, Match::Words { words }))
}

/// A word in a tier's sorted words: the whole score, or half for the start of one.
fn word_score(words: &[String], word: &str, full: u32, rules: &Rules) -> u32 {
    let at = words.partition_point(|w| w.as_str() < word);
    match words.get(at) {
        Some(w) if w == word => full,
        Some(w) if word.len() >= rules.min_prefix && w.starts_with(word) => full / 2,
        _ => 0,
    }
}

/// A CJK run of the query in a code's tiers, as `(score, pairs found)`:
/// each of its distinct character pairs counts half the score of the best
/// tier that has it inside one of its runs, and the run found whole inside
/// a run of a tier scores at least that tier's whole score. So a code's
/// own message or line inside a longer sentence counts in full, pair by
/// pair, and so does a sentence that says the same in another order.
fn cjk_score(entry: &IndexEntry, run: &str, rules: &Rules) -> (u32, u32) {
    let tiers = entry.tiers.iter().zip(rules.scores.tiers);
    let inside = |part: &str| {
        tiers
            .clone()
            .filter(|(tier, _)| tier.cjk.iter().any(|r| r.contains(part)))
            .map(|(_, full)| full)
            .max()
            .unwrap_or(0)
    };
    let whole = inside(run);
    let mut pairs = bigrams(run);
    let mut seen = Vec::with_capacity(pairs.len());
    pairs.retain(|pair| {
        let new = !seen.contains(pair);
        if new {
            seen.push(pair.clone());
        }
        new
    });
    let (mut sum, mut found) = (0, 0);
    for pair in &pairs {
        let score = inside(pair);
        if score > 0 {
            sum += score;
            found += 1;
        }
    }
    (whole.max(sum / 2), found.max(u32::from(whole > 0)))
}

/// Rule d's terms: English words and CJK runs of the normalised query, in
/// order, without repeats.
fn terms(norm: &str, rules: &Rules) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    let mut push = |term: Term| {
        if !out.contains(&term) {
            out.push(term);
        }
    };
    let mut chars = norm.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let (is_part, cjk): (fn(char) -> bool, bool) = if c.is_ascii() && is_atom_byte(c as u8) {
            (|c| c.is_ascii() && is_atom_byte(c as u8), false)
        } else if is_cjk(c) {
            (is_cjk, true)
        } else {
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if !is_part(next) {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        let text = &norm[start..end];
        if cjk && text.chars().count() >= rules.min_cjk {
            push(Term::Cjk(text.to_string()));
        } else if !cjk && is_word(text, rules) {
            push(Term::Word(text.to_string()));
        }
    }
    out
}

/// Rule b: the numbers of the normalised query that may be codes, as the
/// `(platform, value, labelled)` to try, in order, without repeats (a pair
/// both bare and labelled is labelled), and whether a number other than
/// `-1` is labelled as a code: the whole query, after a label such as
/// `errno` ([`Rules::number_labels`]), in `[…]` or `(…)`, negated, in hex,
/// or an HRESULT.
fn numbers(
    norm: &str,
    platforms: &[Platform],
    rules: &Rules,
) -> (Vec<(Platform, i32, bool)>, bool) {
    let bytes = norm.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let before = |i: usize, back: usize| i.checked_sub(back).and_then(at);
    let is_atom = |b: Option<u8>| b.is_some_and(is_atom_byte);
    let mut out: Vec<(Platform, i32, bool)> = Vec::new();
    let mut any_labelled = false;
    for (start, end) in atoms(norm) {
        let atom = &norm[start..end];
        let Some(value) = parse_number(atom) else {
            continue;
        };
        // Joined to what follows: `127.`, `12:30`, `2024-05`, `1/2`.
        if matches!(at(end), Some(b'.' | b':' | b'-' | b'/')) && is_atom(at(end + 1)) {
            continue;
        }
        let mut negated = false;
        let mut label_end = start;
        match before(start, 1) {
            Some(b'-') => match before(start, 2) {
                // `-104`, `(-104)`, `= -104`: a negated errno.
                b if !is_atom(b) => {
                    negated = true;
                    label_end = start - 1;
                }
                // `2024-05`: part of a date or a range.
                Some(b) if b.is_ascii_digit() => continue,
                // `connect-111`: a plain number.
                _ => {}
            },
            // `0.1`, `/proc/111`.
            Some(b'.' | b'/') if is_atom(before(start, 2)) => continue,
            Some(b':') => match before(start, 2) {
                // `[::1]`, `]:8080`.
                Some(b':' | b']') => continue,
                // `errno:104`, but `localhost:110` and `10.0.0.1:110` are ports.
                b if is_atom(b)
                    && !rules
                        .number_labels
                        .contains(&word_ending_at(norm, start - 1)) =>
                {
                    continue;
                }
                _ => {}
            },
            _ => {}
        }
        let label = word_before(norm, label_end);
        if rules.not_codes.contains(&label) {
            continue;
        }
        // `30 seconds`, `4 retries`: a quantity.
        if rules.units.contains(&word_after(norm, end)) {
            continue;
        }
        let whole = norm == atom || norm.strip_prefix(['-', '+']) == Some(atom);
        let bracketed = matches!(
            (before(label_end, 1), at(end)),
            (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
        );
        // `2147952454`: an HRESULT in decimal (negated ones are labelled already).
        let hresult = value >> 16 == HRESULT_WIN32;
        let labelled = whole
            || negated
            || bracketed
            || hresult
            || atom.starts_with("0x")
            || rules.number_labels.contains(&label);
        if labelled && !(negated && value == 1) {
            any_labelled = true;
        }
        for (platform, code) in codes_of(value, negated, platforms) {
            match out
                .iter_mut()
                .find(|(p, c, _)| (*p, *c) == (platform, code))
            {
                Some(known) => known.2 |= labelled,
                None => out.push((platform, code, labelled)),
            }
        }
    }
    (out, any_labelled)
}

/// The atom that starts right after byte `end`, past spaces (empty when
/// there is none).
fn word_after(norm: &str, end: usize) -> &str {
    let bytes = norm.as_bytes();
    let mut start = end;
    while start < bytes.len() && bytes[start] == b' ' {
        start += 1;
    }
    let mut stop = start;
    while stop < bytes.len() && is_atom_byte(bytes[stop]) {
        stop += 1;
    }
    &norm[start..stop]
}

/// The high 16 bits of an HRESULT made from a Win32 code.
const HRESULT_WIN32: u64 = 0x8007;

/// The atom that ends at byte `end` (empty when there is none).
fn word_ending_at(norm: &str, end: usize) -> &str {
    let bytes = norm.as_bytes();
    let mut start = end;
    while start > 0 && is_atom_byte(bytes[start - 1]) {
        start -= 1;
    }
    &norm[start..end]
}

/// The word that names what starts at byte `at`: the atom before it, past
/// spaces and `:`, `=`, `#`, `(` and `[` (`port 110`, `fd=11`).
fn word_before(norm: &str, at: usize) -> &str {
    let bytes = norm.as_bytes();
    let mut end = at;
    while end > 0 && matches!(bytes[end - 1], b' ' | b':' | b'=' | b'#' | b'(' | b'[') {
        end -= 1;
    }
    word_ending_at(norm, end)
}

/// What a number read from a log may be: an HRESULT from a Win32 code
/// (0x8007xxxx, also negative) names the Win32 code xxxx on Windows; `-1`
/// is nothing; any other value fitting an `i32`, negated or not, is tried
/// on each platform.
fn codes_of(value: u64, negated: bool, platforms: &[Platform]) -> Vec<(Platform, i32)> {
    let bits = if negated {
        if value == 1 || value > 1 << 31 {
            return Vec::new();
        }
        (1 << 32) - value
    } else {
        value
    };
    if bits <= u64::from(u32::MAX) && bits >> 16 == HRESULT_WIN32 {
        let code = i32::try_from(bits & 0xffff).expect("16 bits fit an i32");
        return platforms
            .iter()
            .filter(|&&p| p == Platform::Windows)
            .map(|&p| (p, code))
            .collect();
    }
    let Ok(value) = i32::try_from(value) else {
        return Vec::new();
    };
    platforms.iter().map(|&p| (p, value)).collect()
}

/// Rule e: the keys nearest to an atom of the query (letter case aside),
/// within one edit in four characters (one to three): only those at the
/// smallest distance, in catalogue order, at most [`Rules::max_suggestions`].
fn suggestions(index: &Index, query: &Query, platforms: &[Platform]) -> Vec<String> {
    let wanted: Vec<(String, usize)> = query
        .atoms
        .iter()
        .filter(|atom| !is_numeric(atom))
        .map(|atom| {
            let limit = (atom.chars().count() / 4).clamp(1, 3);
            (atom.to_ascii_uppercase(), limit)
        })
        .collect();
    let mut near: Vec<(usize, &str)> = Vec::new();
    for entry in index.entries.iter().filter(|e| reported_on(e, platforms)) {
        for key in &entry.keys {
            let upper = key.to_ascii_uppercase();
            let distance = wanted
                .iter()
                .map(|(atom, limit)| (strsim::osa_distance(atom, &upper), *limit))
                .filter(|(distance, limit)| distance <= limit)
                .map(|(distance, _)| distance)
                .min();
            if let Some(distance) = distance {
                near.push((distance, key));
            }
        }
    }
    let best = near.iter().map(|&(distance, _)| distance).min();
    let mut out: Vec<String> = Vec::new();
    for (distance, key) in near {
        if Some(distance) == best
            && !out.iter().any(|k| k == key)
            && out.len() < index.rules.max_suggestions
        {
            out.push(key.to_string());
        }
    }
    out
}
