/// Moves the `k` first items of a strict total order to the front of an array, without sorting the rest.
///
/// Keeping the heaviest terms of a vector (a centroid after each article, an article's query terms) needs only
/// which items are in the top `k`, not the order of the others; a full sort spends most of its time on those.
/// Quickselect with a median-of-three pivot runs in linear time on average. With a strict total order the chosen
/// set is the same as the first `k` of a sort.
enum PartialSelection {
    /// Reorders `items` so that `items[..<k]` holds the `k` smallest items under `before` (in no particular
    /// order). With a strict total order (no two items equal) the chosen items are those a sort puts first; with
    /// ties (plain `<` over numbers) the chosen values still are, and which of the tied items is unspecified.
    static func select<T>(_ items: inout [T], first k: Int, by before: (T, T) -> Bool) {
        guard k > 0, k < items.count else { return }
        var low = 0
        var high = items.count - 1
        while high > low {
            if high - low < 16 {  // small ranges: insertion sort
                for i in (low + 1)...high {
                    var j = i
                    while j > low, before(items[j], items[j - 1]) {
                        items.swapAt(j, j - 1)
                        j -= 1
                    }
                }
                return
            }
            let middle = low + (high - low) / 2
            if before(items[middle], items[low]) { items.swapAt(middle, low) }
            if before(items[high], items[low]) { items.swapAt(high, low) }
            if before(items[high], items[middle]) { items.swapAt(high, middle) }
            let pivot = items[middle]
            var i = low
            var j = high
            while i <= j {
                while before(items[i], pivot) { i += 1 }
                while before(pivot, items[j]) { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // items[low...j] ≤ pivot ≤ items[i...high]; continue in the part holding position k - 1.
            if k - 1 <= j {
                high = j
            } else if k - 1 >= i {
                low = i
            } else {
                return
            }
        }
    }
}
