//! Each rule of the crate's documentation on a small synthetic catalogue:
//! what matches, how, in which order, and what must not match.

use wmkc_net_err_lookup::{Entry, Index, Match, Native, Outcome, Platform, search};

const BOTH: &[Platform] = &[Platform::Linux, Platform::Windows];
const LINUX: &[Platform] = &[Platform::Linux];
const WINDOWS: &[Platform] = &[Platform::Windows];

fn native(platform: Platform, symbol: &str, value: i32, messages: &[&str]) -> Native {
    Native {
        platform,
        symbol: symbol.into(),
        value,
        aliased: false,
        messages: messages.iter().map(|m| m.to_string()).collect(),
    }
}

fn entry(name: &str, natives: Vec<Native>, summary: &str, en: &str, zh: &str) -> Entry {
    Entry {
        name: name.into(),
        code: format!("WMKC_NET_ERR_{name}"),
        natives,
        summary: summary.into(),
        en: en.into(),
        zh: zh.into(),
        zh_explanation: String::new(),
    }
}

/// A catalogue in the real one's shape; the order matters for ties.
fn catalogue() -> Vec<Entry> {
    use Platform::{Linux, Windows};
    let mut would_block = native(
        Linux,
        "EWOULDBLOCK",
        11,
        &["Resource temporarily unavailable", "资源暂时不可用"],
    );
    would_block.aliased = true;
    vec![
        // Before the codes below, with "timeout" and "reset" only in its advice.
        entry(
            "EDECOY",
            vec![native(Linux, "EDECOY", 200, &[])],
            "something else entirely",
            "Raise the timeout, or reset the counter; then try again.",
            "其他错误，连接数量超过上限。",
        ),
        entry(
            "EWOULDBLOCK",
            vec![
                would_block,
                native(
                    Windows,
                    "WSAEWOULDBLOCK",
                    10035,
                    &["A non-blocking socket operation could not be completed immediately."],
                ),
            ],
            "operation would block on a non-blocking socket",
            "Wait until the socket is ready.",
            "套接字标记为非阻塞模式。",
        ),
        entry(
            "ECONNRESET",
            vec![
                native(
                    Linux,
                    "ECONNRESET",
                    104,
                    &["Connection reset by peer", "连接被对方重设"],
                ),
                native(
                    Windows,
                    "WSAECONNRESET",
                    10054,
                    &["An existing connection was forcibly closed by the remote host."],
                ),
            ],
            "connection reset by the peer",
            "The peer sent a reset. Close the socket.",
            "连接被重置。套接字不可再用。",
        ),
        entry(
            "ECONNREFUSED",
            vec![
                native(
                    Linux,
                    "ECONNREFUSED",
                    111,
                    &["Connection refused", "拒绝连接"],
                ),
                native(
                    Windows,
                    "WSAECONNREFUSED",
                    10061,
                    &[
                        "No connection could be made because the target machine actively refused it.",
                    ],
                ),
            ],
            "connection refused by the peer",
            "Nothing listens on that port.",
            "连接被远程主机强制性拒绝。",
        ),
        entry(
            "ETIMEDOUT",
            vec![
                native(
                    Linux,
                    "ETIMEDOUT",
                    110,
                    &["Connection timed out", "连接超时"],
                ),
                native(Windows, "WSAETIMEDOUT", 10060, &[]),
            ],
            "connection timed out (timeout)",
            "The peer did not answer in time.",
            "由于超时导致连接已断开。",
        ),
        entry(
            "EAGAIN",
            vec![native(
                Linux,
                "EAGAIN",
                11,
                &["Resource temporarily unavailable", "资源暂时不可用"],
            )],
            "resource temporarily unavailable",
            "Try again later.",
            "资源暂时不可用。",
        ),
        entry(
            "EPERM",
            vec![native(Linux, "EPERM", 1, &["Operation not permitted"])],
            "operation not permitted by a firewall or policy",
            "A firewall rule refused the packet.",
            "防火墙规则禁止连接",
        ),
        entry(
            "ENETDOWN",
            vec![native(
                Windows,
                "WSAENETDOWN",
                10050,
                &["A socket operation encountered a dead network."],
            )],
            "network subsystem or interface is down",
            "The network is down.",
            "网络子系统发生故障",
        ),
    ]
}

fn index() -> Index {
    Index::new(&catalogue())
}

