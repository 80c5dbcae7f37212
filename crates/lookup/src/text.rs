//! How text is read: normalisation, atoms, CJK runs and widths. Queries and
//! the index's texts go through the same functions, and `search.js` mirrors
//! each one under the same name.

/// Whether `c` separates words as a space does: ASCII white space, the
/// no-break space and the ideographic space. An explicit list, so that the
/// site's script reads the same characters as spaces.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{a0}' | '\u{3000}'
    )
}

/// Whether `c` is a CJK ideograph: the unified ideographs, their extension
/// A and the compatibility ideographs (all in the Basic Multilingual Plane,
/// so one UTF-16 unit each in JavaScript).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The text as every rule reads it: ASCII letters lower-cased, each run of
/// spaces one space, the ends trimmed, and one final period (`.` or `。`)
/// dropped. `"  Connection  reset by PEER. "` reads `connection reset by peer`.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_space(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c.to_ascii_lowercase());
    }
    if let Some(stripped) = out.strip_suffix(['.', '。']) {
        let kept = stripped.trim_end_matches(' ').len();
        out.truncate(kept);
    }
    out
}

/// Whether `b` belongs to an atom: an ASCII letter, digit or `_`.
pub(crate) fn is_atom_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The atoms of `text`, as byte ranges: maximal runs of ASCII letters,
/// digits and `_`.
pub(crate) fn atoms(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if is_atom_byte(bytes[at]) {
            let start = at;
            while at < bytes.len() && is_atom_byte(bytes[at]) {
                at += 1;
            }
            out.push((start, at));
        } else {
            at += 1;
        }
    }
    out
}

/// Whether an atom is written as a number: digits, or `0x` and hex digits.
pub(crate) fn is_numeric(atom: &str) -> bool {
    let digits = |s: &str, hex: bool| {
        !s.is_empty()
            && s.bytes().all(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    digits(atom, false)
        || atom
            .strip_prefix("0x")
            .is_some_and(|rest| digits(rest, true))
}

/// The value of a numeric atom: at most 10 decimal digits, or `0x` and at
/// most 8 hex digits (so every value fits in 2^53, exact in JavaScript).
pub(crate) fn parse_number(atom: &str) -> Option<u64> {
    if let Some(hex) = atom.strip_prefix("0x") {
        if hex.is_empty() || hex.len() > 8 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        return u64::from_str_radix(hex, 16).ok();
    }
    if atom.is_empty() || atom.len() > 10 || !atom.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    atom.parse().ok()
}

/// The maximal runs of CJK ideographs in `text`, in order.
pub(crate) fn cjk_runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// The width the fragment rule counts: two for a CJK ideograph, one for
/// any other character.
pub(crate) fn width(text: &str) -> usize {
    text.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// The pairs of neighbouring characters of `run`: `连接重置` gives `连接`,
/// `接重`, `重置`.
pub(crate) fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    chars.windows(2).map(|pair| pair.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_folds_case_spaces_and_a_final_period() {
        assert_eq!(
            normalize("  Connection\t reset by\u{a0}PEER. "),
            "connection reset by peer"
        );
        assert_eq!(normalize("连接被对方重设。"), "连接被对方重设");
        assert_eq!(normalize("a . "), "a");
        assert_eq!(normalize("Ünïcode stays"), "Ünïcode stays");
        assert_eq!(normalize("x\u{3000}y"), "x y");
        assert_eq!(normalize("..."), "..");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("   "), "");
    }

    #[test]
    fn atoms_are_runs_of_letters_digits_and_underscores() {
        let text = "wmkc::net::socket::connect[111]: so_error=-104 连接";
        let found: Vec<&str> = atoms(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            ["wmkc", "net", "socket", "connect", "111", "so_error", "104"]
        );
    }

    #[test]
    fn numbers_are_short_decimals_or_hex() {
        assert!(is_numeric("104") && is_numeric("0x2746") && is_numeric("12345678901"));
        assert!(!is_numeric("0x") && !is_numeric("x11") && !is_numeric("10054a"));
        assert_eq!(parse_number("0x2746"), Some(10054));
        assert_eq!(parse_number("0x80072746"), Some(0x8007_2746));
        assert_eq!(parse_number("4294967295"), Some(4_294_967_295));
        assert_eq!(parse_number("12345678901"), None);
        assert_eq!(parse_number("0x123456789"), None);
        assert_eq!(parse_number("0xg"), None);
    }

    #[test]
    fn cjk_runs_widths_and_pairs() {
        assert_eq!(
            cjk_runs("非阻塞模式connect调用。连"),
            ["非阻塞模式", "调用", "连"]
        );
        assert_eq!(width("on"), 2);
        assert_eq!(width("重设"), 4);
        assert_eq!(bigrams("连接重置"), ["连接", "接重", "重置"]);
        assert!(bigrams("连").is_empty());
    }
}
