//! Renders the generated crate's Rust: data-driven files as `quote` token
//! trees (`decode`, `net_error`, `operation`), fixed files from
//! `crate::fixed`, all printed by `prettyplease` behind the generated header.
//! Spec text reaches the output only as string literals (values or `#[doc]`
//! attributes), so no text can change the code.

mod cargo_toml;
mod decode;
mod net_error;
mod operation;

use proc_macro2::TokenStream;

use crate::catalogue::Catalogue;
use crate::fixed;
use crate::render::header::header_sentence;
use crate::render::tokens::parse_fixed;

/// How one generated Rust file is made.
enum Source {
    /// Built from the catalogue.
    Rendered(fn(&Catalogue) -> TokenStream),
    /// Fixed source from `crate::fixed`.
    Fixed(&'static str),
}

/// The crate's Rust files, by path relative to the crate.
const SOURCES: [(&str, Source); 7] = [
    ("src/decode.rs", Source::Rendered(decode::render)),
    ("src/lib.rs", Source::Fixed(fixed::LIB_RS)),
    ("src/net_error.rs", Source::Rendered(net_error::render)),
    ("src/operation.rs", Source::Rendered(operation::render)),
    ("src/parse_error.rs", Source::Fixed(fixed::PARSE_ERROR_RS)),
    ("src/platform.rs", Source::Fixed(fixed::PLATFORM_RS)),
    (
        "src/serde_support.rs",
        Source::Fixed(fixed::SERDE_SUPPORT_RS),
    ),
];

/// The crate's files: `(path relative to the crate, contents)`.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> Vec<(String, String)> {
    // Large catalogues spend their time in syn and prettyplease: each file is
    // built and printed on a thread of its own (token trees stay on their thread).
    let printed: Vec<(String, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = SOURCES
            .iter()
            .map(|(path, source)| {
                scope.spawn(move || {
                    let file = match source {
                        Source::Rendered(build) => parse(build(catalogue)),
                        Source::Fixed(text) => parse_fixed(text),
                    };
                    (path.to_string(), print(&file, spec_label))
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut files = vec![
        (
            "Cargo.toml".to_string(),
            cargo_toml::render(catalogue, spec_label),
        ),
        (
            cargo_toml::LICENSE_FILE.to_string(),
            cargo_toml::license_file(catalogue, spec_label),
        ),
    ];
    files.extend(printed);
    files
}

fn parse(tokens: TokenStream) -> syn::File {
    match syn::parse2(tokens) {
        Ok(file) => file,
        // The tokens come from these modules alone: failing to parse them is a bug here, not in the spec.
        Err(err) => panic!("the Rust renderer built tokens that do not parse: {err}"),
    }
}

/// Prints a Rust file behind the generated header.
fn print(file: &syn::File, spec_label: &str) -> String {
    format!(
        "// {}\n\n{}",
        header_sentence(spec_label),
        prettyplease::unparse(file)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every associated item of `NetError` a code's name could collide with
    /// (an upper-case one) is in the list `check` reserves, and the other way round.
    #[test]
    fn reserved_names_are_the_upper_case_associated_items_of_net_error() {
        let catalogue =
            crate::load_catalogue(&crate::default_spec()).expect("the bundled spec is valid");
        let mut upper_case = Vec::new();
        for build in [net_error::render, decode::render] {
            for item in parse(build(&catalogue)).items {
                let syn::Item::Impl(block) = item else {
                    continue;
                };
                let syn::Type::Path(ty) = block.self_ty.as_ref() else {
                    continue;
                };
                if block.trait_.is_some() || !ty.path.is_ident(crate::api::NET_ERROR) {
                    continue;
                }
                for member in block.items {
                    let name = match member {
                        syn::ImplItem::Const(item) => item.ident.to_string(),
                        syn::ImplItem::Fn(item) => item.sig.ident.to_string(),
                        syn::ImplItem::Type(item) => item.ident.to_string(),
                        _ => continue,
                    };
                    if crate::names::is_upper_identifier(&name) {
                        upper_case.push(name);
                    }
                }
            }
        }
        assert_eq!(upper_case, crate::api::RESERVED_CODE_NAMES);
    }

    #[test]
    fn fixed_sources_print_as_they_parse() {
        for (path, source) in &SOURCES {
            if let Source::Fixed(text) = source {
                let printed = prettyplease::unparse(&parse_fixed(text));
                assert_eq!(
                    prettyplease::unparse(&parse_fixed(&printed)),
                    printed,
                    "{path} prints the same way twice"
                );
            }
        }
    }
}
