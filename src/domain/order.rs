//! A small stable sort for the lists sorted on the way to the first screen (record keys, case
//! summaries). The standard library's sort is fast on any size, but each element type it is
//! used with brings about 3 KB of compressed wasm into the first load; these lists have at most
//! a few thousand entries, where a binary insertion sort costs well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        // The first place in the sorted front where an item is greater than the next one.
        let (mut low, mut high) = (0, next);
        while low < high {
            let middle = low + (high - low) / 2;
            if compare(&items[middle], &items[next]) == Ordering::Greater {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        for at in (low..next).rev() {
            items.swap(at, at + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        // A simple deterministic generator: many lengths, many duplicates.
        let mut seed = 0x2545_f491_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for length in [0, 1, 2, 3, 7, 31, 100, 517] {
            let items: Vec<(u32, usize)> = (0..length).map(|i| (next() % 13, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "length {length}");
        }
    }

    #[test]
    fn sorts_strings() {
        let mut keys = vec![
            "lotse:case:b",
            "lotse:case:a",
            "lotse:copy:a",
            "lotse:case:c",
        ];
        sort_by(&mut keys, |a, b| a.cmp(b));
        assert_eq!(
            keys,
            [
                "lotse:case:a",
                "lotse:case:b",
                "lotse:case:c",
                "lotse:copy:a"
            ]
        );
    }
}
