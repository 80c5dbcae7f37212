//! The header's lookups against the spec read straight from its YAML: a
//! program written here from the spec calls every lookup for every value
//! from -100 to 12100 and prints what it gets (texts as hex bytes), and the
//! macros the spec names. Run on Linux and, built with MinGW-w64, under Wine:
//! each platform's values decode exactly as the spec declares (a shared value
//! to the code it names), every text comes back byte for byte, and any other
//! value gives NULL. The hostile-text fixture's header does the same.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use c_header::{
    Build, COMPILERS, Target, Wine, available, build_source, header_dir, hostile_headers,
    hostile_spec_path, made_up_symbols, native, succeeded, tagged_lines,
};
use test_support::oracle::{self, Spec, SpecCode};
use test_support::runner::run_within;

const LOWEST: i32 = -100;
const HIGHEST: i32 = 12100;

/// The C names the header uses for a spec with `prefix`.
struct CNames {
    header: String,
    functions: String,
}

fn c_names(prefix: &str) -> CNames {
    CNames {
        header: xtask::generated_names::c::header_file(prefix),
        functions: xtask::generated_names::c::function_prefix(prefix),
    }
}

/// A C program that prints every lookup of the header for `spec`.
fn dump_program(spec: &Spec) -> String {
    let names = c_names(&spec.prefix);
    let f = &names.functions;
    let mut out = format!(
        "#include \"{header}\"\n#include <stdio.h>\n\n\
         static void field(const char *text)\n{{\n    if (text == NULL) {{\n        fputs(\" -\", stdout);\n        return;\n    }}\n    fputs(\" =\", stdout);\n    for (; *text != '\\0'; ++text) {{\n        printf(\"%02x\", (unsigned)(unsigned char)*text);\n    }}\n}}\n\n\
         int main(void)\n{{\n    int value;\n    unsigned bit;\n    for (value = {LOWEST}; value <= {HIGHEST}; ++value) {{\n        const struct {f}info *info = {f}lookup(value);\n        if (info == NULL) {{\n            if ({f}name(value) != NULL || {f}code(value) != NULL || {f}summary(value) != NULL || {f}en(value) != NULL || {f}zh(value) != NULL || {f}zh_explanation(value) != NULL || {f}operations(value) != 0u) {{\n                printf(\"INCONSISTENT %d\\n\", value);\n            }}\n            continue;\n        }}\n        if (info->name != {f}name(value) || info->zh != {f}zh(value) || info->zh_explanation != {f}zh_explanation(value) || info->operations != {f}operations(value)) {{\n            printf(\"INCONSISTENT %d\\n\", value);\n        }}\n        printf(\"VALUE %d\", value);\n        field({f}name(value));\n        field({f}code(value));\n        field({f}summary(value));\n        field({f}en(value));\n        field({f}zh(value));\n        field({f}zh_explanation(value));\n        printf(\" %u\\n\", {f}operations(value));\n    }}\n    for (bit = 0; bit < 32; ++bit) {{\n        printf(\"OPERATION %u\", bit);\n        field({f}operation_name(1u << bit));\n        putchar('\\n');\n    }}\n",
        header = names.header
    );
    for code in &spec.codes {
        let _ = write!(
            out,
            "#ifdef {prefix}{name}\n    printf(\"MACRO {name} %d\\n\", (int)({prefix}{name}));\n#endif\n",
            prefix = spec.prefix,
            name = code.name
        );
    }
    out.push_str("    return 0;\n}\n");
    out
}

fn unhex(field: &str) -> Option<Vec<u8>> {
    if field == "-" {
        return None;
    }
    let hex = field.strip_prefix('=').expect("a text field starts with =");
    Some(
        (0..hex.len())
            .step_by(2)
            .map(|at| u8::from_str_radix(&hex[at..at + 2], 16).expect("hex"))
            .collect(),
    )
}