fn run(query: &str, platforms: &[Platform]) -> Outcome {
    search(&index(), query, platforms)
}

/// The names of the hits, best first.
fn names(query: &str, platforms: &[Platform]) -> Vec<String> {
    let index = index();
    search(&index, query, platforms)
        .hits
        .iter()
        .map(|hit| index.entries[hit.entry].name.clone())
        .collect()
}

fn first(query: &str) -> Option<String> {
    names(query, BOTH).into_iter().next()
}

/// The evidence of the first hit.
fn how(query: &str, platforms: &[Platform]) -> Vec<Match> {
    run(query, platforms)
        .hits
        .into_iter()
        .next()
        .map(|hit| hit.matched)
        .unwrap_or_default()
}

#[test]
fn a_names_full_codes_and_symbols_in_any_case() {
    for query in [
        "ECONNRESET",
        "econnreset",
        "WMKC_NET_ERR_ECONNRESET",
        "wmkc_net_err_econnreset",
        "WSAECONNRESET",
        " WsaEConnReset ",
        "recv: WSAECONNRESET (x)",
    ] {
        assert_eq!(first(query).as_deref(), Some("ECONNRESET"), "{query}");
    }
    assert_eq!(
        how("wsaeconnreset", BOTH)[0],
        Match::Name {
            key: "WSAECONNRESET".into(),
            prefix: false
        }
    );
    // A name is found whatever the platform, as long as the code is reported there.
    assert_eq!(first("EPERM").as_deref(), Some("EPERM"));
    assert!(names("EPERM", WINDOWS).is_empty());
    assert!(names("WSAENETDOWN", LINUX).is_empty());
}

#[test]
fn a_a_query_of_one_atom_may_be_the_start_of_a_name() {
    assert_eq!(names("ECONNRE", BOTH), ["ECONNRESET", "ECONNREFUSED"]);
    assert_eq!(
        how("wsaenet", BOTH)[0],
        Match::Name {
            key: "WSAENETDOWN".into(),
            prefix: true
        }
    );
    // Too short, or inside a longer query: not a prefix.
    assert!(names("ECO", BOTH).is_empty());
    assert!(names("ECONNRE x", BOTH).is_empty());
    // A whole name outranks a prefix of another.
    let outcome = run("EAGAIN", BOTH);
    assert_eq!(outcome.hits.len(), 1);
}

#[test]
fn b_numbers_in_every_log_form() {
    for (query, code) in [
        ("104", "ECONNRESET"),
        ("10054", "ECONNRESET"),
        ("connect[111]", "ECONNREFUSED"),
        ("wmkc::net::Socket::connect[111]: refused", "ECONNREFUSED"),
        ("errno 104", "ECONNRESET"),
        ("errno=104", "ECONNRESET"),
        ("errno: 104", "ECONNRESET"),
        ("errno:104", "ECONNRESET"),
        ("error 10054", "ECONNRESET"),
        ("os error 104", "ECONNRESET"),
        ("[WinError 10054]", "ECONNRESET"),
        ("-104", "ECONNRESET"),
        ("rc=-104", "ECONNRESET"),
        ("0x2746", "ECONNRESET"),
        ("0X2746", "ECONNRESET"),
        ("0x80072746", "ECONNRESET"),
        ("hr=0x80072746", "ECONNRESET"),
        ("2147952454", "ECONNRESET"),
        ("-2147014842", "ECONNRESET"),
        ("WSAGetLastError()=10061", "ECONNREFUSED"),
    ] {
        assert_eq!(first(query).as_deref(), Some(code), "{query}");
    }
    assert_eq!(
        how("0x80072746", BOTH),
        [Match::Number {
            platform: Platform::Windows,
            value: 10054,
            shared: false
        }]
    );
    assert_eq!(
        how("-104", BOTH),
        [Match::Number {
            platform: Platform::Linux,
            value: 104,
            shared: false
        }]
    );
}

#[test]
fn b_a_shared_value_comes_after_the_code_it_decodes_to() {
    let outcome = run("11", BOTH);
    let index = index();
    let found: Vec<(&str, &Match)> = outcome
        .hits
        .iter()
        .map(|hit| (index.entries[hit.entry].name.as_str(), &hit.matched[0]))
        .collect();
    assert_eq!(
        found,
        [
            (
                "EAGAIN",
                &Match::Number {
                    platform: Platform::Linux,
                    value: 11,
                    shared: false
                }
            ),
            (
                "EWOULDBLOCK",
                &Match::Number {
                    platform: Platform::Linux,
                    value: 11,
                    shared: true
                }
            ),
        ]
    );
    assert!(outcome.hits[0].score > outcome.hits[1].score);
}

