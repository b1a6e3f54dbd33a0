//! Working buffers that a thread reuses from one parse to the next.
//!
//! A parse builds a few tables it drops before it returns: attribution's per-token table, the
//! matcher's candidates, the normalized text and its offset map. Allocated afresh for every article,
//! a large one costs more than its size: the allocator hands buffers of tens of megabytes straight
//! to the kernel and back, and the kernel zeroes every page again on the next parse. Each stage
//! therefore takes its buffer from a per-thread slot and gives it back, emptied, when it is done.
//! The lists an [`Article`](crate::Article) returns (tokens, paragraphs, sentences, zones, mentions,
//! quotes) go back the same way when the article is dropped, to the slots of the dropping thread.
//!
//! A buffer is kept only while it stays useful: up to [`KEEP_MAX_BYTES`], and only if the parse
//! that returns it used at least a quarter of it. So a thread that parsed one huge article releases
//! that memory at its next, ordinary, article; and a spare list is lent only to a text long enough
//! to need a good part of it ([`take_for`]).

use std::cell::Cell;
use std::thread::LocalKey;

/// A per-thread slot holding one spare buffer.
pub(crate) type Slot<T> = LocalKey<Cell<Vec<T>>>;

/// The largest buffer a thread keeps between parses.
pub(crate) const KEEP_MAX_BYTES: usize = 1 << 30;

/// Buffers this small are always kept (they cost the allocator nothing to hold).
const KEEP_ALWAYS_BYTES: usize = 1 << 20;

/// The spare buffer of `slot`, empty; a new one when there is none (or the thread is exiting).
pub(crate) fn take<T: 'static>(slot: &'static Slot<T>) -> Vec<T> {
    slot.try_with(Cell::take).unwrap_or_default()
}

/// The spare buffer of `slot` for a result of at most `bound` items. A buffer far larger than that,
/// left by a much longer article, is freed rather than lent to a short one.
pub(crate) fn take_for<T: 'static>(slot: &'static Slot<T>, bound: usize) -> Vec<T> {
    let buf = take(slot);
    let bytes = buf.capacity().saturating_mul(std::mem::size_of::<T>());
    if bytes > KEEP_ALWAYS_BYTES && buf.capacity() / 2 > bound {
        Vec::new()
    } else {
        buf
    }
}

/// Gives `buf` back to `slot` for the next parse on this thread, if it is worth keeping (see the
/// module documentation). `buf` may still hold the items of this parse: they are dropped here.
pub(crate) fn give_back<T: 'static>(slot: &'static Slot<T>, mut buf: Vec<T>) {
    let used = buf.len();
    buf.clear();
    give_back_emptied(slot, buf, used);
}

/// [`give_back`] for a buffer already emptied, of which the parse used `used` items.
pub(crate) fn give_back_emptied<T: 'static>(slot: &'static Slot<T>, buf: Vec<T>, used: usize) {
    if worth_keeping(buf.capacity(), used, std::mem::size_of::<T>()) {
        // A thread being torn down has no slot left: the buffer is then simply freed.
        let _ = slot.try_with(|s| s.set(buf));
    }
}

/// Whether a buffer of `capacity` items of `size` bytes, of which the last parse used `used`, is
/// kept for the next.
fn worth_keeping(capacity: usize, used: usize, size: usize) -> bool {
    let bytes = capacity.saturating_mul(size);
    bytes <= KEEP_ALWAYS_BYTES || (bytes <= KEEP_MAX_BYTES && used.saturating_mul(4) >= capacity)
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SLOT: Cell<Vec<u64>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_buffer_comes_back_empty_with_its_capacity() {
        let mut v = take(&SLOT);
        v.extend(0..1000u64);
        let cap = v.capacity();
        give_back(&SLOT, v);
        let v = take(&SLOT);
        assert!(v.is_empty());
        assert_eq!(v.capacity(), cap);
        // Taken: the slot is empty until it is given back.
        assert_eq!(take(&SLOT).capacity(), 0);
    }

    #[test]
    fn large_buffers_are_kept_only_while_used() {
        let mib = 1 << 20;
        assert!(
            worth_keeping(mib / 8, 0, 8),
            "small buffers are always kept"
        );
        assert!(worth_keeping(4 * mib, mib, 1), "a quarter used: kept");
        assert!(
            !worth_keeping(4 * mib, mib - 1, 1),
            "less than a quarter used: freed"
        );
        assert!(
            !worth_keeping(KEEP_MAX_BYTES + 1, KEEP_MAX_BYTES, 1),
            "over the cap: freed"
        );
        assert!(!worth_keeping(usize::MAX, usize::MAX, 8), "no overflow");
    }
}
