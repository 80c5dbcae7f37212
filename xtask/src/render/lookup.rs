//! The emitted form of the lookups, chosen from the data: a dense table where
//! values are dense, a `match` where they are not; strings dispatched by
//! length and then by a distinguishing byte, never scanned one by one.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// A table is used when it has at most this many slots per decoded value
/// (or is small anyway): one bounds check and one load beat any `match`.
const MAX_SLOTS_PER_VALUE: usize = 4;
const SMALL_TABLE: usize = 256;

/// How a value → code decoder is emitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeForm {
    /// `TABLE[value - base]`, `None` in the gaps.
    Dense {
        /// The smallest value, at offset 0.
        base: i32,
        /// Slots from the smallest value to the largest.
        len: usize,
    },
    /// A `match` on the value (rustc builds jump tables or binary searches).
    Match,
}

/// Chooses the form for sorted, distinct `values`.
pub fn decode_form(values: &[i32]) -> DecodeForm {
    match (values.first(), values.last()) {
        (Some(&first), Some(&last)) => {
            let span =
                usize::try_from(i64::from(last) - i64::from(first) + 1).unwrap_or(usize::MAX);
            if span <= SMALL_TABLE.max(values.len().saturating_mul(MAX_SLOTS_PER_VALUE)) {
                DecodeForm::Dense {
                    base: first,
                    len: span,
                }
            } else {
                DecodeForm::Match
            }
        }
        _ => DecodeForm::Match,
    }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The body of `const fn(code: i32) -> Option<NetError>` for `(value, variant)`
/// pairs sorted by value.
pub fn decode_body(table: &[(i32, &str)]) -> TokenStream {
    let values: Vec<i32> = table.iter().map(|&(value, _)| value).collect();
    match decode_form(&values) {
        DecodeForm::Dense { base, len } => {
            let mut slots = vec![quote!(None); len];
            for &(value, variant) in table {
                let variant = ident(variant);
                let offset = usize::try_from(i64::from(value) - i64::from(base)).unwrap_or(0);
                slots[offset] = quote!(Some(NetError::#variant));
            }
            let base = Literal::i32_unsuffixed(base);
            let len = Literal::usize_unsuffixed(len);
            quote! {
                const TABLE: [Option<NetError>; #len] = [#(#slots),*];
                // Values below the base wrap to large offsets and fail the bounds check.
                let offset = code.wrapping_sub(#base) as u32 as usize;
                if offset < TABLE.len() { TABLE[offset] } else { None }
            }
        }
        DecodeForm::Match => {
            let arms = table.iter().map(|&(value, variant)| {
                let value = Literal::i32_unsuffixed(value);
                let variant = ident(variant);
                quote!(#value => Some(NetError::#variant),)
            });
            quote! {
                match code {
                    #(#arms)*
                    _ => None,
                }
            }
        }
    }
}

/// Buckets this small end in plain comparisons.
const LEAF: usize = 2;

/// The body of `fn(s: &str) -> Option<T>` for `(key, value expression)`
/// pairs with distinct keys: a `match` on the length, then on the byte that
/// splits each bucket best, then one comparison per remaining key.
pub fn string_dispatch(keys: &[(String, TokenStream)]) -> TokenStream {
    let mut by_length: BTreeMap<usize, Vec<&(String, TokenStream)>> = BTreeMap::new();
    for key in keys {
        by_length.entry(key.0.len()).or_default().push(key);
    }
    let arms = by_length.into_iter().map(|(length, bucket)| {
        let length = Literal::usize_unsuffixed(length);
        let body = split(&bucket);
        quote!(#length => #body,)
    });
    quote! {
        let bytes = s.as_bytes();
        match bytes.len() {
            #(#arms)*
            _ => None,
        }
    }
}

/// Keys of one length: split on the byte with the most distinct values.
fn split(bucket: &[&(String, TokenStream)]) -> TokenStream {
    if bucket.len() <= LEAF {
        let tests = bucket.iter().map(|(key, value)| {
            let key = Literal::byte_string(key.as_bytes());
            quote!(if bytes == #key { return Some(#value); })
        });
        return quote!({ #(#tests)* None });
    }
    let length = bucket[0].0.len();
    let position = (0..length)
        .max_by_key(|&at| {
            let distinct: std::collections::BTreeSet<u8> =
                bucket.iter().map(|(key, _)| key.as_bytes()[at]).collect();
            // Most distinct bytes first; on ties, the earliest position.
            (distinct.len(), std::cmp::Reverse(at))
        })
        .unwrap_or(0);
    let mut by_byte: BTreeMap<u8, Vec<&(String, TokenStream)>> = BTreeMap::new();
    for key in bucket {
        by_byte
            .entry(key.0.as_bytes()[position])
            .or_default()
            .push(key);
    }
    if by_byte.len() == 1 {
        // Distinct keys of one length always differ somewhere; this cannot
        // split only if they are equal, which validation rules out. Compare.
        let tests = bucket.iter().map(|(key, value)| {
            let key = Literal::byte_string(key.as_bytes());
            quote!(if bytes == #key { return Some(#value); })
        });
        return quote!({ #(#tests)* None });
    }
    let arms = by_byte.into_iter().map(|(byte, keys)| {
        let byte = Literal::byte_character(byte);
        let body = split(&keys);
        quote!(#byte => #body,)
    });
    let position = Literal::usize_unsuffixed(position);
    quote! {
        match bytes[#position] {
            #(#arms)*
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_values_get_a_table_and_sparse_ones_a_match() {
        assert_eq!(
            decode_form(&[1, 2, 4, 11, 122]),
            DecodeForm::Dense { base: 1, len: 122 }
        );
        assert_eq!(
            decode_form(&[10004, 10035, 10106]),
            DecodeForm::Dense {
                base: 10004,
                len: 103
            }
        );
        assert_eq!(decode_form(&[1, 100_000]), DecodeForm::Match);
        assert_eq!(decode_form(&[]), DecodeForm::Match);
        assert_eq!(decode_form(&[i32::MIN, i32::MAX]), DecodeForm::Match);
        let many: Vec<i32> = (0..4000).map(|n| n * 3).collect();
        assert_eq!(
            decode_form(&many),
            DecodeForm::Dense {
                base: 0,
                len: 11998
            }
        );
    }

    #[test]
    fn strings_split_by_length_then_byte() {
        let keys: Vec<(String, TokenStream)> = ["EINTR", "EBADF", "EPIPE", "EIO", "WSAEINTR"]
            .iter()
            .map(|key| (key.to_string(), quote!(X)))
            .collect();
        let code = string_dispatch(&keys).to_string();
        assert!(code.contains("match bytes . len ()"), "{code}");
        assert!(
            code.contains("match bytes [1usize]") || code.contains("match bytes [1]"),
            "{code}"
        );
    }
}
