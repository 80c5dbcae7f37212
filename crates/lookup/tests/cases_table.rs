//! `cases.json`, the one table of lookup cases that the command's tests
//! (`crates/cli/tests/cases.rs`) and the site's browser test
//! (`crates/site-browser/browser.test.mjs`) both run: its shape, and that it
//! holds every form the issue names. Whether each case's first result is
//! right is for those two to say; this crate has no catalogue.

use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = include_str!("../cases.json");
    let table: Value = serde_json::from_str(text).expect("cases.json is JSON");
    table.as_array().expect("an array of cases").clone()
}

#[test]
fn every_case_has_a_query_a_first_code_and_whether_it_matches() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut queries = Vec::new();
    for case in &cases {
        let object = case.as_object().expect("a case is an object");
        for key in object.keys() {
            assert!(
                ["query", "first", "then", "match", "note"].contains(&key.as_str()),
                "unknown field {key} in {case}"
            );
        }
        let query = case["query"].as_str().expect("query is a string");
        assert!(!query.trim().is_empty(), "{case}");
        assert!(!queries.contains(&query), "{query} twice");
        queries.push(query);
        let matches = case["match"].as_bool().expect("match is true or false");
        let first = &case["first"];
        // A match has a first code; a miss has a first suggestion or none.
        match first.as_str() {
            Some(name) => assert!(
                name.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{case}"
            ),
            None => assert!(first.is_null() && !matches, "{case}"),
        }
        if let Some(then) = case.get("then") {
            assert!(matches, "then only follows a match: {case}");
            assert!(
                then.as_array()
                    .expect("then is a list")
                    .iter()
                    .all(Value::is_string),
                "{case}"
            );
        }
    }
}

/// Every form the issue and the brief name is in the table, with the code it must find.
#[test]
fn the_table_holds_every_named_form() {
    let cases = cases();
    let find = |query: &str| {
        cases
            .iter()
            .find(|case| case["query"] == query)
            .unwrap_or_else(|| panic!("cases.json has no case for {query:?}"))
    };
    for (query, first, matches) in [
        ("ECONNRESET", "ECONNRESET", true),
        ("WMKC_NET_ERR_ECONNRESET", "ECONNRESET", true),
        ("WSAECONNRESET", "ECONNRESET", true),
        ("104", "ECONNRESET", true),
        ("10054", "ECONNRESET", true),
        ("11", "EAGAIN", true),
        ("connect[111]", "ECONNREFUSED", true),
        ("errno 104", "ECONNRESET", true),
        ("error 10054", "ECONNRESET", true),
        ("-104", "ECONNRESET", true),
        ("0x2746", "ECONNRESET", true),
        ("0x80072746", "ECONNRESET", true),
        ("Connection reset by peer", "ECONNRESET", true),
        ("连接被对方重设", "ECONNRESET", true),
        ("拒绝连接", "ECONNREFUSED", true),
        ("传输端点尚未连接", "ENOTCONN", true),
        ("Transport endpoint is not connected", "ENOTCONN", true),
        ("Software caused connection abort", "ECONNABORTED", true),
        ("Cannot assign requested address", "EADDRNOTAVAIL", true),
        (
            "An existing connection was forcibly closed by the remote host.",
            "ECONNRESET",
            true,
        ),
        (
            "No connection could be made because the target machine actively refused it.",
            "ECONNREFUSED",
            true,
        ),
        ("Connection refused (os error 111)", "ECONNREFUSED", true),
        ("timeout", "ETIMEDOUT", true),
        ("reset", "ECONNRESET", true),
        ("refused", "ECONNREFUSED", true),
        ("超时", "ETIMEDOUT", true),
        ("ECONNRESTE", "ECONNRESET", false),
        ("conection refused", "ECONNREFUSED", true),
    ] {
        let case = find(query);
        assert_eq!(case["first"], first, "{query}");
        assert_eq!(case["match"], matches, "{query}");
    }
    assert_eq!(find("11")["then"], serde_json::json!(["EWOULDBLOCK"]));
    // Fragments of a message, in each language, and a name in lower case.
    for query in [
        "forcibly closed",
        "connection reset",
        "对方重设",
        "econnrefused",
    ] {
        assert_eq!(find(query)["match"], true, "{query}");
    }
}
