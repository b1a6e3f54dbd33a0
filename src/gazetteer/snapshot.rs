//! The default gazetteer's matcher, built ahead of time.
//!
//! Building the matcher means normalizing some 12,700 surface forms and laying out a trie of about
//! 95,000 nodes: about 13 ms. For the embedded default, whose data only changes with the crate,
//! that work is done once, by the crate's own code, and stored in
//! `data/gazetteer/default.snapshot`; loading it takes about a millisecond. Files of users'
//! own go through the full build as before.
//!
//! The snapshot carries a hash of the default data files it was built from, and is used only when
//! the hash matches (else the matcher is built). A unit test rebuilds the matcher from the data
//! files and fails when the stored snapshot differs: after changing the data, the normalizer or the
//! matcher, regenerate it with
//!
//! ```text
//! AKHBAR_BLESS_SNAPSHOT=1 cargo test --lib snapshot
//! ```
//!
//! The format is private to the crate: a magic tag, a format version, the source hash, then the
//! matcher's arrays as LEB128 varints and raw bytes. A snapshot that does not decode is ignored.

use crate::hash::WordHasher;
use std::hash::Hasher;

/// The stored snapshot (empty until generated).
pub(crate) const DEFAULT_SNAPSHOT: &[u8] = include_bytes!("../../data/gazetteer/default.snapshot");

const MAGIC: &[u8; 8] = b"AKHBARGZ";
/// Bump when the layout of the matcher or of this format changes.
const FORMAT: u64 = 2;

/// A hash of the default data files (names and contents), which the snapshot must match.
pub(crate) fn source_hash(files: &[(&str, &str)]) -> u64 {
    let mut h = WordHasher::default();
    for (name, text) in files {
        h.write(name.as_bytes());
        h.write(&(text.len() as u64).to_le_bytes());
        h.write(text.as_bytes());
    }
    h.finish()
}

/// Appends values to a snapshot (only the tests write one).
#[cfg(test)]
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
}

#[cfg(test)]
impl Writer {
    /// Starts a snapshot of data with the given source hash.
    pub(crate) fn new(source: u64) -> Writer {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.varint(FORMAT);
        w.u64(source);
        w
    }

    /// An unsigned number in LEB128.
    pub(crate) fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7F) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    /// A `u32` that may be `u32::MAX` (the "none" of the matcher's arrays), stored as `v + 1`.
    pub(crate) fn opt_u32(&mut self, v: u32) {
        self.varint((v as u64 + 1) & 0xFFFF_FFFF);
    }

    pub(crate) fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// Bytes, with their length first.
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.bytes.extend_from_slice(b);
    }
}

/// Reads values back; every read returns `None` past the end or on a malformed value.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Opens a snapshot: `None` unless the tag, the format and the source hash match.
    pub(crate) fn open(bytes: &'a [u8], source: u64) -> Option<Reader<'a>> {
        let mut r = Reader {
            bytes: bytes.strip_prefix(MAGIC.as_slice())?,
            at: 0,
        };
        (r.varint()? == FORMAT && r.u64()? == source).then_some(r)
    }

    #[inline]
    pub(crate) fn varint(&mut self) -> Option<u64> {
        // Most values are small: one byte.
        let &first = self.bytes.get(self.at)?;
        if first < 0x80 {
            self.at += 1;
            return Some(first as u64);
        }
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            v |= ((byte & 0x7F) as u64) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// A number that must fit in `u32`.
    #[inline]
    pub(crate) fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    /// A count of items, each at least one byte long: bounded by what is left to read.
    pub(crate) fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    /// See `Writer::opt_u32`.
    #[inline]
    pub(crate) fn opt_u32(&mut self) -> Option<u32> {
        Some(u32::try_from(self.varint()?).ok()?.wrapping_sub(1))
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        let b = self.bytes.get(self.at..self.at + 8)?;
        self.at += 8;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }

    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        let b = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(b)
    }

    /// Whether everything was read.
    pub(crate) fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Matcher, DEFAULT_FILES};

    /// The default gazetteer with its matcher built from the data files.
    fn built() -> Gazetteer {
        let mut b = Gazetteer::builder().add_defaults();
        b.skip_snapshot = true;
        b.build().expect("the default data is valid")
    }

    fn snapshot_of(g: &Gazetteer) -> Vec<u8> {
        let mut w = Writer::new(source_hash(DEFAULT_FILES));
        g.inner.matcher.write_snapshot(&mut w);
        w.bytes
    }

    #[test]
    fn stored_snapshot_is_current() {
        let bytes = snapshot_of(&built());
        if std::env::var_os("AKHBAR_BLESS_SNAPSHOT").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/gazetteer/default.snapshot"
            );
            std::fs::write(path, &bytes).expect("write the snapshot");
            return;
        }
        assert!(
            DEFAULT_SNAPSHOT == bytes.as_slice(),
            "data/gazetteer/default.snapshot is stale: regenerate it with \
             AKHBAR_BLESS_SNAPSHOT=1 cargo test --lib snapshot"
        );
    }

    #[test]
    fn the_default_loads_the_same_matcher_it_would_build() {
        let g = built();
        let bytes = snapshot_of(&g);
        let mut r = Reader::open(&bytes, source_hash(DEFAULT_FILES)).expect("opens");
        let read = Matcher::read_snapshot(&g.inner.entities, &mut r).expect("reads");
        assert!(read == g.inner.matcher);
        // And the default gazetteer (from the stored snapshot) matches like the built one.
        let text = "قال وزير الخارجية الأميركي أنتوني بلينكن في واشنطن إن بلينكن والصفدي بحثا الوضع";
        assert_eq!(Gazetteer::default_ref().find(text), g.find(text));
    }

    #[test]
    fn a_snapshot_of_other_data_or_damaged_is_refused_without_panic() {
        let g = built();
        let bytes = snapshot_of(&g);
        let source = source_hash(DEFAULT_FILES);
        assert!(Reader::open(&bytes, source ^ 1).is_none());
        assert!(Reader::open(&bytes[..7], source).is_none());
        let text = "وقال بلينكن إن الاتحاد الأوروبي وللاتحاد الإفريقي دورا في مالي";
        let try_read = |b: &[u8]| {
            let mut r = Reader::open(b, source)?;
            Matcher::read_snapshot(&g.inner.entities, &mut r)
        };
        // Cut short anywhere: refused.
        for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
            assert!(try_read(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        // A byte changed: refused, or read into a matcher that still never indexes out of bounds.
        let mut damaged = bytes.clone();
        for at in (17..bytes.len()).step_by(bytes.len() / 211 + 1) {
            damaged[at] ^= 0x5A;
            if let Some(m) = try_read(&damaged) {
                let norm = crate::Normalizer::matching().normalize(text);
                let _ = m.find(&g.inner.entities, &norm);
            }
            damaged[at] = bytes[at];
        }
    }
}
