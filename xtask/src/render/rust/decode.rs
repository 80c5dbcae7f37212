//! `src/decode.rs`: the data of every way in to a `NetError` (numbers,
//! `io::Error`, strings), in a file of its own so that it renders in parallel
//! with `net_error.rs`. Strings are looked up by `parse_key` through the
//! perfect hash, whose run-time half is the hand-written `string_hash.rs`;
//! `FromStr` itself is hand-written too (`net_error_traits.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::catalogue::{Catalogue, Platform};
use crate::generated_names;
use crate::render::lookup;
use crate::render::tokens::{doc, ident};

/// The tokens of `src/decode.rs`.
pub fn render(catalogue: &Catalogue) -> TokenStream {
    let net_error = ident(generated_names::NET_ERROR);
    let platform_type = ident(generated_names::PLATFORM);
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
    // The hash's run-time half, a hand-written module of the crate.
    let string_hash = hashed.then(|| {
        quote!(
            use crate::string_hash::{bucket_index, key_hash, key_words, slot_index};
        )
    });
    let decoders = Platform::ALL.map(|platform| decoder(catalogue, platform));
    let host_arms = Platform::ALL.map(|platform| {
        let variant = ident(platform.name());
        let decoder = ident(platform.facts().decoder);
        quote!(Some(#platform_type::#variant) => Self::#decoder(code),)
    });

    quote! {
        use crate::{#net_error, #platform_type};
        #string_hash

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

        /// The code a string names, through a perfect hash of every accepted
        /// string (`FromStr` for `NetError`).
        pub(crate) fn parse_key(s: &str) -> Option<#net_error> {
            #parse_body
        }
    }
}

/// `from_errno`, `from_wsa`: a platform's value to its code, on any host.
fn decoder(catalogue: &Catalogue, platform: Platform) -> TokenStream {
    let facts = platform.facts();
    let net_error = ident(generated_names::NET_ERROR);
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
