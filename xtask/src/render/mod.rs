//! The `render` stage. Renderers read a `Catalogue` and return file contents; they
//! never touch the file system (that is `write`'s job).

pub mod banner;
pub mod c_header;
pub mod cxx_header;
pub mod filters;
pub mod language;
pub mod lookup;
pub mod markdown;
pub mod perfect_hash;
pub mod rust;
pub mod schema;
pub mod site;
pub mod text;
pub mod tokens;

use crate::catalogue::Catalogue;

pub use banner::{MARKER, header_sentence};

/// One file of the generated tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output folder, with `/` separators.
    pub path: String,
    /// The whole content, LF line endings, starting with the generated header.
    pub contents: String,
}

/// Renders every file of the generated tree, sorted by path.
///
/// `spec_label` names the spec in headers (a path relative to the workspace,
/// never an absolute one, so that output is the same on every machine).
pub fn render_all(catalogue: &Catalogue, spec_label: &str) -> Vec<GeneratedFile> {
    let crate_dir = catalogue.krate.name.clone();
    // The Markdown renders beside the Rust (which spreads over threads itself).
    let (rust_files, documents) = std::thread::scope(|scope| {
        let documents = scope.spawn(|| markdown::documents(catalogue, spec_label));
        let rust_files = rust::render(catalogue, spec_label);
        let documents = documents
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (rust_files, documents)
    });
    let mut files = Vec::new();
    for (path, contents) in rust_files {
        files.push(GeneratedFile {
            path: format!("{crate_dir}/{path}"),
            contents,
        });
    }
    files.push(GeneratedFile {
        path: format!("{crate_dir}/README.md"),
        contents: markdown::crate_readme(catalogue, spec_label),
    });
    for (path, contents) in [
        c_header::render(catalogue, spec_label),
        cxx_header::render(catalogue, spec_label),
        schema::render(catalogue, spec_label),
    ] {
        files.push(GeneratedFile { path, contents });
    }
    for (language, contents) in documents {
        files.push(GeneratedFile {
            path: format!("docs/net-errors.{language}.md"),
            contents,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Renders every file of the docs site, sorted by path.
pub fn render_site(catalogue: &Catalogue, spec_label: &str) -> Vec<GeneratedFile> {
    site::render(catalogue, spec_label)
        .into_iter()
        .map(|(path, contents)| GeneratedFile { path, contents })
        .collect()
}
