//! The generated crate's `serde` feature, with serde_json: every code,
//! operation and platform round-trips as its name; a code deserializes from
//! every string the spec gives it (full name, name, native symbols); unknown
//! strings and non-strings are errors that say what they were. The spec is
//! read straight from its YAML. (That serializing allocates nothing is in
//! `no_alloc.rs`, with the counting allocator.)

use test_support::oracle;

use wmkc_net_err::{NetError, Operation, Platform};

#[test]
fn every_code_serializes_as_its_name_and_comes_back() {
    let spec = oracle::spec();
    assert_eq!(NetError::ALL.len(), spec.codes.len());
    for (code, expected) in NetError::ALL.iter().zip(&spec.codes) {
        let json = serde_json::to_string(code).expect("a code serializes");
        assert_eq!(json, format!("\"{}\"", expected.name));
        let back: NetError = serde_json::from_str(&json).expect("its name deserializes");
        assert_eq!(back, *code);
    }
    // Inside a structure and a list, as a service would send them.
    let all = serde_json::to_string(NetError::ALL).expect("the list serializes");
    let back: Vec<NetError> = serde_json::from_str(&all).expect("the list deserializes");
    assert_eq!(back, NetError::ALL);
}

#[test]
fn a_code_deserializes_from_every_string_the_spec_gives_it() {
    let spec = oracle::spec();
    for code in &spec.codes {
        let mut keys = vec![format!("{}{}", spec.prefix, code.name), code.name.clone()];
        for (symbol, _, alias_of) in [&code.linux, &code.windows].into_iter().flatten() {
            // An alias's symbol may be a parse key of the code it aliases.
            if alias_of.is_none() {
                keys.push(symbol.clone());
            }
        }
        for key in keys {
            let json = serde_json::to_string(&key).expect("a string");
            let parsed: NetError = serde_json::from_str(&json)
                .unwrap_or_else(|err| panic!("{key} deserializes: {err}"));
            assert_eq!(parsed.name(), code.name, "{key}");
            // What FromStr says, serde says too.
            assert_eq!(key.parse::<NetError>().ok(), Some(parsed), "{key}");
        }
    }
}

#[test]
fn unknown_names_are_errors_that_quote_the_input() {
    for input in ["EFOO", "econnreset", "", "WMKC_NET_ERR_", "WSAE"] {
        assert!(input.parse::<NetError>().is_err(), "{input} is not a code");
        let json = serde_json::to_string(input).expect("a string");
        let err = serde_json::from_str::<NetError>(&json).expect_err(input);
        let message = err.to_string();
        assert!(
            message.contains(&format!("\"{input}\"")),
            "the message names {input:?}: {message}"
        );
        assert!(message.contains("socket error code"), "{message}");
    }
    // A number means a different code on each platform: never accepted.
    let err = serde_json::from_str::<NetError>("104").expect_err("a number");
    assert!(err.to_string().contains("integer `104`"), "{err}");
    let err = serde_json::from_str::<Operation>("\"connnect\"").expect_err("a typo");
    assert!(err.to_string().contains("\"connnect\""), "{err}");
    let err = serde_json::from_str::<Platform>("\"linux\"").expect_err("not the name");
    assert!(err.to_string().contains("\"linux\""), "{err}");
}

#[test]
fn operations_and_platforms_round_trip_as_their_names() {
    let spec = oracle::spec();
    let names: Vec<String> = Operation::ALL
        .iter()
        .map(|op| serde_json::to_string(op).expect("an operation serializes"))
        .collect();
    let expected: Vec<String> = spec
        .operations
        .iter()
        .map(|op| format!("\"{op}\""))
        .collect();
    assert_eq!(names, expected);
    for op in Operation::ALL {
        let json = serde_json::to_string(op).expect("serializes");
        assert_eq!(serde_json::from_str::<Operation>(&json).ok(), Some(*op));
    }
    for platform in Platform::ALL {
        let json = serde_json::to_string(platform).expect("serializes");
        assert_eq!(json, format!("\"{}\"", platform.name()));
        assert_eq!(
            serde_json::from_str::<Platform>(&json).ok(),
            Some(*platform)
        );
    }
    // The operations of a code, as a structure would hold them.
    let ops = serde_json::to_value(NetError::ALL[0].operations()).expect("serializes");
    assert_eq!(ops, serde_json::json!(spec.codes[0].operations));
}
