//! The C++ header's conditions against the spec read straight from its
//! YAML: a program written here from the spec compares
//! `std::error_code(v, std::system_category())` and
//! `std::error_code(v, std::generic_category())`, for every v from -100 to
//! 12100, with every condition value from -2 to 64, and prints the matches,
//! each condition's `message()`, `std_condition()` and `info()`, and each
//! code's enumerator and the value of the `std::errc` the spec names for it.
//! Run on Linux and, built with MinGW-w64, under Wine:
//!
//! - a system value matches exactly the codes whose value it is on that
//!   platform (two only where the spec marks one an `alias_of` the other: 11
//!   on Linux), and any other value, or a code the platform does not report,
//!   matches nothing;
//! - generic values: on Linux the same; on Windows exactly the `std::errc`
//!   values of the codes reported there that have one, never a Winsock value;
//! - `message()` is `NAME: summary`, `std_condition()` the spec's `std_errc`
//!   (on Linux the errno of the code's own name) or empty, `info()` the C
//!   header's entry of the code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use c_header::{
    Target, Wine, build_source, fixture, fixture_headers, header_dir, hostile_headers,
    hostile_spec_path, made_up_symbols, native, succeeded, tagged_lines,
};
use test_support::oracle::{self, Spec, SpecCode};
use test_support::runner::run_within;
use xtask::generated_names::{c, cxx};

const LOWEST: i32 = -100;
const HIGHEST: i32 = 12100;
/// Condition values tried: every enumerator and some on either side of them.
const FIRST_CONDITION: i32 = -2;
const LAST_CONDITION: i32 = 64;

