//! Renders the Markdown docs (Chinese and English) and the crate's README.

use std::fmt::Write as _;

use crate::catalogue::{Catalogue, Code, CodeId, Platform};
use crate::render::header::header_sentence;
use crate::render::language::{LANGUAGES, Language};
use crate::render::text::{escape_markdown, reference_links};

/// `(language tag, document)` for each language.
pub fn documents(catalogue: &Catalogue, spec_label: &str) -> Vec<(&'static str, String)> {
    LANGUAGES
        .iter()
        .map(|language| (language.tag, document(catalogue, language, spec_label)))
        .collect()
}

fn document(catalogue: &Catalogue, language: &Language, spec_label: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<!-- {} -->\n", header_sentence(spec_label));
    let _ = writeln!(out, "# {}\n\n{}\n", language.title, language.intro);

    let _ = writeln!(out, "## {}\n", language.index_heading);
    let _ = write!(out, "| {} |", language.code_column);
    if let Some(column) = language.summary_column {
        let _ = write!(out, " {column} |");
    }
    for platform in Platform::ALL {
        let _ = write!(out, " {} |", platform.name());
    }
    let _ = writeln!(out, " {} |", language.operations_column);
    out.push_str("| --- |");
    if language.summary_column.is_some() {
        out.push_str(" --- |");
    }
    out.push_str(&" --- |".repeat(Platform::ALL.len()));
    out.push_str(" --- |\n");
    for code in &catalogue.codes {
        let _ = write!(
            out,
            "| [{}](#{}) |",
            code.full_name,
            heading_anchor(&catalogue.entry_heading(code)),
        );
        if language.summary_column.is_some() {
            let _ = write!(out, " {} |", escape_markdown(&code.summary));
        }
        for platform in Platform::ALL {
            let _ = write!(
                out,
                " {} |",
                native_cell(catalogue, code, platform, language)
            );
        }
        let _ = writeln!(out, " {} |", catalogue.operation_names(code).join(", "));
    }
    out.push('\n');

    for (section, codes) in catalogue.sections() {
        let _ = writeln!(out, "### {}\n\n------\n", section.title());
        for code in codes {
            let _ = writeln!(out, "##### {}\n", catalogue.entry_heading(code));
            if language.summary_column.is_some() {
                let _ = writeln!(out, "**{}**\n", escape_markdown(&code.summary));
            }
            for line in (language.text)(code)
                .lines()
                .filter(|line| !line.trim().is_empty())
            {
                let _ = writeln!(out, "{}\n", escape_markdown(line.trim()));
            }
            for platform in Platform::ALL {
                let _ = writeln!(
                    out,
                    "- {}: {}",
                    platform.name(),
                    native_cell(catalogue, code, platform, language)
                );
            }
            let _ = writeln!(
                out,
                "- {}: {}",
                language.references,
                reference_links(&code.references)
            );
            out.push('\n');
        }
        out.push_str("------\n\n");
    }

    let _ = writeln!(out, "## {}\n", language.by_operation_heading);
    for (id, operation) in catalogue.operations.iter().enumerate() {
        let links: Vec<String> = catalogue
            .codes_for(id)
            .map(|code_id| code_link(catalogue, code_id))
            .collect();
        let list = if links.is_empty() {
            "—".to_string()
        } else {
            links.join(", ")
        };
        let _ = writeln!(out, "- `{}`: {}", operation.name, list);
    }
    out
}

fn code_link(catalogue: &Catalogue, id: CodeId) -> String {
    let code = &catalogue.codes[id];
    format!(
        "[{}](#{})",
        code.name,
        heading_anchor(&catalogue.entry_heading(code))
    )
}

/// `` `ECONNRESET` 104 ``, with the code an alias decodes as, or "not reported".
fn native_cell(
    catalogue: &Catalogue,
    code: &Code,
    platform: Platform,
    language: &Language,
) -> String {
    match code.native(platform) {
        Some(native) => {
            let mut cell = format!("`{}` {}", native.symbol, native.value);
            if let Some(target) = native.alias_of {
                let _ = write!(
                    cell,
                    " ({} {})",
                    language.decodes_as,
                    code_link(catalogue, target)
                );
            }
            cell
        }
        None => language.not_reported.to_string(),
    }
}

