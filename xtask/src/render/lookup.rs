//! The emitted form of the lookups, chosen from the data: a dense table where
//! values are dense, a `match` where they are not; strings through a perfect
//! hash built for the spec's keys, never scanned one by one.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use crate::render::rust::ident;

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

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
const MIX_LEN: u64 = 0xC2B2_AE3D_27D4_EB4F;
const MIX_TAIL: u64 = 0x1656_67B1_9E37_79F9;

/// The three words of a key the hash reads: its first 8 bytes, 8 bytes from
/// `skip` (or from `len - 8`, if that is earlier) and its last 8 bytes, as
/// little-endian numbers; a key shorter than 8 bytes is read whole, with 0s.
/// No loop over a long key and few branches, so a random mix of keys stays
/// fast. The generated `key_words` is the same function.
pub fn key_words(bytes: &[u8], skip: usize) -> [u64; 3] {
    if bytes.len() >= 8 {
        let word = |chunk: Option<&[u8; 8]>| chunk.map_or(0, |chunk| u64::from_le_bytes(*chunk));
        let middle = skip.min(bytes.len() - 8);
        [
            word(bytes.first_chunk::<8>()),
            word(bytes[middle..].first_chunk::<8>()),
            word(bytes.last_chunk::<8>()),
        ]
    } else {
        let head = bytes
            .iter()
            .enumerate()
            .fold(0u64, |head, (at, &byte)| head | u64::from(byte) << (8 * at));
        [head, 0, 0]
    }
}

/// The key hash of a key's words and length.
pub fn key_hash([head, middle, tail]: [u64; 3], len: usize, seed: u64) -> u64 {
    let hash = (head ^ seed).wrapping_mul(MIX)
        ^ (middle ^ len as u64).wrapping_mul(MIX_LEN)
        ^ tail.wrapping_mul(MIX_TAIL);
    hash ^ (hash >> 29)
}

/// The first `skip` for which the length and the three words tell every key
/// apart: 8 if it works (then the words cover, and so decide, every key of up
/// to 24 bytes), else the smallest that does.
pub fn choose_skip(keys: &[&[u8]]) -> Option<usize> {
    let longest = keys.iter().map(|key| key.len()).max().unwrap_or(0);
    std::iter::once(8)
        .chain(0..=longest.saturating_sub(8))
        .find(|&skip| {
            let mut seen: Vec<(usize, [u64; 3])> = keys
                .iter()
                .map(|key| (key.len(), key_words(key, skip)))
                .collect();
            seen.sort_unstable();
            seen.windows(2).all(|pair| pair[0] != pair[1])
        })
}

/// The longest key whose length and words decide it, for a given `skip`: the
/// first and last 8 bytes cover 16; a middle word from 8 covers the rest of 24.
pub fn covered_length(skip: usize) -> usize {
    if skip == 8 { 24 } else { 16 }
}

/// Where a key with `hash` lands after its bucket's displacement.
pub fn spread(hash: u64, displacement: u64) -> u64 {
    let mixed = (hash ^ displacement).wrapping_mul(MIX);
    mixed ^ (mixed >> 32)
}

/// Seeds tried before giving up on a perfect hash (one is almost always enough).
const MAX_SEEDS: u64 = 1 << 12;

/// A perfect hash of a set of distinct keys: every key has a slot of its
/// own, found with one hash, one displacement and one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    /// Where the hash reads the middle word of a key (see [`key_words`]).
    pub skip: usize,
    /// Mixed into every hash; the first seed that works.
    pub seed: u64,
    /// The displacement of each bucket.
    pub displacements: Vec<u16>,
    /// The key index in each slot (a power of two of them), if any.
    pub slots: Vec<Option<usize>>,
}

impl PerfectHash {
    /// The bucket of a hash.
    pub fn bucket(&self, hash: u64) -> usize {
        (((hash >> 32) * self.displacements.len() as u64) >> 32) as usize
    }

    /// The slot of a key, as the generated code finds it.
    pub fn slot(&self, key: &[u8]) -> usize {
        let hash = key_hash(key_words(key, self.skip), key.len(), self.seed);
        let displacement = u64::from(self.displacements[self.bucket(hash)]);
        (spread(hash, displacement) as usize) & (self.slots.len() - 1)
    }