/// A C++ program that prints every condition of the C++ header for `spec`.
fn conditions_program(spec: &Spec) -> String {
    let header = cxx::header_file(&spec.prefix);
    let net = cxx::qualified_namespace(&spec.prefix);
    let f = c::function_prefix(&spec.prefix);
    let mut out = format!(
        r#"#include "{header}"

#include <cstdio>
#include <string>
#include <system_error>

/* " =" and the text's bytes in hex, or " -" for NULL. */
static void field(const char *text)
{{
    if (text == nullptr) {{
        std::fputs(" -", stdout);
        return;
    }}
    std::fputs(" =", stdout);
    for (; *text != '\0'; ++text) {{
        std::printf("%02x", static_cast<unsigned>(static_cast<unsigned char>(*text)));
    }}
}}

int main()
{{
    const std::error_category &net = {net}::net_category();
    std::printf("CATEGORY");
    field(net.name());
    std::putchar('\n');
    for (int value = {LOWEST}; value <= {HIGHEST}; ++value) {{
        const std::error_code system(value, std::system_category());
        const std::error_code generic(value, std::generic_category());
        std::string system_matches;
        std::string generic_matches;
        for (int condition = {FIRST_CONDITION}; condition <= {LAST_CONDITION}; ++condition) {{
            const {net}::errc as_errc = static_cast<{net}::errc>(condition);
            const bool in_system = system == as_errc;
            const bool in_generic = generic == as_errc;
            if (in_system != net.equivalent(system, condition) || in_system != (as_errc == system) ||
                in_generic != net.equivalent(generic, condition)) {{
                std::printf("INCONSISTENT %d %d\n", value, condition);
            }}
            if (in_system) {{
                system_matches += " " + std::to_string(condition);
            }}
            if (in_generic) {{
                generic_matches += " " + std::to_string(condition);
            }}
        }}
        if (!system_matches.empty()) {{
            std::printf("SYSTEM %d%s\n", value, system_matches.c_str());
        }}
        if (!generic_matches.empty()) {{
            std::printf("GENERIC %d%s\n", value, generic_matches.c_str());
        }}
    }}
    for (int condition = {FIRST_CONDITION}; condition <= {LAST_CONDITION}; ++condition) {{
        const {net}::errc as_errc = static_cast<{net}::errc>(condition);
        const std::error_condition made = make_error_condition(as_errc);
        const std::error_condition standard = {net}::std_condition(as_errc);
        const {f}info *info = {net}::info(as_errc);
        const {f}info *at = condition >= 1 ? {f}at(static_cast<std::size_t>(condition) - 1) : nullptr;
        if (made.category() != net || made.value() != condition || made.message() != net.message(condition) || info != at) {{
            std::printf("INCONSISTENT condition %d\n", condition);
        }}
        std::printf("CONDITION %d", condition);
        field(net.message(condition).c_str());
        field(info != nullptr ? info->name : nullptr);
        std::printf(" %d %d", standard ? 1 : 0, standard.value());
        field(standard.category().name());
        std::putchar('\n');
    }}
"#
    );
    for code in &spec.codes {
        let standard = code.std_errc.as_ref().map_or_else(
            || "std::printf(\" -\")".to_string(),
            |name| format!("std::printf(\" %d\", static_cast<int>(std::errc::{name}))"),
        );
        let _ = writeln!(
            out,
            "    std::printf(\"CODE {name} %d\", static_cast<int>({net}::errc::{enumerator}));\n    {standard};\n    std::putchar('\\n');",
            name = code.name,
            enumerator = code.name.to_lowercase(),
        );
    }
    out.push_str("    return 0;\n}\n");
    out
}

fn unhex(field: &str) -> Option<String> {
    if field == "-" {
        return None;
    }
    let hex = field.strip_prefix('=').expect("a text field starts with =");
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(&hex[at..at + 2], 16).expect("hex"))
        .collect();
    Some(String::from_utf8(bytes).expect("UTF-8"))
}

/// The matches a SYSTEM or GENERIC line lists, by value.
fn matches(stdout: &[u8], tag: &str) -> BTreeMap<i32, BTreeSet<i32>> {
    tagged_lines(stdout, tag)
        .into_iter()
        .map(|fields| {
            let value = fields[0].parse().expect("a value");
            let conditions = fields[1..]
                .iter()
                .map(|field| field.parse().expect("a condition"))
                .collect();
            (value, conditions)
        })
        .collect()
}

/// Compares a conditions program's output with `spec` on `target`.
fn assert_conditions_match(spec: &Spec, target: Target, stdout: &[u8], label: &str) {
    assert!(
        tagged_lines(stdout, "INCONSISTENT").is_empty(),
        "{label}: the comparisons disagree with one another: {:?}",
        tagged_lines(stdout, "INCONSISTENT")
    );
    let category = tagged_lines(stdout, "CATEGORY");
    assert_eq!(
        category
            .iter()
            .map(|fields| unhex(&fields[0]))
            .collect::<Vec<_>>(),
        [Some(cxx::category_name(&spec.prefix))],
        "{label}: the category's name"
    );

    // Each code's enumerator is its place in the spec; the std::errc the
    // spec names for it has this value here.
    let mut std_values: BTreeMap<&str, i32> = BTreeMap::new();
    let code_lines = tagged_lines(stdout, "CODE");
    assert_eq!(code_lines.len(), spec.codes.len(), "{label}: CODE lines");
    for ((position, code), fields) in (1..).zip(&spec.codes).zip(&code_lines) {
        assert_eq!(fields[0], code.name, "{label}: CODE line order");
        assert_eq!(
            fields[1].parse::<i32>().expect("a value"),
            position,
            "{label}: errc::{} is the code's place in the spec",
            code.name.to_lowercase()
        );
        match &code.std_errc {
            Some(_) => {
                std_values.insert(&code.name, fields[2].parse().expect("a std::errc value"));
            }
            None => assert_eq!(fields[2], "-", "{label}: {}", code.name),
        }
    }

    // Message, info and std_condition of every condition value.
    let conditions = tagged_lines(stdout, "CONDITION");
    assert_eq!(
        conditions.len(),
        usize::try_from(LAST_CONDITION - FIRST_CONDITION + 1).expect("a count"),
        "{label}: CONDITION lines"
    );
    for fields in &conditions {
        let condition: i32 = fields[0].parse().expect("a condition");
        let message = unhex(&fields[1]).expect("message() is never NULL");
        let info = unhex(&fields[2]);
        let (standard_set, standard_value) = (&fields[3], &fields[4]);
        let standard_category = unhex(&fields[5]).expect("a category name");
        let code = usize::try_from(condition)
            .ok()
            .and_then(|position| position.checked_sub(1))
            .and_then(|index| spec.codes.get(index));
        let Some(code) = code else {
            assert_eq!(
                message,
                format!("{}: no code {condition}", cxx::category_name(&spec.prefix)),
                "{label}: message({condition})"
            );
            assert_eq!(info, None, "{label}: info({condition})");
            assert_eq!(
                (standard_set.as_str(), standard_value.as_str()),
                ("0", "0"),
                "{label}: std_condition({condition}) is empty"
            );
            continue;
        };
        assert_eq!(
            message,
            format!("{}: {}", code.name, code.summary),
            "{label}: message({condition})"
        );
        assert_eq!(info.as_deref(), Some(code.name.as_str()), "{label}: info");
        assert_eq!(
            standard_category, "generic",
            "{label}: std_condition({}) is in generic_category()",
            code.name
        );
        match std_values.get(code.name.as_str()) {
            Some(expected) => {
                assert_eq!(standard_set, "1", "{label}: std_condition({})", code.name);
                assert_eq!(
                    standard_value,
                    &expected.to_string(),
                    "{label}: std_condition({}) is std::errc::{}",
                    code.name,
                    code.std_errc.as_deref().unwrap_or_default()
                );
                // The spec's std_errc is the code's POSIX name: on Linux its
                // value is the errno of the same name.
                if target == Target::Linux
                    && cfg!(any(target_arch = "x86_64", target_arch = "aarch64"))
                    && let Some((symbol, value, _)) = &code.linux
                    && symbol == &code.name
                {
                    assert_eq!(
                        expected,
                        value,
                        "{label}: std::errc::{} is {}",
                        code.std_errc.as_deref().unwrap_or_default(),
                        code.name
                    );
                }
                // The trap: the C runtime's value is never Winsock's.
                if target == Target::Windows
                    && let Some((_, value, _)) = &code.windows
                {
                    assert_ne!(
                        expected,
                        value,
                        "{label}: std::errc::{} is not {}'s Winsock value",
                        code.std_errc.as_deref().unwrap_or_default(),
                        code.name
                    );
                }
            }
            None => assert_eq!(
                (standard_set.as_str(), standard_value.as_str()),
                ("0", "0"),
                "{label}: std_condition({}) is empty: the spec has no std_errc",
                code.name
            ),
        }
    }

    // System values: exactly the codes of that value on this platform.
    let mut expected_system: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
    for (position, code) in (1..).zip(&spec.codes) {
        if let Some((_, value, _)) = native(code, target) {
            expected_system.entry(*value).or_default().insert(position);
        }
    }
    assert_eq!(
        expected_system.is_empty(),
        spec.codes.iter().all(|code| native(code, target).is_none()),
        "{label}: the spec names values here"
    );
    for (value, positions) in &expected_system {
        if positions.len() < 2 {
            continue;
        }
        // A shared value is an alias, as the spec declares it.
        let sharing: Vec<&SpecCode> = positions
            .iter()
            .map(|position| &spec.codes[usize::try_from(*position - 1).expect("a place")])
            .collect();
        let own: Vec<&&SpecCode> = sharing
            .iter()
            .filter(|code| native(code, target).is_some_and(|native| native.2.is_none()))
            .collect();
        assert_eq!(own.len(), 1, "{label}: {value} belongs to one code");
        for code in &sharing {
            if code.name != own[0].name {
                assert_eq!(
                    native(code, target).and_then(|native| native.2.as_deref()),
                    Some(own[0].name.as_str()),
                    "{label}: {} shares {value} as an alias",
                    code.name
                );
            }
        }
    }
    let system = matches(stdout, "SYSTEM");
    assert_eq!(
        system, expected_system,
        "{label}: which conditions each system_category() value matches"
    );

    // Generic values.
    let generic = matches(stdout, "GENERIC");
    let expected_generic = match target {
        Target::Linux => expected_system,
        Target::Windows => {
            let mut expected: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
            for (position, code) in (1..).zip(&spec.codes) {
                if code.windows.is_some()
                    && let Some(value) = std_values.get(code.name.as_str())
                {
                    expected.entry(*value).or_default().insert(position);
                }
            }
            for code in &spec.codes {
                if let Some((symbol, value, _)) = &code.windows {
                    assert!(
                        !generic.contains_key(value),
                        "{label}: {symbol} ({value}) in generic_category() matches no condition"
                    );
                }
            }
            expected
        }
    };
    assert_eq!(
        generic, expected_generic,
        "{label}: which conditions each generic_category() value matches"
    );
}

/// Writes the conditions program into `dir` and builds it with `command`
/// in C++11 against the headers in `include`; the program's path.
fn build_conditions(
    spec: &Spec,
    dir: &Path,
    include: &Path,
    command: &str,
    defines: Vec<String>,
) -> Option<PathBuf> {
    let program = conditions_program(spec);
    build_source(
        command,
        "c++11",
        dir,
        ("conditions", "cpp", &program),
        include,
        defines,
    )
}

#[test]
fn linux_conditions_match_the_spec() {
    let spec = oracle::spec();
    let scratch = tempfile::tempdir().expect("temporary folder");
    let Some(program) = build_conditions(&spec, scratch.path(), &header_dir(), "g++", Vec::new())
    else {
        return;
    };
    let stdout = succeeded(
        run_within(&mut Command::new(&program), Duration::from_secs(60)),
        "the conditions program",
    );
    assert_conditions_match(&spec, Target::Linux, &stdout, "Linux");
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn windows_conditions_match_the_spec_under_wine() {
    let spec = oracle::spec();
    let scratch = tempfile::tempdir().expect("temporary folder");
    let Some(program) = build_conditions(
        &spec,
        scratch.path(),
        &header_dir(),
        "x86_64-w64-mingw32-g++",
        Vec::new(),
    ) else {
        return;
    };
    let Some(wine) = Wine::start() else {
        return;
    };
    let stdout = succeeded(
        wine.run(&program, &[], Duration::from_secs(120)),
        "the conditions program under Wine",
    );
    assert_conditions_match(&spec, Target::Windows, &stdout, "Windows (Wine)");
}

/// The hostile fixture's C++ header (texts that try to end a comment or a
/// literal, made-up symbols) builds warning-free and its conditions hold, on
/// Linux and under Wine.
#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn hostile_conditions_match_the_spec() {
    let yaml = std::fs::read_to_string(hostile_spec_path()).expect("the hostile fixture");
    let spec = oracle::spec_from(&yaml);
    let scratch = tempfile::tempdir().expect("temporary folder");
    let include = hostile_headers(scratch.path());
    if let Some(program) = build_conditions(
        &spec,
        scratch.path(),
        &include,
        "g++",
        made_up_symbols(&spec, Target::Linux),
    ) {
        let stdout = succeeded(
            run_within(&mut Command::new(&program), Duration::from_secs(60)),
            "the hostile conditions program",
        );
        assert_conditions_match(&spec, Target::Linux, &stdout, "hostile, Linux");
    }
    if let Some(program) = build_conditions(
        &spec,
        scratch.path(),
        &include,
        "x86_64-w64-mingw32-g++",
        made_up_symbols(&spec, Target::Windows),
    ) && let Some(wine) = Wine::start()
    {
        let stdout = succeeded(
            wine.run(&program, &[], Duration::from_secs(120)),
            "the hostile conditions program under Wine",
        );
        assert_conditions_match(&spec, Target::Windows, &stdout, "hostile, Windows (Wine)");
    }
}

/// A spec whose codes only Linux reports: on Windows no value matches any
/// condition, and the header still builds warning-free there.
#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn one_platform_conditions_match_the_spec() {
    let path = fixture("linux_only.yaml");
    let spec = oracle::spec_from(&std::fs::read_to_string(&path).expect("the fixture"));
    assert!(spec.codes.iter().all(|code| code.windows.is_none()));
    let scratch = tempfile::tempdir().expect("temporary folder");
    let include = fixture_headers(&path, scratch.path());
    if let Some(program) = build_conditions(&spec, scratch.path(), &include, "g++", Vec::new()) {
        let stdout = succeeded(
            run_within(&mut Command::new(&program), Duration::from_secs(60)),
            "the Linux-only conditions program",
        );
        assert_conditions_match(&spec, Target::Linux, &stdout, "Linux-only spec, Linux");
    }
    if let Some(program) = build_conditions(
        &spec,
        scratch.path(),
        &include,
        "x86_64-w64-mingw32-g++",
        Vec::new(),
    ) && let Some(wine) = Wine::start()
    {
        let stdout = succeeded(
            wine.run(&program, &[], Duration::from_secs(120)),
            "the Linux-only conditions program under Wine",
        );
        assert_conditions_match(
            &spec,
            Target::Windows,
            &stdout,
            "Linux-only spec, Windows (Wine)",
        );
    }
}
