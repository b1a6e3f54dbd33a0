//! Searching a sorted list near a known position.

/// The partition point of `v` for `pred` (true, then false), searched from `hint` by galloping in
/// either direction: O(log d) for an answer `d` items away. Queries that move in text order touch
/// memory near the last answer, where a binary search over every token of a long text would miss
/// the cache at each step.
pub(crate) fn partition_near<T>(v: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(v.len());
    if hint > 0 && !pred(&v[hint - 1]) {
        // The answer is before `hint`: gallop back to an item where `pred` holds.
        let mut hi = hint - 1; // !pred(v[hi])
        let mut step = 1;
        let lo = loop {
            if hi < step {
                break 0;
            }
            let k = hi - step;
            if pred(&v[k]) {
                break k + 1;
            }
            hi = k;
            step *= 2;
        };
        return lo + v[lo..hi].partition_point(pred);
    }
    let mut lo = hint;
    let mut step = 1;
    while lo + step <= v.len() && pred(&v[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step - 1).min(v.len());
    lo + v[lo..hi].partition_point(pred)
}

#[cfg(test)]
mod tests {
    use super::partition_near;

    #[test]
    fn partition_near_agrees_with_a_binary_search_from_any_hint() {
        for len in 0..40usize {
            let v: Vec<usize> = (0..len).collect();
            for cut in 0..=len {
                for hint in 0..=len + 2 {
                    assert_eq!(
                        partition_near(&v, hint, |&x| x < cut),
                        cut,
                        "len {len}, cut {cut}, hint {hint}"
                    );
                }
            }
        }
    }
}
