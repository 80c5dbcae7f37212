//! "Did you mean …?" for misspelt words.

/// `; did you mean `near`?` for the known word nearest to `word`, or nothing:
/// the tail every "unknown …" message ends with.
pub fn did_you_mean<'a>(word: &str, known: impl Iterator<Item = &'a str>) -> String {
    closest(word, known)
        .map(|near| format!("; did you mean `{near}`?"))
        .unwrap_or_default()
}

/// The known word nearest to `word`, if it is near enough to be a likely typo.
pub fn closest<'a>(word: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|candidate| (edit_distance(word, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= 2.max(candidate.len() / 3))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// Optimal string alignment distance: Levenshtein plus swaps of neighbours (`sned` → `send` is 1).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_word() {
        let known = ["accept", "bind", "send", "recv"];
        assert_eq!(closest("sned", known.into_iter()), Some("send"));
        assert_eq!(closest("bnid", known.into_iter()), Some("bind"));
        assert_eq!(closest("frobnicate", known.into_iter()), None);
        assert_eq!(closest("zx", ["name", "zh", "en"].into_iter()), Some("zh"));
    }
}
