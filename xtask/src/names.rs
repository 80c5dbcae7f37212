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

#[cfg(test)]
mod tests {
    use super::*;

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
