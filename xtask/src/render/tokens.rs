//! Small token builders shared by the Rust renderers.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::catalogue::{Catalogue, Code};

/// An identifier from a name the check has already verified.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `#[doc = "…"]` attributes, one per line.
pub fn doc(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

/// `Some(value)` or `None`.
pub fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

/// The body of an accessor: a table indexed by the variant's discriminant
/// (variants are numbered in spec order from 0), one entry per code.
pub fn per_code_table(
    catalogue: &Catalogue,
    ty: TokenStream,
    value: impl Fn(&Code) -> TokenStream,
) -> TokenStream {
    let values = catalogue.codes.iter().map(value);
    let len = Literal::usize_unsuffixed(catalogue.codes.len());
    quote! {
        const TABLE: [#ty; #len] = [#(#values),*];
        TABLE[self as usize]
    }
}

/// `Self::A | Self::B => value,` arms: codes with the same value share an arm,
/// in order of first appearance.
pub fn grouped_arms(
    catalogue: &Catalogue,
    value: impl Fn(&Code) -> TokenStream,
) -> Vec<TokenStream> {
    let mut groups: Vec<(String, TokenStream, Vec<Ident>)> = Vec::new();
    for code in &catalogue.codes {
        let value = value(code);
        let key = value.to_string();
        let variant = ident(&code.name);
        match groups.iter_mut().find(|(existing, _, _)| *existing == key) {
            Some((_, _, variants)) => variants.push(variant),
            None => groups.push((key, value, vec![variant])),
        }
    }
    groups
        .into_iter()
        .map(|(_, value, variants)| quote!(#(Self::#variants)|* => #value,))
        .collect()
}
