//! `src/operation.rs`: the `Operation` enum of the spec's vocabulary, its
//! names and `FromStr` (its `Display` is hand-written, `operation_traits.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::catalogue::Catalogue;
use crate::generated_names;
use crate::render::tokens::{doc, ident};

/// The tokens of `src/operation.rs`.
pub fn render(catalogue: &Catalogue) -> TokenStream {
    let operation = ident(generated_names::OPERATION);
    let net_error = ident(generated_names::NET_ERROR);
    let all_const = ident(generated_names::ALL);
    let variants = catalogue.operations.iter().map(|op| {
        let docs = doc(&[format!("The `{}` call.", op.name)]);
        let variant = ident(&op.variant);
        quote!(#docs #variant,)
    });
    let all = catalogue.operations.iter().map(|op| ident(&op.variant));
    let name_arms = catalogue.operations.iter().map(|op| {
        let variant = ident(&op.variant);
        let name = &op.name;
        quote!(Self::#variant => #name,)
    });
    let parse_arms = catalogue.operations.iter().map(|op| {
        let variant = ident(&op.variant);
        let name = &op.name;
        quote!(#name => Ok(Self::#variant),)
    });
    quote! {
        use std::str::FromStr;

        use crate::{#net_error, ParseError, ParseTarget};

        /// A socket operation that can report a [`NetError`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #operation {
            #(#variants)*
        }

        impl #operation {
            /// Every operation, in spec order.
            pub const #all_const: &'static [#operation] = &[#(Self::#all),*];

            /// The call's name, such as `accept`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #(#name_arms)* }
            }

            /// The codes this operation can report, in spec order.
            pub fn errors(self) -> impl Iterator<Item = #net_error> {
                #net_error::#all_const.iter().copied().filter(move |err| err.applies_to(self))
            }
        }

        /// Accepts the call's name, such as `accept`. Case-sensitive.
        impl FromStr for #operation {
            type Err = ParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    #(#parse_arms)*
                    _ => ParseError::err(ParseTarget::Operation, s),
                }
            }
        }
    }
}