#[test]
fn b_numbers_are_tried_on_the_platforms_asked_for_and_hresults_on_windows() {
    assert_eq!(names("104", LINUX), ["ECONNRESET"]);
    assert!(names("104", WINDOWS).is_empty());
    assert_eq!(names("10054", WINDOWS), ["ECONNRESET"]);
    assert!(names("10054", LINUX).is_empty());
    assert!(names("0x80072746", LINUX).is_empty());
    assert_eq!(names("0x80072746", WINDOWS), ["ECONNRESET"]);
    // An HRESULT of another facility is a plain (too large) number.
    assert!(names("0x80042746", BOTH).is_empty());
}

#[test]
fn b_what_is_not_a_code() {
    for query in [
        // Addresses, ports, times, dates, versions, paths: 110 and 1 are codes.
        "127.0.0.1:110",
        "10.0.0.1",
        "[::1]:110",
        "fe80::1",
        "localhost:110",
        "12:01:11",
        "2024-01-11",
        "11/1",
        "1.1",
        "v1.11",
        "/proc/111/fd",
        "port 110",
        "port=110",
        "fd 11",
        "pid=104",
        // `-1` is what failing calls return; other signs and sizes.
        "-1",
        "0",
        "99999",
        "4294967296",
        "12345678901",
        "0x123456789",
        "1e2",
        "E104",
        "104abc",
    ] {
        let outcome = run(query, BOTH);
        let numbers: Vec<&Match> = outcome
            .hits
            .iter()
            .flat_map(|hit| &hit.matched)
            .filter(|m| matches!(m, Match::Number { .. }))
            .collect();
        assert_eq!(numbers, Vec::<&Match>::new(), "{query}");
    }
    assert_eq!(run("127.0.0.1:110", BOTH), Outcome::default());
    assert_eq!(run("-1", BOTH), Outcome::default());
    // One number of a line is a code, the address in it is not.
    let line = run("connect 10.0.0.1:110 failed: errno 111", BOTH);
    let numbers: Vec<&Match> = line
        .hits
        .iter()
        .flat_map(|hit| &hit.matched)
        .filter(|m| matches!(m, Match::Number { .. }))
        .collect();
    assert_eq!(
        numbers,
        [&Match::Number {
            platform: Platform::Linux,
            value: 111,
            shared: false
        }]
    );
}

#[test]
fn c_os_messages_whole_or_as_fragments_in_either_language() {
    for (query, code) in [
        ("Connection reset by peer", "ECONNRESET"),
        ("connection RESET  by peer.", "ECONNRESET"),
        (
            "recv failed: Connection reset by peer (os error 104)",
            "ECONNRESET",
        ),
        (
            "An existing connection was forcibly closed by the remote host.",
            "ECONNRESET",
        ),
        ("forcibly closed", "ECONNRESET"),
        ("actively refused", "ECONNREFUSED"),
        ("连接被对方重设", "ECONNRESET"),
        ("对方重设", "ECONNRESET"),
        ("错误：拒绝连接。", "ECONNREFUSED"),
        ("dead network", "ENETDOWN"),
    ] {
        assert_eq!(first(query).as_deref(), Some(code), "{query}");
    }
    assert_eq!(
        how("forcibly closed", BOTH)[0],
        Match::Message {
            message: "An existing connection was forcibly closed by the remote host.".into(),
            whole: false,
            shared: false
        }
    );
    assert_eq!(
        how("Connection refused", BOTH)[0],
        Match::Message {
            message: "Connection refused".into(),
            whole: true,
            shared: false
        }
    );
}

#[test]
fn c_fragments_start_a_word_and_are_not_too_short() {
    // Two characters, or a part of a word, match no message.
    for query in ["on", "重", "nnection reset", "ed out"] {
        let outcome = run(query, BOTH);
        let messages = outcome
            .hits
            .iter()
            .flat_map(|hit| &hit.matched)
            .filter(|m| matches!(m, Match::Message { .. }))
            .count();
        assert_eq!(messages, 0, "{query}: {outcome:?}");
    }
    assert_eq!(run("on", BOTH), Outcome::default());
}