/// The anchor GitHub gives a heading: lower case, punctuation other than `-`
/// and `_` dropped, spaces turned into `-`.
fn heading_anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The crate's README, also its crate-level rustdoc (so its example is a doctest).
pub fn crate_readme(catalogue: &Catalogue, spec_label: &str) -> String {
    let krate = &catalogue.krate;
    let rust_name = krate.rust_name();
    let mut out = String::new();
    let _ = writeln!(out, "<!-- {} -->\n", header_sentence(spec_label));
    let _ = writeln!(out, "# {}\n", krate.name);
    let _ = writeln!(out, "{}\n", escape_markdown(&krate.description));
    let _ = writeln!(
        out,
        "Each `{}*` code is a variant of [`NetError`]: it knows its Linux errno and Winsock values and symbols, the socket operations that report it, a one-line summary (what `Display` prints after the name), an English explanation with the Linux man pages and Microsoft pages it was checked against, and the Chinese description. It decodes errno values, Winsock codes and `std::io::Error`s, parses from its code, name or symbols, and converts into `std::io::Error`. The crate uses std only and has no dependencies by default.\n",
        catalogue.prefix
    );
    out.push_str("## Example\n\n```rust\n");
    out.push_str(&example(catalogue, &rust_name));
    out.push_str("```\n\n");
    let _ = writeln!(
        out,
        "## Features\n\n- `serde` (off by default): `Serialize` and `Deserialize` for `NetError`, `Operation` and `Platform`, each as its name (`\"{example}\"`, `\"{operation}\"`, `\"Linux\"`). A code deserializes from any string `FromStr` accepts (its name, full code or native symbol), never from a number, which means a different code on each platform.\n",
        example = catalogue
            .codes
            .first()
            .map_or("", |code| code.name.as_str()),
        operation = catalogue
            .operations
            .first()
            .map_or("", |op| op.name.as_str()),
    );
    let _ = writeln!(
        out,
        "## Where it comes from\n\nEvery file of this crate is generated from `{spec_label}` by `cargo xtask gen`, in the workspace that holds it; the same run writes the docs under `generated/docs/` (`net-errors.en.md`, `net-errors.zh.md`). To change a code, edit the spec, run `cargo xtask gen`, and commit both."
    );
    if let Some(site) = &catalogue.site_url {
        let _ = writeln!(
            out,
            "\nThe docs site has a page per code in English and Chinese, and a search by code, symbol, number or word: <{site}/index.html>."
        );
    }
    let _ = writeln!(
        out,
        "\n## License\n\n`{}`: the text is in `LICENSE`.",
        krate.license.id
    );
    out
}

/// A doctest built from the spec's own data.
fn example(catalogue: &Catalogue, rust_name: &str) -> String {
    let plain = |code: &&Code| code.natives.values().all(|n| n.alias_of.is_none());
    let Some(code) = catalogue
        .codes
        .iter()
        .find(plain)
        .or(catalogue.codes.first())
    else {
        return String::new();
    };
    let mut out = String::new();
    let _ = writeln!(out, "use {rust_name}::{{NetError, Operation}};\n");
    let _ = writeln!(
        out,
        "let code: NetError = {:?}.parse().expect(\"a known code\");",
        code.full_name
    );
    let _ = writeln!(out, "assert_eq!(code, NetError::{});", code.name);
    for (platform, native) in &code.natives {
        if native.alias_of.is_none() {
            let _ = writeln!(
                out,
                "assert_eq!(NetError::{}({}), Some(code));",
                platform.facts().decoder,
                native.value
            );
        }
    }
    if let Some(&operation) = code.operations.first() {
        let _ = writeln!(
            out,
            "assert!(code.applies_to(Operation::{}));",
            catalogue.operations[operation].variant
        );
    }
    let _ = writeln!(
        out,
        "assert_eq!(code.to_string(), {}); // NAME: summary",
        fenced_string_literal(&format!("{}: {}", code.name, code.summary))
    );
    out.push_str("println!(\"{code:#}\"); // and the explanation on the next line\n\n");
    out.push_str("// An io::Error from a socket call decodes to its code.\n");
    out.push_str("let err = std::io::Error::from(code);\n");
    if plain(&code) {
        out.push_str("assert_eq!(NetError::from_io_error(&err), Some(code));\n");
    } else {
        out.push_str("assert!(NetError::from_io_error(&err).is_some());\n");
    }
    out
}

/// A Rust string literal of `text` that cannot end the Markdown code fence
/// it sits in: a backtick is written as `\u{60}`.
fn fenced_string_literal(text: &str) -> String {
    format!("{text:?}").replace('`', "\\u{60}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_stay_inside_their_fence() {
        assert_eq!(
            fenced_string_literal("a \"q\" ```x``` \\"),
            r#""a \"q\" \u{60}\u{60}\u{60}x\u{60}\u{60}\u{60} \\""#
        );
    }

    #[test]
    fn anchors_follow_github() {
        assert_eq!(
            heading_anchor("WMKC_NET_ERR_EINTR - [accept, send]"),
            "wmkc_net_err_eintr---accept-send"
        );
    }
}
