//! A character trie of the gazetteer's normalized surface forms, walked from the few offsets where a
//! name may start (word starts and the ends of proclitic chains).
//!
//! This is the goto function of an Aho–Corasick automaton without failure links: names never start
//! mid-word, so the search never needs to fall back, and each walk stops at the first character no
//! form continues with (usually after two or three characters). See `DESIGN.md` for the
//! measurements that chose it over `aho_corasick`'s anchored and overlapping searches.

use std::collections::HashMap;

const NONE: u32 = u32::MAX;

/// One trie node: its dense row in `dense` (or NONE), else its edges `first..first + count` in
/// `edges`; and the form ending there (or NONE).
#[derive(Clone, Copy, Debug)]
struct Node {
    row: u32,
    first: u32,
    count: u32,
    end: u32,
}

/// Nodes with more children than this get a dense transition row.
const DENSE_FROM: usize = 6;

/// The trie. Latin letters are folded to lower case, so Latin forms match case-insensitively.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// Class of each char that occurs in some form; chars of other classes end every walk.
    classes: HashMap<char, u16>,
    /// Class of the ASCII chars (0 = none), to skip the hash map on the common Latin path.
    ascii: [u16; 128],
    /// Class of U+0600..U+06FF chars (0 = none).
    arabic: [u16; 256],
    /// Dense transition rows (indexed by class) of the root and of nodes with many children.
    dense: Vec<u32>,
    /// Per node, in one record so that a step touches one cache line: see [`Node`].
    nodes: Vec<Node>,
    /// The node after each pair of first classes (`c1 * width + c2`), so that every walk starts
    /// with one lookup in a small table instead of two dependent ones.
    first2: Vec<u32>,
    /// Number of classes + 1.
    width: usize,
    /// Edges sorted by class within each node: (class, child).
    edges: Vec<(u16, u32)>,
}

impl Trie {
    /// Builds the trie of `forms`; form `i` reports id `i`.
    pub(crate) fn new(forms: &[String]) -> Trie {
        let mut classes: HashMap<char, u16> = HashMap::new();
        for f in forms {
            for c in f.chars() {
                let c = c.to_ascii_lowercase();
                let next = classes.len() as u16 + 1;
                classes.entry(c).or_insert(next);
            }
        }
        // Class lookups for the common chars without hashing, during the build too.
        let mut ascii = [0u16; 128];
        let mut arabic = [0u16; 256];
        for (&c, &class) in &classes {
            match c as u32 {
                cp @ 0..=127 => {
                    ascii[cp as usize] = class;
                    if c.is_ascii_lowercase() {
                        ascii[c.to_ascii_uppercase() as usize] = class;
                    }
                }
                cp @ 0x0600..=0x06FF => arabic[(cp - 0x0600) as usize] = class,
                _ => {}
            }
        }
        let class_of = |c: char| match c as u32 {
            cp @ 0..=127 => ascii[cp as usize],
            cp @ 0x0600..=0x06FF => arabic[(cp - 0x0600) as usize],
            _ => classes[&c.to_ascii_lowercase()],
        };
        // Build with per-node child lists (a dense array at the root), then freeze into sorted edge
        // arrays.
        let mut root_kids = vec![u32::MAX; classes.len() + 1];
        let mut children: Vec<Vec<(u16, u32)>> = vec![Vec::new()];
        let mut ends: Vec<u32> = vec![NONE];
        for (id, f) in forms.iter().enumerate() {
            let mut node = 0usize;
            for c in f.chars() {
                let class = class_of(c);
                if node == 0 {
                    node = match root_kids[class as usize] {
                        u32::MAX => {
                            let child = children.len();
                            children.push(Vec::new());
                            ends.push(NONE);
                            children[0].push((class, child as u32));
                            root_kids[class as usize] = child as u32;
                            child
                        }
                        child => child as usize,
                    };
                    continue;
                }
                node = match children[node].iter().find(|e| e.0 == class) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        let child = children.len();
                        children.push(Vec::new());
                        ends.push(NONE);
                        children[node].push((class, child as u32));
                        child
                    }
                };
            }
            if ends[node] == NONE {
                ends[node] = id as u32;
            }
        }
        // Renumber nodes breadth-first, so that the shallow nodes every walk visits sit together
        // in memory (most walks end within three characters).
        let mut order: Vec<usize> = vec![0];
        let mut k = 0;
        while k < order.len() {
            let node = order[k];
            order.extend(children[node].iter().map(|&(_, c)| c as usize));
            k += 1;
        }
        let mut new_id = vec![0u32; children.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = new as u32;
        }
        let mut children: Vec<Vec<(u16, u32)>> = order
            .iter()
            .map(|&old| {
                children[old]
                    .iter()
                    .map(|&(class, c)| (class, new_id[c as usize]))
                    .collect()
            })
            .collect();
        let ends: Vec<u32> = order.iter().map(|&old| ends[old]).collect();
        let width = classes.len() + 1;
        let mut dense = Vec::new();
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        for (k, kids) in children.iter_mut().enumerate() {
            kids.sort_unstable();
            // Rows for the root and for fan-outs where a scan would be slow.
            let row = if k == 0 || kids.len() > DENSE_FROM {
                let at = dense.len();
                dense.resize(at + width, NONE);
                for &(class, child) in kids.iter() {
                    dense[at + class as usize] = child;
                }
                at as u32
            } else {
                NONE
            };
            nodes.push(Node {
                row,
                first: edges.len() as u32,
                count: kids.len() as u32,
                end: ends[k],
            });
            edges.extend_from_slice(kids);
        }
        let mut first2 = vec![NONE; width * width];
        for c1 in 1..width {
            let n1 = dense[c1]; // the root's row starts at 0
            if n1 == NONE {
                continue;
            }
            let Node {
                row: r1,
                first: f1,
                count: k1,
                ..
            } = nodes[n1 as usize];
            for c2 in 1..width {
                first2[c1 * width + c2] = if r1 != NONE {
                    dense[r1 as usize + c2]
                } else {
                    edges[f1 as usize..(f1 + k1) as usize]
                        .iter()
                        .find(|e| e.0 as usize == c2)
                        .map_or(NONE, |e| e.1)
                };
            }
        }
        Trie {
            first2,
            width,
            classes,
            ascii,
            arabic,
            dense,
            nodes,
            edges,
        }
    }

    #[inline]
    fn class(&self, c: char) -> u16 {
        match c as u32 {
            cp @ 0..=127 => self.ascii[cp as usize],
            cp @ 0x0600..=0x06FF => self.arabic[(cp - 0x0600) as usize],
            _ => self
                .classes
                .get(&c)
                .or_else(|| self.classes.get(&c.to_ascii_lowercase()))
                .copied()
                .unwrap_or(0),
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

    /// Calls `found(end, id)` for every form that `text[start..]` begins with, shortest first.
    /// Every form has at least two chars.
    #[inline]
    pub(crate) fn prefixes_at(
        &self,
        text: &str,
        start: usize,
        mut found: impl FnMut(usize, usize),
    ) {
        let n = text.len();
        if start >= n {
            return;
        }
        let (c1, l1) = self.class_at(text, start);
        if c1 == 0 || start + l1 >= n {
            return;
        }
        let (c2, l2) = self.class_at(text, start + l1);
        if c2 == 0 {
            return;
        }
        let mut node = self.first2[c1 as usize * self.width + c2 as usize];
        if node == NONE {
            return;
        }
        let mut i = start + l1 + l2;
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
}