/// Compares a dump program's output with `spec` on `target`.
fn assert_dump_matches(spec: &Spec, target: Target, stdout: &[u8], label: &str) {
    assert!(
        tagged_lines(stdout, "INCONSISTENT").is_empty(),
        "{label}: lookups disagree with one another: {:?}",
        tagged_lines(stdout, "INCONSISTENT")
    );
    let by_name: BTreeMap<&str, &SpecCode> = spec
        .codes
        .iter()
        .map(|code| (code.name.as_str(), code))
        .collect();
    let mut expected: BTreeMap<i32, &SpecCode> = BTreeMap::new();
    for code in &spec.codes {
        if let Some((_, value, alias)) = native(code, target) {
            let decodes_as = alias.as_deref().map_or(code, |name| by_name[name]);
            let previous = expected.insert(*value, decodes_as);
            assert!(
                previous.is_none_or(|previous| previous.name == decodes_as.name),
                "{label}: the spec decodes {value} one way"
            );
        }
    }
    let lines = tagged_lines(stdout, "VALUE");
    let mut seen = BTreeMap::new();
    for fields in &lines {
        let value: i32 = fields[0].parse().expect("a value");
        let code = expected.get(&value).unwrap_or_else(|| {
            panic!(
                "{label}: {value} decodes to {:?}, but the spec names no code for it",
                fields[1]
            )
        });
        let text =
            |index: usize| unhex(&fields[index]).expect("a lookup of a known value is not NULL");
        assert_eq!(text(1), code.name.as_bytes(), "{label}: name of {value}");
        assert_eq!(
            text(2),
            format!("{}{}", spec.prefix, code.name).as_bytes(),
            "{label}: code of {value}"
        );
        assert_eq!(
            text(3),
            code.summary.as_bytes(),
            "{label}: summary of {value}"
        );
        assert_eq!(text(4), code.en.as_bytes(), "{label}: en of {value}");
        assert_eq!(text(5), code.zh.as_bytes(), "{label}: zh of {value}");
        assert_eq!(
            text(6),
            code.zh_explanation.as_bytes(),
            "{label}: zh_explanation of {value}"
        );
        let bits: u32 = fields[7].parse().expect("operation bits");
        let expected_bits = code.operations.iter().fold(0u32, |bits, operation| {
            let index = spec
                .operations
                .iter()
                .position(|known| known == operation)
                .expect("a known operation");
            bits | 1 << index
        });
        assert_eq!(bits, expected_bits, "{label}: operations of {value}");
        seen.insert(value, ());
    }
    let missing: Vec<&i32> = expected
        .keys()
        .filter(|value| !seen.contains_key(value))
        .collect();
    assert!(
        missing.is_empty(),
        "{label}: no code for the spec's values {missing:?}"
    );

    for fields in tagged_lines(stdout, "OPERATION") {
        let bit: usize = fields[0].parse().expect("a bit");
        let name = unhex(&fields[1]);
        assert_eq!(
            name.as_deref(),
            spec.operations.get(bit).map(String::as_bytes),
            "{label}: the name of operation bit {bit}"
        );
    }
    let macros: BTreeMap<String, i32> = tagged_lines(stdout, "MACRO")
        .into_iter()
        .map(|fields| (fields[0].clone(), fields[1].parse().expect("a value")))
        .collect();
    let expected_macros: BTreeMap<String, i32> = spec
        .codes
        .iter()
        .filter_map(|code| Some((code.name.clone(), native(code, target)?.1)))
        .collect();
    assert_eq!(
        macros, expected_macros,
        "{label}: the {}* macros",
        spec.prefix
    );
}

/// Writes the dump program for `spec` into `dir` and builds it with
/// `command` in C99; the program's path.
fn build_dump(
    spec: &Spec,
    dir: &Path,
    include: &Path,
    command: &str,
    defines: Vec<String>,
) -> Option<PathBuf> {
    let program = dump_program(spec);
    build_source(
        command,
        "c99",
        dir,
        ("dump", "c", &program),
        include,
        defines,
    )
}

