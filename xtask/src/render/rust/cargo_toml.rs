//! The generated crate's `Cargo.toml`.

use std::fmt::Write as _;

use crate::catalogue::Catalogue;
use crate::render::header::header_sentence;

/// The name of the license file the generated crate ships.
pub const LICENSE_FILE: &str = "LICENSE";

/// `rust-version` is the oldest Rust whose std has every stable `ErrorKind` that `kind()` may name (`InvalidFilename`: 1.87).
///
/// `include` lists exactly what a user of the published crate needs; docs.rs
/// builds the docs for the two platforms the catalogue describes, with every
/// feature. The one dependency is optional (`serde`), so by default the crate has none.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> String {
    let krate = &catalogue.krate;
    let mut out = format!(
        "# {header}\n\n[package]\nname = {name}\nversion = {version}\ndescription = {description}\nlicense = {license}\n",
        header = header_sentence(spec_label),
        name = toml_string(&krate.name),
        version = toml_string(&krate.version),
        description = toml_string(&krate.description),
        license = toml_string(krate.license.id),
    );
    let links = [
        ("repository", krate.repository.as_deref()),
        ("homepage", krate.homepage.as_deref()),
        ("documentation", Some(krate.documentation.as_str())),
    ];
    for (field, link) in links {
        if let Some(link) = link {
            let _ = writeln!(out, "{field} = {}", toml_string(link));
        }
    }
    let _ = write!(
        out,
        "edition = \"2024\"\nrust-version = \"1.87\"\nreadme = \"README.md\"\nkeywords = [\"errno\", \"winsock\", \"socket\", \"error\"]\ncategories = [\"network-programming\", \"os\"]\ninclude = [\"/Cargo.toml\", \"/README.md\", \"/{LICENSE_FILE}\", \"/src/**/*.rs\"]\n\n[package.metadata.docs.rs]\nall-features = true\ndefault-target = \"x86_64-unknown-linux-gnu\"\ntargets = [\"x86_64-unknown-linux-gnu\", \"x86_64-pc-windows-msvc\"]\n\n[features]\n# `Serialize` and `Deserialize` for `NetError`, `Operation` and `Platform`, by name.\nserde = [\"dep:serde\"]\n\n[dependencies]\nserde = {{ version = \"1\", optional = true, default-features = false }}\n"
    );
    out
}

/// The license file: the header line, then the license's text as published.
pub fn license_file(catalogue: &Catalogue, spec_label: &str) -> String {
    format!(
        "{}\n\n{}",
        header_sentence(spec_label),
        catalogue.krate.license.text
    )
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
