//! Rules for the names the spec gives, shared by `check` and `resolve`.

/// `ECONNRESET`, `WMKC_NET_ERR_`: ASCII upper-case letters, digits and `_`, starting with a letter.
pub fn is_upper_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// An operation's enum variant: `closesocket` → `Closesocket`, `get_opt` → `GetOpt`.
pub fn camel_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Every string `FromStr` accepts for one code, in this order and without
/// repeats: its full name, its name, its native symbols. `check` applies it
/// to the spec (to refuse a string that would name two codes) and the
/// renderer to the catalogue (to build the lookup), so the two agree.
pub fn parse_keys<'a>(
    full_name: &'a str,
    name: &'a str,
    symbols: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let mut keys: Vec<&str> = Vec::new();
    for key in [full_name, name].into_iter().chain(symbols) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_keys_keep_order_and_drop_repeats() {
        assert_eq!(
            parse_keys("P_EINTR", "EINTR", ["EINTR", "WSAEINTR"]),
            ["P_EINTR", "EINTR", "WSAEINTR"]
        );
    }

    #[test]
    fn camel_cases_operation_names() {
        assert_eq!(camel_case("closesocket"), "Closesocket");
        assert_eq!(camel_case("get_opt"), "GetOpt");
    }

    #[test]
    fn upper_identifiers() {
        assert!(is_upper_identifier("WMKC_NET_ERR_"));
        assert!(is_upper_identifier("E2BIG"));
        assert!(!is_upper_identifier("2BIG"));
        assert!(!is_upper_identifier("Econn"));
        assert!(!is_upper_identifier(""));
    }
}
