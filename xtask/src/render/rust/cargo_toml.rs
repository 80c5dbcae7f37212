//! The generated crate's `Cargo.toml` (the template `xtask/templates/crate-manifest.toml`, not named
//! `Cargo.toml` so that cargo never takes the templates folder for a package)
//! and its license file.

use askama::Template;

use crate::catalogue::Catalogue;
use crate::render::banner::header_sentence;
use crate::render::filters;

/// The name of the license file the generated crate ships.
pub const LICENSE_FILE: &str = "LICENSE";

/// `rust-version` is the oldest Rust whose std has every stable `ErrorKind` that `kind()` may name (`InvalidFilename`: 1.87).
///
/// `include` lists exactly what a user of the published crate needs; docs.rs
/// builds the docs for the two platforms the catalogue describes, with every
/// feature. The one dependency is optional (`serde`), so by default the crate has none.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> String {
    let krate = &catalogue.krate;
    let links = [
        ("repository", krate.repository.as_deref()),
        ("homepage", krate.homepage.as_deref()),
        ("documentation", Some(krate.documentation.as_str())),
    ];
    Manifest {
        banner: header_sentence(spec_label),
        name: &krate.name,
        version: &krate.version,
        description: &krate.description,
        license: krate.license.id,
        links: links
            .into_iter()
            .filter_map(|(field, link)| Some((field, link?)))
            .collect(),
        license_file: LICENSE_FILE,
    }
    .render()
    .expect("the manifest template cannot fail")
}

/// The values of the manifest's template.
#[derive(Template)]
#[template(path = "crate-manifest.toml", escape = "none")]
struct Manifest<'a> {
    banner: String,
    name: &'a str,
    version: &'a str,
    description: &'a str,
    /// The SPDX id.
    license: &'a str,
    /// `(field, link)` for each link the spec gives, in manifest order.
    links: Vec<(&'static str, &'a str)>,
    license_file: &'static str,
}

/// The license file: the header line, then the license's text as published.
pub fn license_file(catalogue: &Catalogue, spec_label: &str) -> String {
    format!(
        "{}\n\n{}",
        header_sentence(spec_label),
        catalogue.krate.license.text
    )
}