    /// Builds the hash for distinct `keys` ("hash and displace": the largest
    /// buckets are placed first, each with the first displacement that puts
    /// all its keys in free slots). Deterministic: seeds are tried in order.
    /// `None` if no head offset tells the keys apart (repeated keys) or no seed works.
    pub fn build(keys: &[&[u8]]) -> Option<PerfectHash> {
        let skip = choose_skip(keys)?;
        let slot_count = (keys.len() + keys.len() / 4).max(1).next_power_of_two();
        let bucket_count = keys.len().div_ceil(4).max(1);
        (0..MAX_SEEDS).find_map(|seed| Self::try_seed(keys, skip, seed, slot_count, bucket_count))
    }

    fn try_seed(
        keys: &[&[u8]],
        skip: usize,
        seed: u64,
        slot_count: usize,
        bucket_count: usize,
    ) -> Option<PerfectHash> {
        let mut table = PerfectHash {
            skip,
            seed,
            displacements: vec![0; bucket_count],
            slots: vec![None; slot_count],
        };
        let hashes: Vec<u64> = keys
            .iter()
            .map(|key| key_hash(key_words(key, skip), key.len(), seed))
            .collect();
        // Two keys with one hash can never be told apart: try the next seed.
        let mut distinct = hashes.clone();
        distinct.sort_unstable();
        if distinct.windows(2).any(|pair| pair[0] == pair[1]) {
            return None;
        }
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (index, &hash) in hashes.iter().enumerate() {
            buckets[table.bucket(hash)].push(index);
        }
        let mut order: Vec<usize> = (0..bucket_count)
            .filter(|&b| !buckets[b].is_empty())
            .collect();
        order.sort_by_key(|&bucket| (std::cmp::Reverse(buckets[bucket].len()), bucket));
        let slot_of = |index: usize, displacement: u16| {
            (spread(hashes[index], u64::from(displacement)) as usize) & (slot_count - 1)
        };
        for bucket in order {
            let members = &buckets[bucket];
            let displacement = (0..=u16::MAX).find(|&displacement| {
                let mut slots: Vec<usize> = members
                    .iter()
                    .map(|&index| slot_of(index, displacement))
                    .collect();
                let free = slots.iter().all(|&slot| table.slots[slot].is_none());
                slots.sort_unstable();
                slots.dedup();
                free && slots.len() == members.len()
            })?;
            table.displacements[bucket] = displacement;
            for &index in members {
                table.slots[slot_of(index, displacement)] = Some(index);
            }
        }
        Some(table)
    }
}