#[test]
fn c_a_shared_values_message_comes_after_the_owners() {
    assert_eq!(
        names("Resource temporarily unavailable", BOTH)[..2],
        ["EAGAIN", "EWOULDBLOCK"]
    );
    assert_eq!(
        names("资源暂时不可用", BOTH)[..2],
        ["EAGAIN", "EWOULDBLOCK"]
    );
}

#[test]
fn d_a_codes_own_words_outrank_another_codes_advice() {
    // EDECOY comes first in the catalogue and has "timeout" and "reset" in its advice.
    assert_eq!(first("timeout").as_deref(), Some("ETIMEDOUT"));
    assert_eq!(first("reset").as_deref(), Some("ECONNRESET"));
    assert_eq!(first("refused").as_deref(), Some("ECONNREFUSED"));
    assert_eq!(first("TIMEOUT").as_deref(), Some("ETIMEDOUT"));
    let timeout = names("timeout", BOTH);
    assert!(timeout.contains(&"EDECOY".to_string()), "{timeout:?}");
    // A typo beside a word that matches: a match through the word.
    assert_eq!(first("conection refused").as_deref(), Some("ECONNREFUSED"));
    assert_eq!(
        how("conection refused", BOTH).last(),
        Some(&Match::Words {
            words: vec!["refused".into()]
        })
    );
}

#[test]
fn d_the_start_of_a_word_counts_half() {
    let index = index();
    let score = |query: &str| {
        let outcome = search(&index, query, BOTH);
        let hit = outcome
            .hits
            .iter()
            .find(|hit| index.entries[hit.entry].name == "ECONNREFUSED")
            .expect("a hit");
        hit.score
    };
    let rules = &index.rules.scores;
    // "refused" is in the summary and in a message (a fragment too).
    assert_eq!(score("refused"), rules.tiers[0] + rules.fragment);
    assert_eq!(score("refus"), rules.tiers[0] / 2 + rules.fragment);
    // Below the prefix length a word must be whole.
    assert!(names("ref", BOTH).is_empty());
}

#[test]
fn d_stop_words_and_short_words_match_nothing() {
    for query in ["the", "on", "a", "error", "errno", "The error was"] {
        assert_eq!(run(query, BOTH), Outcome::default(), "{query}");
    }
}

#[test]
fn d_chinese_runs_as_substrings_or_by_their_pairs() {
    assert_eq!(first("重置").as_deref(), Some("ECONNRESET"));
    // Not in this order in any text: 连接 and 重置 are (two of three pairs).
    assert_eq!(first("连接重置").as_deref(), Some("ECONNRESET"));
    assert_eq!(first("超时").as_deref(), Some("ETIMEDOUT"));
    assert_eq!(first("拒绝").as_deref(), Some("ECONNREFUSED"));
    assert_eq!(
        how("连接重置", BOTH).last(),
        Some(&Match::Words {
            words: vec!["连接重置".into()]
        })
    );
    // One ideograph is too little; pairs that occur nowhere are nothing.
    assert!(names("断", BOTH).is_empty());
    assert!(names("龙虎凤", BOTH).is_empty());
    // A message inside a longer sentence counts pair by pair, across tiers.
    assert_eq!(
        first("读取时连接被对方重设了").as_deref(),
        Some("ECONNRESET")
    );
}

#[test]
fn b_bare_numbers_are_weaker_than_labelled_ones() {
    let score = |query: &str| run(query, BOTH).hits[0].score;
    let rules = index().rules;
    for labelled in [
        "104",
        "errno 104",
        "Error: 104",
        "recv[104]",
        "(104)",
        "-104",
        "0x68",
    ] {
        assert_eq!(score(labelled), rules.scores.number, "{labelled}");
    }
    assert_eq!(score("recv 104 x"), rules.scores.bare_number);
    // Quantities and dates are no codes.
    for query in ["after 104 seconds", "104 retries", "May 104", "104 bytes x"] {
        assert!(
            !how(query, BOTH)
                .iter()
                .any(|m| matches!(m, Match::Number { .. })),
            "{query}"
        );
    }
    // Two words of a summary outrank a bare number of another code.
    assert_eq!(
        first("try 104: connection timeout").as_deref(),
        Some("ETIMEDOUT")
    );
}

