//! A character trie of the gazetteer's normalized surface forms, walked from the few offsets where a
//! name may start (word starts and the ends of proclitic chains).
//!
//! This is the goto function of an Aho–Corasick automaton without failure links: names never start
//! mid-word, so the search never needs to fall back, and each walk stops at the first character no
//! form continues with (usually after two or three characters). See `DESIGN.md` for the
//! measurements that chose it over `aho_corasick`'s anchored and overlapping searches.

use super::snapshot::Reader;
#[cfg(test)]
use super::snapshot::Writer;
use crate::hash::WordHasher;
use crate::script::is_word_char;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hasher;

const NONE: u32 = u32::MAX;

/// One trie node: its dense row in `dense` (or NONE), else its edges `first..first + count` in
/// `edges`; and the form ending there (or NONE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Node {
    row: u32,
    first: u32,
    count: u32,
    end: u32,
}

/// Depth down to which nodes are numbered breadth-first (see [`Trie::new`]).
const BFS_DEPTH: u8 = 3;

/// Nodes with more children than this get a dense transition row.
const DENSE_FROM: usize = 6;

/// The trie. Latin letters are folded to lower case, so Latin forms match case-insensitively.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Trie {
    /// Class of each char outside ASCII and U+0600..U+06FF that occurs in some form; chars of no
    /// class end every walk.
    classes: HashMap<char, u16>,
    /// Class of the ASCII chars (0 = none), to skip the hash map on the common Latin path.
    ascii: [u16; 128],
    /// Class of U+0600..U+06FF chars (0 = none).
    arabic: [u16; 256],
    /// Dense transition rows (indexed by class) of the root and of nodes with many children.
    dense: Vec<u32>,
    /// Per node, in one record so that a step touches one cache line: see [`Node`].
    nodes: Vec<Node>,
    /// Edges sorted by class within each node: (class, child).
    edges: Vec<(u16, u32)>,
    /// A Bloom filter (two bits per key) of the forms' first words, ASCII folded to lower case:
    /// most words of a text start no form, and this rejects them without walking the trie.
    first_words: Vec<u64>,
    /// A Bloom filter of the forms' first two words (hashes combined by [`pair_hash`]): a walk
    /// past the first word is worth it only when the text's next word may continue a form.
    pairs: Vec<u64>,
    /// Open-addressing table from each first word (folded as above) to the node after it.
    word_slots: Vec<WordSlot>,
    /// The first words' bytes, which [`WordSlot`]s point into.
    word_bytes: Vec<u8>,
}

/// A slot of [`Trie::word_slots`]; `node == NONE` marks an empty one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WordSlot {
    hash: u64,
    node: u32,
    at: u32,
    len: u16,
    /// Some form goes on after this first word with no second word (`Yahoo!`): always walk on.
    always: bool,
    /// The form that is this first word alone, if any (kept here so that a word that goes on
    /// to no longer form needs no read of the node, usually a cache miss).
    end: u32,
}

const EMPTY_SLOT: WordSlot = WordSlot {
    hash: 0,
    node: NONE,
    at: 0,
    len: 0,
    always: false,
    end: NONE,
};

/// A form's first word as found in a text: the trie node after it, and whether a form may go on
/// past it whatever the next word is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FirstWord {
    pub(crate) node: u32,
    pub(crate) always: bool,
    /// The form that is the first word alone, if any.
    pub(crate) form: Option<usize>,
}

/// The hash of two consecutive words' hashes.
#[inline(always)]
fn pair_hash(first: u64, second: u64) -> u64 {
    let h = (first.rotate_left(29) ^ second).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// Sets the two filter bits of `h` in `filter`.
fn filter_insert(filter: &mut [u64], h: u64) {
    let (w, bits) = filter_bits(h);
    filter[w] |= bits;
}

/// Whether both filter bits of `h` are set in `filter`: one word read.
#[inline(always)]
fn filter_has(filter: &[u64], h: u64) -> bool {
    let (w, bits) = filter_bits(h);
    filter[w] & bits == bits
}

/// Bits in [`Trie::first_words`]: 2^17 (16 KiB, within L1), about 1% false positives for the
/// default gazetteer's first words.
const FILTER_BITS: u32 = 17;

/// The hash of a word (ASCII letters in lower case), as [`Trie::first_word`] and
/// [`Trie::may_continue`] take it.
#[inline(always)]
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(word);
    h.finish()
}

