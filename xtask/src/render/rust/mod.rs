//! Renders the generated crate: its data modules (`decode`, `net_error`,
//! `operation`) as `quote` token trees printed by `prettyplease`, and its
//! hand-written modules (`xtask/crate-source/`) copied as they stand, each
//! behind the generated header. Spec text reaches the output only as string
//! literals (values or `#[doc]` attributes), so no text can change the code.

mod cargo_toml;
mod decode;
mod net_error;
mod operation;

use proc_macro2::TokenStream;

use crate::catalogue::Catalogue;
use crate::render::banner::header_sentence;

/// Builds a data module's tokens from the catalogue.
type Build = fn(&Catalogue) -> TokenStream;

/// The data modules, by path relative to the crate.
const RENDERED: [(&str, Build); 3] = [
    ("src/decode.rs", decode::render),
    ("src/net_error.rs", net_error::render),
    ("src/operation.rs", operation::render),
];

/// The hand-written modules, by path relative to the crate: whole files of
/// `xtask/crate-source/`, compiled and tested as part of the generated crate
/// (and `string_hash.rs` also in xtask, as `render::perfect_hash::string_hash`,
/// which builds the tables with it). They name the rendered types by path
/// (`crate::NetError`).
const HAND_WRITTEN: [(&str, &str); 8] = [
    (
        "src/explanation.rs",
        include_str!("../../../crate-source/explanation.rs"),
    ),
    ("src/lib.rs", include_str!("../../../crate-source/lib.rs")),
    (
        "src/net_error_traits.rs",
        include_str!("../../../crate-source/net_error_traits.rs"),
    ),
    (
        "src/operation_traits.rs",
        include_str!("../../../crate-source/operation_traits.rs"),
    ),
    (
        "src/parse_error.rs",
        include_str!("../../../crate-source/parse_error.rs"),
    ),
    (
        "src/platform.rs",
        include_str!("../../../crate-source/platform.rs"),
    ),
    (
        "src/serde_support.rs",
        include_str!("../../../crate-source/serde_support.rs"),
    ),
    (
        "src/string_hash.rs",
        include_str!("../../../crate-source/string_hash.rs"),
    ),
];

/// The crate's files: `(path relative to the crate, contents)`.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> Vec<(String, String)> {
    let header = format!("// {}\n\n", header_sentence(spec_label));
    // Large catalogues spend their time in syn and prettyplease: each data
    // module is built and printed on a thread of its own (token trees stay
    // on their thread).
    let rendered: Vec<(String, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = RENDERED
            .iter()
            .map(|&(path, build)| {
                let header = &header;
                scope.spawn(move || {
                    let printed = prettyplease::unparse(&parse(build(catalogue)));
                    (path.to_string(), format!("{header}{printed}"))
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
    files.extend(rendered);
    // Copied as they stand, so their comments and layout reach the crate.
    files.extend(
        HAND_WRITTEN
            .iter()
            .map(|(path, text)| (path.to_string(), format!("{header}{text}"))),
    );
    files
}

fn parse(tokens: TokenStream) -> syn::File {
    match syn::parse2(tokens) {
        Ok(file) => file,
        // The tokens come from these modules alone: failing to parse them is a bug here, not in the spec.
        Err(err) => panic!("the Rust renderer built tokens that do not parse: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every associated item of `NetError` a code's name could collide with
    /// (an upper-case one) is in the list `check` reserves, and the other way
    /// round: in the rendered modules and in the hand-written ones.
    #[test]
    fn reserved_names_are_the_upper_case_associated_items_of_net_error() {
        let catalogue = crate::test_support::bundled_catalogue();
        let mut files: Vec<syn::File> = RENDERED
            .iter()
            .map(|(_, build)| parse(build(&catalogue)))
            .collect();
        for (path, text) in HAND_WRITTEN {
            files.push(syn::parse_file(text).unwrap_or_else(|err| panic!("{path}: {err}")));
        }
        let mut upper_case = Vec::new();
        for item in files.into_iter().flat_map(|file| file.items) {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            let syn::Type::Path(ty) = block.self_ty.as_ref() else {
                continue;
            };
            let names_net_error = ty
                .path
                .segments
                .last()
                .is_some_and(|last| last.ident == crate::generated_names::NET_ERROR);
            if block.trait_.is_some() || !names_net_error {
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
        assert_eq!(upper_case, crate::generated_names::RESERVED_CODE_NAMES);
    }

    /// The hand-written `Platform` has the generator's platforms, in its order.
    #[test]
    fn the_crates_platforms_are_the_generators_platforms() {
        let (_, text) = HAND_WRITTEN
            .iter()
            .find(|(path, _)| *path == "src/platform.rs")
            .expect("platform.rs is hand-written");
        let file = syn::parse_file(text).expect("platform.rs parses");
        let variants: Vec<String> = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Enum(item) if item.ident == crate::generated_names::PLATFORM => Some(
                    item.variants
                        .iter()
                        .map(|variant| variant.ident.to_string())
                        .collect(),
                ),
                _ => None,
            })
            .expect("platform.rs declares the enum");
        let declared: Vec<&str> = crate::platform::Platform::ALL
            .iter()
            .map(|platform| platform.facts().name)
            .collect();
        assert_eq!(variants, declared);
    }

    /// Every file of `xtask/crate-source/` is in the list, so none is left
    /// out of the crate (a module its `lib.rs` declares would be missing).
    #[test]
    fn every_hand_written_file_is_copied() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crate-source");
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .expect("read crate-source")
            .map(|entry| {
                let name = entry.expect("an entry").file_name();
                format!("src/{}", name.to_string_lossy())
            })
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = HAND_WRITTEN.iter().map(|(path, _)| *path).collect();
        assert_eq!(on_disk, listed);
    }

    /// A hand-written file is copied byte for byte behind the header line.
    #[test]
    fn hand_written_modules_are_copied_as_they_stand() {
        let catalogue = crate::test_support::bundled_catalogue();
        let files = render(&catalogue, "spec/a.yaml");
        for (path, text) in HAND_WRITTEN {
            let (_, written) = files
                .iter()
                .find(|(written, _)| written == path)
                .unwrap_or_else(|| panic!("{path} is written"));
            let (first, rest) = written.split_once("\n\n").expect("a header line");
            assert!(
                crate::render::banner::is_header_line(first, crate::render::banner::GEN),
                "{path}: {first}"
            );
            assert_eq!(rest, text, "{path}");
        }
    }
}