#[test]
fn b_a_labelled_number_that_is_no_code_is_a_miss() {
    for query in [
        "errno 99 connection reset",
        "0x80072EFE reset",
        "[99] reset",
        "0",
    ] {
        let outcome = run(query, BOTH);
        assert!(outcome.hits.is_empty(), "{query}");
        assert!(outcome.unknown_number, "{query}");
    }
    // Not on the platforms asked for: a miss too.
    assert!(run("errno 10054", &[Platform::Linux]).unknown_number);
    // One labelled number that is a code is enough; -1 is not labelled.
    assert!(!run("errno 99 errno 104", BOTH).hits.is_empty());
    assert!(!run("recv -1: connection reset", BOTH).hits.is_empty());
}

#[test]
fn e_typos_suggest_the_nearest_names_and_match_nothing() {
    let outcome = run("ECONNRESTE", BOTH);
    assert_eq!(outcome.hits, []);
    assert_eq!(outcome.suggestions, ["ECONNRESET"]);
    assert_eq!(run("wsaeconnrefsed", BOTH).suggestions, ["WSAECONNREFUSED"]);
    // The start of a name is no typo: a match.
    assert_eq!(first("wsaeconnrefuse").as_deref(), Some("ECONNREFUSED"));
    assert_eq!(run("EAGIAN", BOTH).suggestions, ["EAGAIN"]);
    assert_eq!(run("recv: ECONNRESTE", BOTH).suggestions, ["ECONNRESET"]);
    // Nearest only; nothing near; only codes of the platforms asked for.
    assert_eq!(run("EPERN", BOTH).suggestions, ["EPERM"]);
    assert_eq!(run("EPERN", WINDOWS).suggestions, Vec::<String>::new());
    assert_eq!(run("HELLO_WORLD", BOTH).suggestions, Vec::<String>::new());
    assert_eq!(run("", BOTH), Outcome::default());
    // A match leaves no room for suggestions.
    assert_eq!(
        run("ECONNRESTE refused", BOTH).suggestions,
        Vec::<String>::new()
    );
}

#[test]
fn evidence_adds_up() {
    // 11 alone would be EAGAIN; the message and its words make it ECONNRESET.
    let index = index();
    let outcome = search(&index, "read 11, then Connection reset by peer", BOTH);
    let order: Vec<&str> = outcome
        .hits
        .iter()
        .map(|hit| index.entries[hit.entry].name.as_str())
        .collect();
    assert_eq!(order[0], "ECONNRESET", "{order:?}");
    // A bare number and a word of the summary beat the word alone.
    assert_eq!(first("got 110 connection").as_deref(), Some("ETIMEDOUT"));
    // The number and the message of one code beat the message alone.
    let both = search(&index, "Connection refused (os error 111)", BOTH);
    let message_only = search(&index, "Connection refused", BOTH);
    assert!(both.hits[0].score > message_only.hits[0].score);
    assert_eq!(
        both.hits[0].matched[..2],
        [
            Match::Number {
                platform: Platform::Linux,
                value: 111,
                shared: false
            },
            Match::Message {
                message: "Connection refused".into(),
                whole: true,
                shared: false
            }
        ]
    );
}

#[test]
fn ties_go_by_strength_then_catalogue_order() {
    // "connection" is a word of four summaries and a fragment of their messages.
    let found = names("connection", BOTH);
    assert_eq!(found[..3], ["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT"]);
}

#[test]
fn hits_serialise_with_how_they_matched() {
    let outcome = run("11", BOTH);
    let json = serde_json::to_value(&outcome).expect("serialises");
    assert_eq!(
        json["hits"][1]["matched"][0],
        serde_json::json!({"as": "number", "platform": "Linux", "value": 11, "shared": true})
    );
    assert_eq!(json["suggestions"], serde_json::json!([]));
}

#[test]
fn a_hit_far_below_the_best_is_noise() {
    // "counter" is only a word of EDECOY's advice: alone it finds it; beside
    // a number that names a code, it is a quarter of the score short.
    assert_eq!(names("counter", BOTH), ["EDECOY"]);
    assert_eq!(names("errno 111 counter", BOTH), ["ECONNREFUSED"]);
    let index = index();
    assert_eq!(index.rules.noise_ratio, 4);
}
