//! Every case of `crates/lookup/cases.json`, the table the docs site's
//! browser test runs too, through the built command: the first line names
//! the case's first code and the command exits 0, or, for a query that must
//! not match, it exits 1 with the suggestion (or none) on stderr. `then`
//! (the codes right after the first) is read from `--json`, whose records
//! come in the same order. All cases run; the failures are listed together.

use serde::Deserialize;

mod support;
use support::{leading_name, records, run_args};

/// One row of the table.
#[derive(Debug, Deserialize)]
struct Case {
    query: String,
    /// The first code, or for a miss the first suggestion (`null`: none).
    first: Option<String>,
    /// The codes right after the first, in order.
    #[serde(default)]
    then: Vec<String>,
    /// Whether the query matches (exit 0) or not (exit 1).
    #[serde(rename = "match")]
    matches: bool,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("../../lookup/cases.json")).expect("cases.json reads")
}

/// What is wrong with the command's answer to `case`, if anything.
fn check(case: &Case) -> Result<(), String> {
    // As a reader types it: `-104` too, which the command reads as a query.
    let run = run_args(&[&case.query]);
    let first_line = run.stdout.lines().next().unwrap_or_default();
    if !case.matches {
        if (run.status, run.stdout.as_str()) != (1, "") {
            return Err(format!(
                "a miss exits 1 and prints nothing; got {} with {first_line:?}",
                run.status
            ));
        }
        let suggested = run
            .stderr
            .split_once("did you mean ")
            .map(|(_, rest)| leading_name(rest).to_string());
        if suggested != case.first {
            return Err(format!(
                "suggestion {suggested:?}, expected {:?}: {}",
                case.first,
                run.stderr.trim()
            ));
        }
        return Ok(());
    }
    if run.status != 0 || !run.stderr.is_empty() {
        return Err(format!("exit {}: {}", run.status, run.stderr.trim()));
    }
    let first = case.first.as_deref().unwrap_or_default();
    if leading_name(first_line) != first {
        return Err(format!("first line {first_line:?}, expected {first}"));
    }
    let json = run_args(&["--json", &case.query]);
    let names: Vec<String> = records(&json.stdout)
        .iter()
        .map(|record| record["name"].as_str().unwrap_or_default().to_string())
        .collect();
    let expected: Vec<&str> = std::iter::once(first)
        .chain(case.then.iter().map(String::as_str))
        .collect();
    if names.len() < expected.len() || names[..expected.len()] != expected[..] {
        return Err(format!(
            "--json gives {names:?}, expected {expected:?} first"
        ));
    }
    Ok(())
}

#[test]
fn every_case_of_the_table_finds_its_code_first() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            check(case)
                .err()
                .map(|why| format!("{:?}: {why}", case.query))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
