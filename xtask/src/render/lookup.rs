//! The emitted form of the lookups, chosen from the data: a dense table where
//! values are dense, a `match` where they are not; strings through a perfect
//! hash built for the spec's keys (`perfect_hash`), never scanned one by one.
//! The enum the lookups return is a parameter: nothing here names a type.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{ToTokens, quote};

use crate::render::perfect_hash::string_hash::key_words;
use crate::render::perfect_hash::{PerfectHash, covered_length};
use crate::render::tokens::ident;

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

/// The body of `const fn(code: i32) -> Option<Enum>` for `(value, variant)`
/// pairs sorted by value; `code` is the parameter's name.
pub fn decode_body(enum_name: &Ident, table: &[(i32, &str)]) -> TokenStream {
    let values: Vec<i32> = table.iter().map(|&(value, _)| value).collect();
    match decode_form(&values) {
        DecodeForm::Dense { base, len } => {
            let mut slots = vec![quote!(None); len];
            for &(value, variant) in table {
                let variant = ident(variant);
                let offset = usize::try_from(i64::from(value) - i64::from(base)).unwrap_or(0);
                slots[offset] = quote!(Some(#enum_name::#variant));
            }
            let base = Literal::i32_unsuffixed(base);
            let len = Literal::usize_unsuffixed(len);
            quote! {
                const TABLE: [Option<#enum_name>; #len] = [#(#slots),*];
                // Values below the base wrap to large offsets and fail the bounds check.
                let offset = code.wrapping_sub(#base) as u32 as usize;
                if offset < TABLE.len() { TABLE[offset] } else { None }
            }
        }
        DecodeForm::Match => {
            let arms = table.iter().map(|&(value, variant)| {
                let value = Literal::i32_unsuffixed(value);
                let variant = ident(variant);
                quote!(#value => Some(#enum_name::#variant),)
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

/// The body of `fn parse_key(s: &str) -> Option<Enum>` for `(key,
/// variant)` pairs with distinct keys: a perfect hash, then one slot whose
/// stored words are compared with the input's (and, for a key longer than
/// the words cover, its bytes), so a random mix of hits and misses costs
/// little more than either alone. Falls back to a `match` on the string if
/// no perfect hash is found. Says whether the body uses the hash, whose
/// run-time functions (`crate-source/string_hash.rs`) must then be in scope.
pub fn string_lookup(enum_name: &Ident, keys: &[(String, &str)]) -> (TokenStream, bool) {
    let bytes: Vec<&[u8]> = keys.iter().map(|(key, _)| key.as_bytes()).collect();
    let Some(table) = PerfectHash::build(&bytes) else {
        let arms = keys.iter().map(|(key, variant)| {
            let variant = ident(variant);
            quote!(#key => Some(#enum_name::#variant),)
        });
        return (quote!(match s { #(#arms)* _ => None }), false);
    };
    let covered_len = covered_length(table.skip);
    let entries = table.slots.iter().map(|slot| match slot {
        Some(index) => {
            let (key, variant) = &keys[*index];
            let words = key_words(key.as_bytes(), table.skip).map(Literal::u64_unsuffixed);
            let len = Literal::u32_unsuffixed(key.len() as u32);
            let variant = ident(variant);
            quote!(([#(#words),*], #len, Some(#enum_name::#variant)))
        }
        None => quote!(([0, 0, 0], 0, None)),
    });
    // The bytes of keys the words do not decide, by slot; only read for such keys.
    let long_keys: Vec<TokenStream> = table
        .slots
        .iter()
        .map(|slot| match slot {
            Some(index) if keys[*index].0.len() > covered_len => {
                Literal::byte_string(keys[*index].0.as_bytes()).into_token_stream()
            }
            _ => quote!(b""),
        })
        .collect();
    let covered = Literal::usize_unsuffixed(covered_len);
    let long_keys_doc =
        format!(" The keys longer than {covered_len} bytes, whose words do not decide them.");
    let slot_count = Literal::usize_unsuffixed(table.slots.len());
    let has_long_keys = keys.iter().any(|(key, _)| key.len() > covered_len);
    // Selects rather than branches where it can: a random mix of hits and misses
    // would mispredict a branch on the comparison half the time.
    let (long_keys_table, check) = if has_long_keys {
        (
            quote! {
                #[doc = #long_keys_doc]
                static LONG_KEYS: [&[u8]; #slot_count] = [#(#long_keys),*];
            },
            quote! {
                // The words and length decide a key of up to #covered bytes; a longer one is compared in full.
                let same = (words[0] == head) & (words[1] == middle) & (words[2] == tail) & (len as usize == bytes.len());
                let code = if same { code } else { None };
                if code.is_some() && bytes.len() > #covered && LONG_KEYS[slot] != bytes { None } else { code }
            },
        )
    } else {
        (
            quote!(),
            quote! {
                // Every key has at most #covered bytes, so its words and length decide it.
                let same = (words[0] == head) & (words[1] == middle) & (words[2] == tail) & (len as usize == bytes.len());
                if same { code } else { None }
            },
        )
    };
    let displacements = table
        .displacements
        .iter()
        .map(|&d| Literal::u16_unsuffixed(d));
    let seed = Literal::u64_unsuffixed(table.seed);
    let skip = Literal::usize_unsuffixed(table.skip);
    let bucket_count = Literal::usize_unsuffixed(table.displacements.len());
    let body = quote! {
        const SKIP: usize = #skip;
        const SEED: u64 = #seed;
        static DISPLACEMENTS: [u16; #bucket_count] = [#(#displacements),*];
        /// `(the key's words, its length, its code)` per slot: 32 bytes, so the
        /// table stays small enough to live in cache.
        static ENTRIES: [([u64; 3], u32, Option<#enum_name>); #slot_count] = [#(#entries),*];
        #long_keys_table
        let bytes = s.as_bytes();
        let [head, middle, tail] = key_words(bytes, SKIP);
        let hash = key_hash([head, middle, tail], bytes.len(), SEED);
        let slot = slot_index(hash, DISPLACEMENTS[bucket_index(hash, DISPLACEMENTS.len())], ENTRIES.len());
        let (words, len, code) = ENTRIES[slot];
        #check
    };
    (body, true)
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
    fn repeated_keys_fall_back_to_a_match() {
        let keys = vec![("SAME".to_string(), "A"), ("SAME".to_string(), "B")];
        let (body, hashed) = string_lookup(&ident("Code"), &keys);
        let body = body.to_string();
        assert!(!hashed && body.starts_with("match s"), "{body}");
        assert!(body.contains("Code :: A"), "{body}");
    }
}
