// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

//! The run-time half of the string perfect hash: how a key is read and where
//! it lands. The generated `decode.rs` looks strings up with these functions,
//! and the generator builds its tables with this very file (a module of its
//! `render::perfect_hash`), so the two cannot disagree.

/// Multipliers of the hash: odd 64-bit constants with well-mixed bits.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
const MIX_LEN: u64 = 0xC2B2_AE3D_27D4_EB4F;
const MIX_TAIL: u64 = 0x1656_67B1_9E37_79F9;

/// The three words of a key the hash reads: its first 8 bytes, 8 bytes from
/// `skip` (or from `len - 8`, if earlier) and its last 8; a short key whole.
#[inline]
pub(crate) fn key_words(bytes: &[u8], skip: usize) -> [u64; 3] {
    if bytes.len() >= 8 {
        let word = |chunk: Option<&[u8; 8]>| chunk.map_or(0, |chunk| u64::from_le_bytes(*chunk));
        let middle = if skip < bytes.len() - 8 {
            skip
        } else {
            bytes.len() - 8
        };
        [
            word(bytes.first_chunk::<8>()),
            word(bytes[middle..].first_chunk::<8>()),
            word(bytes.last_chunk::<8>()),
        ]
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

/// The hash of a key's words and length under `seed`.
#[inline]
pub(crate) fn key_hash([head, middle, tail]: [u64; 3], len: usize, seed: u64) -> u64 {
    let hash = (head ^ seed).wrapping_mul(MIX)
        ^ (middle ^ len as u64).wrapping_mul(MIX_LEN)
        ^ tail.wrapping_mul(MIX_TAIL);
    hash ^ (hash >> 29)
}

/// The bucket of a hash, among `buckets` (fewer than 2^32).
#[inline]
pub(crate) fn bucket_index(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot a hash lands in after its bucket's displacement, among `slots`
/// (a power of two).
#[inline]
pub(crate) fn slot_index(hash: u64, displacement: u16, slots: usize) -> usize {
    let mixed = (hash ^ displacement as u64).wrapping_mul(MIX);
    ((mixed ^ (mixed >> 32)) as usize) & (slots - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_words_read_head_middle_and_tail() {
        assert_eq!(key_words(b"", 8), [0, 0, 0]);
        assert_eq!(
            key_words(b"AB", 8),
            [u64::from(b'A') | u64::from(b'B') << 8, 0, 0]
        );
        let key = b"0123456789abcdefghijXYZ";
        let word = |at: usize| u64::from_le_bytes(key[at..at + 8].try_into().expect("8 bytes"));
        assert_eq!(key_words(key, 8), [word(0), word(8), word(15)]);
        // A skip past the end reads the last 8 bytes as the middle word too.
        assert_eq!(key_words(key, 100), [word(0), word(15), word(15)]);
    }

    #[test]
    fn hashes_spread_over_buckets_and_slots_in_range() {
        for n in 0..1000u64 {
            let key = format!("KEY_{n}");
            let hash = key_hash(key_words(key.as_bytes(), 8), key.len(), n);
            assert!(bucket_index(hash, 7) < 7);
            assert!(slot_index(hash, n as u16, 64) < 64);
        }
        let a = key_hash(key_words(b"ECONNRESET", 8), 10, 0);
        let b = key_hash(key_words(b"ECONNRESET", 8), 10, 1);
        assert_ne!(a, b, "the seed changes the hash");
    }
}
