//! `src/decode.rs`: every way in to a `NetError` (numbers, `io::Error`,
//! strings), in a file of its own so that it renders in parallel with
//! `net_error.rs`. When strings go through the perfect hash, the file ends
//! with the hash's run-time half, `fixed/string_hash.rs`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::api;
use crate::catalogue::{Catalogue, Platform};
use crate::fixed;
use crate::render::lookup;
use crate::render::tokens::{doc, fixed_items, ident};

/// The tokens of `src/decode.rs`.
pub fn render(catalogue: &Catalogue) -> TokenStream {
    let net_error = ident(api::NET_ERROR);
    let platform_type = ident(api::PLATFORM);
    let parse_keys: Vec<(String, &str)> = (0..catalogue.codes.len())
        .flat_map(|id| {
            let name = catalogue.codes[id].name.as_str();
            catalogue
                .parse_keys(id)
                .into_iter()
                .map(move |key| (key.to_string(), name))
        })
        .collect();
    let (parse_body, hashed) = lookup::string_lookup(&net_error, &parse_keys);
    // The fixed file's items (its inner doc stays in xtask).
    let string_hash = hashed.then(|| fixed_items(fixed::STRING_HASH_RS));
    // `FromStr` is fixed code; only its rustdoc (`parse_doc`, placed before it) shows the spec.
    let from_str = fixed_items(fixed::NET_ERROR_FROM_STR_RS);
    let decoders = Platform::ALL.map(|platform| decoder(catalogue, platform));
    let host_arms = Platform::ALL.map(|platform| {
        let variant = ident(platform.name());
        let decoder = ident(platform.facts().decoder);
        quote!(Some(#platform_type::#variant) => Self::#decoder(code),)
    });
    let parse_examples: Vec<String> = if catalogue.codes.is_empty() {
        Vec::new()
    } else {
        catalogue
            .parse_keys(0)
            .into_iter()
            .map(|key| format!("`{key}`"))
            .collect()
    };
    let parse_doc = doc(&[
        "Accepts the full code, the name, and the Linux or Windows symbol".to_string(),
        format!(
            "(for the first code: {}). Case-sensitive.",
            parse_examples.join(", ")
        ),
    ]);

    quote! {
        use std::str::FromStr;

        use crate::{#net_error, ParseError, ParseTarget, #platform_type};

        impl #net_error {
            #(#decoders)*

            /// Decodes an OS error number with the host's own table: errno on Linux
            /// (on architectures with the generic numbering), Winsock codes on Windows.
            ///
            /// Returns `None` for an unknown value, and on every other host, where the
            /// numbers could mean something else: it never returns a wrong code.
            #[must_use]
            pub fn from_raw_os_error(code: i32) -> Option<#net_error> {
                match #platform_type::host() {
                    #(#host_arms)*
                    None => None,
                }
            }

            /// Decodes an `io::Error`: its raw OS error through
            /// [`NetError::from_raw_os_error`], or a `NetError` it wraps (as made by
            /// `From<NetError> for io::Error` for a code the host has no number for).
            #[must_use]
            pub fn from_io_error(err: &std::io::Error) -> Option<#net_error> {
                match err.raw_os_error() {
                    Some(code) => Self::from_raw_os_error(code),
                    None => err.get_ref()?.downcast_ref::<#net_error>().copied(),
                }
            }

        }

        #parse_doc
        #from_str

        /// The code a string names, through a perfect hash of every accepted string.
        fn parse_key(s: &str) -> Option<#net_error> {
            #parse_body
        }

        #string_hash
    }
}

/// `from_errno`, `from_wsa`: a platform's value to its code, on any host.
fn decoder(catalogue: &Catalogue, platform: Platform) -> TokenStream {
    let facts = platform.facts();
    let net_error = ident(api::NET_ERROR);
    let table: Vec<(i32, &str)> = catalogue
        .decode_table(platform)
        .into_iter()
        .map(|(value, id)| (value, catalogue.codes[id].name.as_str()))
        .collect();
    let body = lookup::decode_body(&net_error, &table);
    let name = ident(facts.decoder);
    let docs = doc(&[
        format!(
            "Decodes a {}, on any host; `None` for a value no code has.",
            facts.value_noun
        ),
        String::new(),
        "Where codes share a value, it decodes to the one the spec names (the others are aliases). Never panics.".to_string(),
        String::new(),
        format!(
            "This reads the {} table whatever the host is; use [`NetError::from_raw_os_error`] for the host's own numbers.",
            facts.table_noun
        ),
    ]);
    quote! {
        #docs
        #[must_use]
        pub const fn #name(code: i32) -> Option<#net_error> {
            #body
        }
    }
}
