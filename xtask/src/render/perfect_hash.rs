//! Builds a perfect hash for the strings `FromStr` accepts ("hash and
//! displace"). Construction only: how a key is read and hashed is
//! `string_hash`, and `lookup` emits the tables.

// The generated crate's own hand-written module, compiled here as it stands
// (it uses nothing but core), so that the tables are built with the very
// functions that read them.
#[path = "../../crate-source/string_hash.rs"]
pub(crate) mod string_hash;

use string_hash::{bucket_index, key_hash, key_words, slot_index};

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

/// Seeds tried before giving up on a perfect hash (one is almost always enough).
const MAX_SEEDS: u64 = 1 << 12;

/// A perfect hash of a set of distinct keys: every key has a slot of its
/// own, found with one hash, one displacement and one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    /// Where the hash reads the middle word of a key (see `string_hash::key_words`).
    pub skip: usize,
    /// Mixed into every hash; the first seed that works.
    pub seed: u64,
    /// The displacement of each bucket.
    pub displacements: Vec<u16>,
    /// The key index in each slot (a power of two of them), if any.
    pub slots: Vec<Option<usize>>,
}

impl PerfectHash {
    /// The slot of a key, found as the generated code finds it.
    pub fn slot(&self, key: &[u8]) -> usize {
        let hash = key_hash(key_words(key, self.skip), key.len(), self.seed);
        let displacement = self.displacements[bucket_index(hash, self.displacements.len())];
        slot_index(hash, displacement, self.slots.len())
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
            buckets[bucket_index(hash, bucket_count)].push(index);
        }
        let mut order: Vec<usize> = (0..bucket_count)
            .filter(|&b| !buckets[b].is_empty())
            .collect();
        order.sort_by_key(|&bucket| (std::cmp::Reverse(buckets[bucket].len()), bucket));
        let slot_of =
            |index: usize, displacement: u16| slot_index(hashes[index], displacement, slot_count);
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn repeated_keys_have_no_perfect_hash() {
        assert_eq!(PerfectHash::build(&[b"SAME", b"SAME"]), None);
    }
}
