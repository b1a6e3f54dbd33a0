//! A small, fast hasher for the crate's internal string tables (word lexicons), where SipHash's
//! protection against adversarial keys is not needed: the keys are the crate's own word lists.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate over 8-byte words (the tail read as one more word): a few instructions per
/// short Arabic word.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Whole 8-byte words, then the tail as one more word read overlapping the last: no loop
        // of dependent multiplications over the tail bytes. The length goes in first, so that the
        // overlapping reads of words of different lengths do not collide.
        let n = bytes.len();
        let mut h = (self.0 ^ 0xcbf2_9ce4_8422_2325 ^ n as u64).wrapping_mul(PRIME);
        if n >= 8 {
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                h = mix(
                    h,
                    u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
                );
            }
            if !chunks.remainder().is_empty() {
                let c = &bytes[n - 8..];
                h = mix(
                    h,
                    u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
                );
            }
        } else if n >= 4 {
            let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64;
            let c = &bytes[n - 4..];
            let hi = u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as u64;
            h = mix(h, lo | hi << 32);
        } else if n > 0 {
            let w = bytes[0] as u64 | (bytes[n / 2] as u64) << 8 | (bytes[n - 1] as u64) << 16;
            h = mix(h, w);
        }
        self.0 = h;
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Final avalanche so that the low bits the table uses depend on every byte.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

const PRIME: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline(always)]
fn mix(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(PRIME).rotate_left(23)
}

/// A `HashMap` with [`WordHasher`].
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;