/// The filter word of a word hash, and its two bits in that word (a blocked Bloom filter: both
/// bits in one word, so that a test reads memory once).
#[inline(always)]
fn filter_bits(h: u64) -> (usize, u64) {
    let words = (1u64 << (FILTER_BITS - 6)) - 1;
    (
        (h & words) as usize,
        (1u64 << ((h >> 32) & 63)) | (1u64 << ((h >> 40) & 63)),
    )
}

impl Trie {
    /// Builds the trie of `forms`; form `i` reports id `i`.
    pub(crate) fn new(forms: &[String]) -> Trie {
        // Latin letters fold to lower case; most forms have none in upper case and stay borrowed.
        let folded: Vec<Cow<'_, str>> = forms
            .iter()
            .map(|f| {
                if f.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(f.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(f.as_str())
                }
            })
            .collect();
        // Classes numbered in code point order, so that the order of class sequences is the byte
        // order of the folded forms (UTF-8 sorts as code points do): the forms sort as plain
        // strings. ASCII and Arabic chars are looked up in arrays, the rare others in a map.
        let mut ascii_seen = [false; 128];
        let mut arabic_seen = [false; 256];
        let mut others: Vec<char> = Vec::new();
        for f in &folded {
            for c in f.chars() {
                match c as u32 {
                    cp @ 0..=127 => ascii_seen[cp as usize] = true,
                    cp @ 0x0600..=0x06FF => arabic_seen[(cp - 0x0600) as usize] = true,
                    _ => others.push(c),
                }
            }
        }
        others.sort_unstable();
        others.dedup();
        let split = others.partition_point(|&c| (c as u32) < 0x0600);
        let mut classes: HashMap<char, u16> = HashMap::with_capacity(others.len());
        let mut ascii = [0u16; 128];
        let mut arabic = [0u16; 256];
        let mut next = 0u16;
        let mut number = |slot: &mut u16| {
            next += 1;
            *slot = next;
        };
        for (cp, _) in ascii_seen.iter().enumerate().filter(|(_, &s)| s) {
            number(&mut ascii[cp]);
        }
        for &c in &others[..split] {
            number(classes.entry(c).or_insert(0));
        }
        for (k, _) in arabic_seen.iter().enumerate().filter(|(_, &s)| s) {
            number(&mut arabic[k]);
        }
        for &c in &others[split..] {
            number(classes.entry(c).or_insert(0));
        }
        for c in b'a'..=b'z' {
            ascii[c.to_ascii_uppercase() as usize] = ascii[c as usize];
        }
        let class_of = |c: char| match c as u32 {
            cp @ 0..=127 => ascii[cp as usize],
            cp @ 0x0600..=0x06FF => arabic[(cp - 0x0600) as usize],
            _ => classes[&c.to_ascii_lowercase()],
        };
        // Insert the forms in order, so that every node's children are created in class order and
        // the trie is built in flat arrays: node k > 0 hangs from `up[k - 1]` = (parent, class).
        let mut sorted: Vec<usize> = (0..forms.len()).collect();
        sorted.sort_unstable_by(|&x, &y| folded[x].cmp(&folded[y]).then(x.cmp(&y)));
        let mut up: Vec<(u32, u16)> = Vec::new();
        let mut ends: Vec<u32> = vec![NONE];
        let mut path: Vec<u32> = vec![0];
        let mut prev: &str = "";
        let mut first_node = vec![NONE; forms.len()];
        for &id in &sorted {
            let key: &str = &folded[id];
            let mut common = prev
                .bytes()
                .zip(key.bytes())
                .take_while(|(p, k)| p == k)
                .count();
            while !key.is_char_boundary(common) {
                common -= 1;
            }
            path.truncate(key[..common].chars().count() + 1);
            for c in key[common..].chars() {
                let child = ends.len() as u32;
                ends.push(NONE);
                up.push((*path.last().expect("root"), class_of(c)));
                path.push(child);
            }
            // The node after the form's first word, for the first-word table below.
            let first_len = key.chars().take_while(|&c| is_word_char(c)).count();
            first_node[id] = path[first_len];
            // Forms that fold to the same classes (NATO, Nato): the first one wins.
            let node = *path.last().expect("root") as usize;
            if ends[node] == NONE {
                ends[node] = id as u32;
            }
            prev = key;
        }
        // Children of each node, contiguous and in class order (CSR).
        let count = ends.len();
        let mut first = vec![0u32; count + 1];
        for &(parent, _) in &up {
            first[parent as usize + 1] += 1;
        }
        for k in 0..count {
            first[k + 1] += first[k];
        }
        let mut fill = first.clone();
        let mut kids: Vec<(u16, u32)> = vec![(0, 0); up.len()];
        for (k, &(parent, class)) in up.iter().enumerate() {
            let at = &mut fill[parent as usize];
            kids[*at as usize] = (class, k as u32 + 1);
            *at += 1;
        }
        // Renumber nodes: breadth-first down to depth `BFS_DEPTH`, so that the shallow nodes every
        // walk from a word start visits sit together in memory (most walks end within three
        // characters); below it depth-first, so that a walk on past a form's first word (the
        // rest of الولايات المتحدة) reads consecutive records instead of one far-apart record per
        // character.
        let mut order: Vec<u32> = Vec::with_capacity(count);
        let mut depth: Vec<u8> = vec![0; count];
        order.push(0);
        let mut k = 0;
        let mut deep: Vec<u32> = Vec::new();
        while k < order.len() {
            let node = order[k] as usize;
            for &(_, c) in &kids[first[node] as usize..first[node + 1] as usize] {
                depth[c as usize] = depth[node] + 1;
                if depth[c as usize] <= BFS_DEPTH {
                    order.push(c);
                } else {
                    deep.push(c);
                }
            }
            k += 1;
        }
        // Each subtree below the breadth-first levels in preorder, in the order of its root.
        let mut stack: Vec<u32> = Vec::new();
        for &root in &deep {
            stack.push(root);
            while let Some(node) = stack.pop() {
                order.push(node);
                let node = node as usize;
                stack.extend(
                    kids[first[node] as usize..first[node + 1] as usize]
                        .iter()
                        .rev()
                        .map(|&(_, c)| c),
                );
            }
        }
        debug_assert_eq!(order.len(), count);
        let mut new_id = vec![0u32; count];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
        }
        let width = next as usize + 1;
        let mut dense = Vec::new();
        let mut nodes = Vec::with_capacity(count);
        let mut edges: Vec<(u16, u32)> = Vec::with_capacity(up.len());
        for (k, &old) in order.iter().enumerate() {
            let old = old as usize;
            let children = &kids[first[old] as usize..first[old + 1] as usize];
            // Rows for the root and for fan-outs where a scan would be slow.
            let row = if k == 0 || children.len() > DENSE_FROM {
                let at = dense.len();
                dense.resize(at + width, NONE);
                for &(class, child) in children {
                    dense[at + class as usize] = new_id[child as usize];
                }
                at as u32
            } else {
                NONE
            };
            nodes.push(Node {
                row,
                first: edges.len() as u32,
                count: children.len() as u32,
                end: ends[old],
            });
            edges.extend(
                children
                    .iter()
                    .map(|&(class, c)| (class, new_id[c as usize])),
            );
        }
        let mut trie = Trie {
            first_words: vec![0u64; 1 << (FILTER_BITS - 6)],
            word_slots: Vec::new(),
            pairs: Vec::new(),
            word_bytes: Vec::new(),
            classes,
            ascii,
            arabic,
            dense,
            nodes,
            edges,
        };
        // Each distinct first word, with the node the trie reaches after it; pairs of first words.
        let mut words: Vec<(String, u32, bool)> = Vec::new();
        let mut index: crate::hash::WordMap<String, usize> = Default::default();
        let mut pairs = vec![0u64; 1 << (FILTER_BITS - 6)];
        for (id, f) in forms.iter().enumerate() {
            let folded = f.to_ascii_lowercase();
            let mut runs = folded.split(|c: char| !is_word_char(c));
            let first = runs.next().unwrap_or("");
            if first.is_empty() {
                continue; // starts with a non-word char: never at a word start
            }
            let second = runs.find(|r| !r.is_empty());
            let k = match index.get(first) {
                Some(&k) => k,
                None => {
                    // (Renumbered like every node.)
                    let node = new_id[first_node[id] as usize];
                    words.push((first.to_string(), node, false));
                    index.insert(first.to_string(), words.len() - 1);
                    words.len() - 1
                }
            };
            match second {
                Some(second) => filter_insert(
                    &mut pairs,
                    pair_hash(word_hash(first.as_bytes()), word_hash(second.as_bytes())),
                ),
                None if first.len() < folded.len() => words[k].2 = true,
                None => {}
            }
        }
        trie.pairs = pairs;
        let capacity = (words.len() * 2).next_power_of_two().max(16);
        trie.word_slots = vec![EMPTY_SLOT; capacity];
        for (w, node, always) in words {
            let h = word_hash(w.as_bytes());
            filter_insert(&mut trie.first_words, h);
            let mut k = (h >> 17) as usize & (capacity - 1);
            while trie.word_slots[k].node != NONE {
                k = (k + 1) & (capacity - 1);
            }
            trie.word_slots[k] = WordSlot {
                hash: h,
                node,
                at: trie.word_bytes.len() as u32,
                len: w.len().min(u16::MAX as usize) as u16,
                always,
                end: trie.nodes[node as usize].end,
            };
            trie.word_bytes.extend_from_slice(w.as_bytes());
        }
        trie
    }

    #[cfg(test)]
    /// Writes the trie to a snapshot (see [`super::snapshot`]).
    pub(crate) fn write_snapshot(&self, w: &mut Writer) {
        let mut others: Vec<(char, u16)> = self.classes.iter().map(|(&c, &k)| (c, k)).collect();
        others.sort_unstable();
        w.varint(others.len() as u64);
        for (c, k) in others {
            w.varint(c as u64);
            w.varint(k as u64);
        }
        for &k in self.ascii.iter().chain(&self.arabic) {
            w.varint(k as u64);
        }
        w.varint(self.dense.len() as u64);
        for &d in &self.dense {
            w.opt_u32(d);
        }
        // A node's edges follow its predecessor's: `first` is implied by the counts.
        w.varint(self.nodes.len() as u64);
        for n in &self.nodes {
            w.opt_u32(n.row);
            w.varint(n.count as u64);
            w.opt_u32(n.end);
        }
        w.varint(self.edges.len() as u64);
        for &(class, child) in &self.edges {
            w.varint(class as u64);
            w.varint(child as u64);
        }
        for filter in [&self.first_words, &self.pairs] {
            w.varint(filter.len() as u64);
            for &x in filter {
                w.u64(x);
            }
        }
        // Filled word slots with their index; the hash is the word's, recomputed on reading.
        w.varint(self.word_slots.len() as u64);
        let filled: Vec<(usize, &WordSlot)> = self
            .word_slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.node != NONE)
            .collect();
        w.varint(filled.len() as u64);
        for (k, slot) in filled {
            w.varint(k as u64);
            w.varint(slot.node as u64);
            w.varint(slot.at as u64);
            w.varint(slot.len as u64);
            w.varint(slot.always as u64);
        }
        w.bytes(&self.word_bytes);
    }

    /// Reads a trie written by `Self::write_snapshot`; `None` if anything is out of place, so that
    /// a damaged snapshot can never make a walk index out of bounds.
    pub(crate) fn read_snapshot(r: &mut Reader<'_>) -> Option<Trie> {
        let n = r.len()?;
        let mut classes = HashMap::with_capacity(n);
        for _ in 0..n {
            let c = char::from_u32(r.u32()?)?;
            classes.insert(c, u16::try_from(r.varint()?).ok()?);
        }
        let mut ascii = [0u16; 128];
        let mut arabic = [0u16; 256];
        for k in ascii.iter_mut().chain(arabic.iter_mut()) {
            *k = u16::try_from(r.varint()?).ok()?;
        }
        let width = ascii
            .iter()
            .chain(&arabic)
            .chain(classes.values())
            .copied()
            .max()
            .unwrap_or(0) as usize
            + 1;
        let n = r.len()?;
        let mut dense = Vec::with_capacity(n);
        for _ in 0..n {
            dense.push(r.opt_u32()?);
        }
        let n = r.len()?;
        let mut nodes = Vec::with_capacity(n);
        let mut first = 0u32;
        for _ in 0..n {
            let row = r.opt_u32()?;
            let count = r.u32()?;
            let end = r.opt_u32()?;
            nodes.push(Node {
                row,
                first,
                count,
                end,
            });
            first = first.checked_add(count)?;
        }
        let n = r.len()?;
        let mut edges = Vec::with_capacity(n);
        for _ in 0..n {
            edges.push((u16::try_from(r.varint()?).ok()?, r.u32()?));
        }
        let mut filters = [Vec::new(), Vec::new()];
        for filter in &mut filters {
            let n = r.len()?;
            if n != 1 << (FILTER_BITS - 6) {
                return None;
            }
            filter.reserve(n);
            for _ in 0..n {
                filter.push(r.u64()?);
            }
        }
        let [first_words, pairs] = filters;
        let capacity = r.len()?;
        if !capacity.is_power_of_two() {
            return None;
        }
        let mut word_slots = vec![EMPTY_SLOT; capacity];
        let filled = r.len()?;
        let mut slots = Vec::with_capacity(filled);
        for _ in 0..filled {
            let k = usize::try_from(r.varint()?).ok()?;
            let node = r.u32()?;
            let at = r.u32()?;
            let len = u16::try_from(r.varint()?).ok()?;
            let always = match r.varint()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            slots.push((k, node, at, len, always));
        }
        let word_bytes = r.bytes()?.to_vec();
        for (k, node, at, len, always) in slots {
            let word = word_bytes.get(at as usize..at as usize + len as usize)?;
            let slot = word_slots.get_mut(k)?;
            *slot = WordSlot {
                hash: word_hash(word),
                node,
                at,
                len,
                always,
                end: nodes.get(node as usize)?.end,
            };
        }
        // Every index a walk follows must be in bounds.
        let node_ok = |x: u32| x == NONE || (x as usize) < nodes.len();
        let ok = !nodes.is_empty()
            && first as usize == edges.len()
            && dense.iter().all(|&d| node_ok(d))
            && edges.iter().all(|&(_, c)| (c as usize) < nodes.len())
            && nodes
                .iter()
                .all(|n| n.row == NONE || n.row as usize + width <= dense.len())
            && nodes[0].row != NONE
            && word_slots.iter().all(|s| node_ok(s.node));
        ok.then_some(Trie {
            classes,
            ascii,
            arabic,
            dense,
            nodes,
            edges,
            first_words,
            pairs,
            word_slots,
            word_bytes,
        })
    }

    /// The largest form id any node ends, if any (a snapshot's patterns must cover it).
    pub(crate) fn max_form(&self) -> Option<u32> {
        self.nodes
            .iter()
            .map(|n| n.end)
            .filter(|&e| e != NONE)
            .max()
    }

    /// The first word of some form that `word` (ASCII letters in lower case, hash `h` from
    /// [`word_hash`]) is exactly, if any: most words of a text start no form, and the Bloom filter
    /// rejects them without touching the table.
    #[inline]
    pub(crate) fn first_word(&self, h: u64, word: &[u8]) -> Option<FirstWord> {
        if !filter_has(&self.first_words, h) {
            return None;
        }
        let mask = self.word_slots.len() - 1;
        let mut k = (h >> 17) as usize & mask;
        loop {
            let slot = self.word_slots[k];
            if slot.node == NONE {
                return None;
            }
            if slot.hash == h
                && slot.len as usize == word.len()
                && &self.word_bytes[slot.at as usize..slot.at as usize + word.len()] == word
            {
                return Some(FirstWord {
                    node: slot.node,
                    always: slot.always,
                    form: (slot.end != NONE).then_some(slot.end as usize),
                });
            }
            k = (k + 1) & mask;
        }
    }

    /// Whether some form may go on from the first word hashed `first` with the word hashed
    /// `second` (false: none does).
    #[inline]
    pub(crate) fn may_continue(&self, first: u64, second: u64) -> bool {
        filter_has(&self.pairs, pair_hash(first, second))
    }

    /// Calls `found(end, id)` for every form that ends at or after `i`, walking `text[i..]` from
    /// `node` (the node after `text[..i]`'s last word, from [`Self::first_word`]), shortest first.
    #[inline]
    pub(crate) fn walk_from(
        &self,
        text: &str,
        mut node: u32,
        mut i: usize,
        mut found: impl FnMut(usize, usize),
    ) {
        let n = text.len();
        loop {
            let end = self.nodes[node as usize].end;
            if end != NONE {
                found(i, end as usize);
            }
            if i >= n {
                return;
            }
            let (class, len) = self.class_at(text, i);
            if class == 0 {
                return;
            }
            node = self.child(node, class);
            if node == NONE {
                return;
            }
            i += len;
        }
    }

    #[inline]
    fn class(&self, c: char) -> u16 {
        match c as u32 {
            cp @ 0..=127 => self.ascii[cp as usize],
            cp @ 0x0600..=0x06FF => self.arabic[(cp - 0x0600) as usize],
            // (Outside ASCII, case folding leaves the char as it is.)
            _ => self.classes.get(&c).copied().unwrap_or(0),
        }
    }

    #[inline]
    fn child(&self, node: u32, class: u16) -> u32 {
        let n = &self.nodes[node as usize];
        if n.row != NONE {
            return self.dense[n.row as usize + class as usize];
        }
        self.edges[n.first as usize..(n.first + n.count) as usize]
            .iter()
            .find(|e| e.0 == class)
            .map_or(NONE, |e| e.1)
    }

    /// The class and byte length of the char at `i`.
    #[inline(always)]
    fn class_at(&self, text: &str, i: usize) -> (u16, usize) {
        let b = text.as_bytes();
        let lead = b[i];
        if lead < 0x80 {
            (self.ascii[lead as usize], 1)
        } else if (0xD8..=0xDB).contains(&lead) && i + 1 < b.len() {
            let k = (((lead - 0xD8) as usize) << 6) | (b[i + 1] & 0x3F) as usize;
            (self.arabic[k], 2)
        } else {
            let c = text[i..].chars().next().unwrap_or('\0');
            (self.class(c), c.len_utf8())
        }
    }

    /// The node after `text[start..end]` walked from the root, if some form begins with it.
    /// The pattern id of the form that ends at `node`, if one does.
    pub(crate) fn form_at(&self, node: u32) -> Option<usize> {
        let end = self.nodes[node as usize].end;
        (end != NONE).then_some(end as usize)
    }

    pub(crate) fn after_prefix(&self, text: &str, start: usize, end: usize) -> Option<u32> {
        let mut node = 0;
        let mut i = start;
        while i < end {
            let (class, len) = self.class_at(text, i);
            if class == 0 {
                return None;
            }
            node = self.child(node, class);
            if node == NONE {
                return None;
            }
            i += len;
        }
        Some(node)
    }
}