fn run_native(program: &Path) -> Vec<u8> {
    succeeded(
        run_within(&mut Command::new(program), Duration::from_secs(60)),
        &program.display().to_string(),
    )
}

fn run_wine(wine: &Wine, program: &Path) -> Vec<u8> {
    succeeded(
        wine.run(program, &[], Duration::from_secs(120)),
        &format!("{} under Wine", program.display()),
    )
}

/// Text reaches the header as escaped literals: only the lines of its
/// comment blocks may hold anything but ASCII.
fn assert_ascii_outside_comments(header: &Path) {
    let text = std::fs::read_to_string(header).expect("the header");
    for line in text.lines().filter(|line| !line.is_ascii()) {
        assert!(
            line.starts_with(" * "),
            "{}: non-ASCII code: {line}",
            header.display()
        );
    }
}

#[test]
fn linux_lookups_match_the_spec() {
    let spec = oracle::spec();
    assert_ascii_outside_comments(&header_dir().join(c_names(&spec.prefix).header));
    let scratch = tempfile::tempdir().expect("temporary folder");
    let Some(program) = build_dump(&spec, scratch.path(), &header_dir(), "gcc", Vec::new()) else {
        return;
    };
    assert_dump_matches(&spec, Target::Linux, &run_native(&program), "Linux");
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn windows_lookups_match_the_spec_under_wine() {
    let spec = oracle::spec();
    let scratch = tempfile::tempdir().expect("temporary folder");
    let Some(program) = build_dump(
        &spec,
        scratch.path(),
        &header_dir(),
        "x86_64-w64-mingw32-gcc",
        Vec::new(),
    ) else {
        return;
    };
    let Some(wine) = Wine::start() else {
        return;
    };
    assert_dump_matches(
        &spec,
        Target::Windows,
        &run_wine(&wine, &program),
        "Windows (Wine)",
    );
}

#[test]
#[ignore = "heavy proof: cargo xtask prove"]
fn hostile_text_compiles_everywhere_and_round_trips() {
    let yaml = std::fs::read_to_string(hostile_spec_path()).expect("the hostile fixture");
    let spec = oracle::spec_from(&yaml);
    let scratch = tempfile::tempdir().expect("temporary folder");
    let include = hostile_headers(scratch.path());
    assert_ascii_outside_comments(&include.join(c_names(&spec.prefix).header));

    // Every compiler of the matrix, warnings as errors.
    let source = scratch.path().join("hostile.c");
    std::fs::write(&source, dump_program(&spec)).expect("write the program");
    for compiler in COMPILERS.into_iter().filter_map(available) {
        for standard in compiler.standards {
            Build {
                compiler,
                standard,
                sources: vec![source.clone()],
                include_dirs: vec![include.clone()],
                defines: made_up_symbols(&spec, compiler.target),
                output: scratch
                    .path()
                    .join(format!("hostile-{}-{standard}.out", compiler.command)),
            }
            .run()
            .unwrap_or_else(|message| panic!("{message}"));
        }
    }

    // The exact bytes back, on Linux and under Wine.
    if let Some(program) = build_dump(
        &spec,
        scratch.path(),
        &include,
        "gcc",
        made_up_symbols(&spec, Target::Linux),
    ) {
        assert_dump_matches(
            &spec,
            Target::Linux,
            &run_native(&program),
            "hostile, Linux",
        );
    }
    if let Some(program) = build_dump(
        &spec,
        scratch.path(),
        &include,
        "x86_64-w64-mingw32-gcc",
        made_up_symbols(&spec, Target::Windows),
    ) && let Some(wine) = Wine::start()
    {
        assert_dump_matches(
            &spec,
            Target::Windows,
            &run_wine(&wine, &program),
            "hostile, Windows (Wine)",
        );
    }
}
