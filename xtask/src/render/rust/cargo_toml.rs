//! The generated crate's `Cargo.toml`.

use crate::catalogue::Catalogue;
use crate::render::header::header_sentence;

/// `rust-version` is the oldest Rust whose std has every stable `ErrorKind` that `kind()` may name (`InvalidFilename`: 1.87).
pub fn render(catalogue: &Catalogue, spec_label: &str) -> String {
    let krate = &catalogue.krate;
    format!(
        "# {header}\n\n[package]\nname = {name}\nversion = {version}\ndescription = {description}\nedition = \"2024\"\nrust-version = \"1.87\"\nreadme = \"README.md\"\nkeywords = [\"errno\", \"winsock\", \"socket\", \"error\"]\ncategories = [\"network-programming\", \"os\"]\n\n[dependencies]\n",
        header = header_sentence(spec_label),
        name = toml_string(&krate.name),
        version = toml_string(&krate.version),
        description = toml_string(&krate.description),
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