/// The body of `fn parse_key(s: &str) -> Option<NetError>` for `(key,
/// variant)` pairs with distinct keys: a perfect hash, then one slot whose
/// stored words are compared with the input's (and, for a key longer than
/// the words cover, its bytes), so a random mix of hits and misses costs
/// little more than either alone. Falls back to a `match` on the string if
/// no perfect hash is found.
pub fn string_lookup(keys: &[(String, &str)]) -> TokenStream {
    let bytes: Vec<&[u8]> = keys.iter().map(|(key, _)| key.as_bytes()).collect();
    let Some(table) = PerfectHash::build(&bytes) else {
        let arms = keys.iter().map(|(key, variant)| {
            let variant = ident(variant);
            quote!(#key => Some(NetError::#variant),)
        });
        return quote!(match s { #(#arms)* _ => None });
    };
    let covered_len = covered_length(table.skip);
    let entries = table.slots.iter().map(|slot| match slot {
        Some(index) => {
            let (key, variant) = &keys[*index];
            let words = key_words(key.as_bytes(), table.skip).map(Literal::u64_unsuffixed);
            let len = Literal::u32_unsuffixed(key.len() as u32);
            let variant = ident(variant);
            quote!(([#(#words),*], #len, Some(NetError::#variant)))
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
    let slot_count = Literal::usize_unsuffixed(table.slots.len());
    let has_long_keys = keys.iter().any(|(key, _)| key.len() > covered_len);
    // Selects rather than branches where it can: a random mix of hits and misses
    // would mispredict a branch on the comparison half the time.
    let (long_keys_table, check) = if has_long_keys {
        (
            quote! {
                /// The keys longer than #covered bytes, whose words do not decide them.
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
    let mix_len = Literal::u64_unsuffixed(MIX_LEN);
    let mix_tail = Literal::u64_unsuffixed(MIX_TAIL);
    let buckets = Literal::u64_unsuffixed(table.displacements.len() as u64);
    let bucket_count = Literal::usize_unsuffixed(table.displacements.len());
    let mix = Literal::u64_unsuffixed(MIX);
    quote! {
        const SEED: u64 = #seed;
        const BUCKETS: u64 = #buckets;
        static DISPLACEMENTS: [u16; #bucket_count] = [#(#displacements),*];
        /// `(the key's words, its length, its code)` per slot: 32 bytes, so the
        /// table stays small enough to live in cache.
        static ENTRIES: [([u64; 3], u32, Option<NetError>); #slot_count] = [#(#entries),*];
        #long_keys_table
        let bytes = s.as_bytes();
        let [head, middle, tail] = key_words(bytes, #skip);
        let hash = (head ^ SEED).wrapping_mul(#mix)
            ^ (middle ^ bytes.len() as u64).wrapping_mul(#mix_len)
            ^ tail.wrapping_mul(#mix_tail);
        let hash = hash ^ (hash >> 29);
        let bucket = (((hash >> 32) * BUCKETS) >> 32) as usize;
        let spread = (hash ^ DISPLACEMENTS[bucket] as u64).wrapping_mul(#mix);
        let slot = ((spread ^ (spread >> 32)) as usize) & (ENTRIES.len() - 1);
        let (words, len, code) = ENTRIES[slot];
        #check
    }
}

/// The generated twin of [`key_words`].
pub fn key_words_fn() -> TokenStream {
    quote! {
        /// The three words of a key the hash reads: its first 8 bytes, 8 bytes from
        /// `skip` (or from `len - 8`, if earlier) and its last 8; a short key whole.
        #[inline]
        fn key_words(bytes: &[u8], skip: usize) -> [u64; 3] {
            if bytes.len() >= 8 {
                let word = |chunk: Option<&[u8; 8]>| chunk.map_or(0, |chunk| u64::from_le_bytes(*chunk));
                let middle = if skip < bytes.len() - 8 { skip } else { bytes.len() - 8 };
                [word(bytes.first_chunk::<8>()), word(bytes[middle..].first_chunk::<8>()), word(bytes.last_chunk::<8>())]
            } else {
                let mut head = 0u64;
                let mut at = 0;
                while at < bytes.len() {
                    head |= (bytes[at] as u64) << (8 * at);
                    at += 1;
                }
                [head, 0, 0]
            }
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
    fn every_key_gets_a_slot_of_its_own() {
        let owned: Vec<String> = (0..3000)
            .map(|n| format!("KEY_{n}_{}", n * 7919 % 1000))
            .collect();
        let mut keys: Vec<&[u8]> = owned.iter().map(|k| k.as_bytes()).collect();
        // Same length, same first and last 8 bytes: only the middle differs.
        keys.extend([
            &b""[..],
            b"E",
            b"EIO",
            b"WMKC_NET_ERR_EPROTONOSUPPORT",
            b"WMKC_NET_ERR_ESOCKTNOSUPPORT",
        ]);
        let table = PerfectHash::build(&keys).expect("distinct keys hash perfectly");
        assert!(table.slots.len().is_power_of_two() && table.slots.len() >= keys.len());
        for (index, key) in keys.iter().enumerate() {
            assert_eq!(
                table.slots[table.slot(key)],
                Some(index),
                "{:?}",
                String::from_utf8_lossy(key)
            );
        }
        assert_eq!(PerfectHash::build(&keys), Some(table), "deterministic");
    }

    #[test]
    fn words_from_8_decide_keys_up_to_24_bytes() {
        for len in 0..=24 {
            let key: Vec<u8> = (0..len).map(|n| b'A' + n as u8).collect();
            for at in 0..len {
                let mut other = key.clone();
                other[at] = b'z';
                assert_ne!(
                    key_words(&key, 8),
                    key_words(&other, 8),
                    "len {len}, byte {at}"
                );
            }
        }
        assert_eq!(covered_length(8), 24);
        assert_eq!(covered_length(3), 16);
    }

    #[test]
    fn repeated_keys_fall_back_to_a_match() {
        assert_eq!(PerfectHash::build(&[b"SAME", b"SAME"]), None);
        let keys = vec![("SAME".to_string(), "A"), ("SAME".to_string(), "B")];
        assert!(string_lookup(&keys).to_string().starts_with("match s"));
    }
}
