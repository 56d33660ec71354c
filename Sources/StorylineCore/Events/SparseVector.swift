/// A sparse vector of term weights, kept sorted by term id so that every operation is a merge of sorted lists.
///
/// Sorted arrays (not dictionaries) make arithmetic deterministic: sums always run in the same order, so a state
/// saved and reloaded gives bit-identical similarities, and the vector encodes compactly.
struct SparseVector: Hashable, Codable, Sendable {
    /// Term ids, strictly ascending.
    private(set) var ids: [Int32] = []
    /// Weights, one per id.
    private(set) var weights: [Double] = []

    /// An empty vector.
    init() {}

    /// A vector from `(id, weight)` pairs with distinct, non-negative ids (term ids), in any order.
    init(pairs: [(Int32, Double)]) {
        self.init(ids: pairs.map(\.0)) { pairs[$0].1 }
    }

    /// A vector from distinct, non-negative ids in any order, `weight(position)` giving the weight of `ids[position]`;
    /// weights are asked for in ascending id order, so a caller that derives them pays for no intermediate pairs.
    init(ids unordered: [Int32], weight: (Int) -> Double) {
        // Sorting integers (id high, position low) is much cheaper than sorting tuples through a closure.
        var order = unordered.indices.map { UInt64(UInt32(bitPattern: unordered[$0])) << 32 | UInt64($0) }
        order.sort()
        ids = order.map { Int32(truncatingIfNeeded: $0 >> 32) }
        weights = order.map { weight(Int($0 & 0xFFFF_FFFF)) }
    }

    /// Number of non-zero entries.
    var count: Int { ids.count }

    /// Whether the vector has no entries.
    var isEmpty: Bool { ids.isEmpty }

    /// Squared Euclidean norm.
    var normSquared: Double {
        var total = 0.0
        for weight in weights { total += weight * weight }
        return total
    }

    /// The weight of `id`, or 0.
    func weight(of id: Int32) -> Double {
        let low = firstPosition(notBelow: id, from: 0, to: ids.count)
        return low < ids.count && ids[low] == id ? weights[low] : 0
    }

    /// Dot product with another vector.
    func dot(_ other: SparseVector) -> Double {
        var i = 0
        var j = 0
        var total = 0.0
        let a = ids
        let b = other.ids
        // Gallop through the longer list when the sizes differ a lot (a short title against a large centroid).
        if a.count * 8 < b.count { return other.dotSparse(self) }
        if b.count * 8 < a.count { return dotSparse(other) }
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            if x == y {
                total += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }

    /// Dot product when `short` has far fewer entries than `self`: binary search for each of its ids.
    private func dotSparse(_ short: SparseVector) -> Double {
        var total = 0.0
        for (index, id) in short.ids.enumerated() { total += short.weights[index] * weight(of: id) }
        return total
    }

    /// Adds `scale × other` to this vector.
    ///
    /// In place: the arrays grow by the ids that are new and are merged from the back, so a centroid that takes one
    /// article after another is not reallocated each time; once no entry needs to move, the remaining ids are
    /// updated where they are. A short vector (a headline) is located in a long one (a centroid) by binary search.
    /// The sums are those of a plain merge.
    mutating func add(_ other: SparseVector, scale: Double = 1) {
        let searching = other.ids.count * 8 < ids.count
        var added = 0
        var i = 0
        for id in other.ids {
            i = searching ? firstPosition(notBelow: id, from: i, to: ids.count) : scan(to: id, from: i)
            if i == ids.count || ids[i] != id { added += 1 }
        }
        let oldCount = ids.count
        if added > 0 {
            ids.append(contentsOf: repeatElement(0, count: added))
            weights.append(contentsOf: repeatElement(0, count: added))
        }
        var from = oldCount - 1
        var next = other.ids.count - 1
        var to = ids.count - 1
        while next >= 0, to != from {
            let id = other.ids[next]
            if from >= 0, ids[from] > id {
                ids[to] = ids[from]
                weights[to] = weights[from]
                from -= 1
            } else if from >= 0, ids[from] == id {
                ids[to] = id
                weights[to] = weights[from] + scale * other.weights[next]
                from -= 1
                next -= 1
            } else {
                ids[to] = id
                weights[to] = scale * other.weights[next]
                next -= 1
            }
            to -= 1
        }
        // Every id left in `other` is already in place at or below `from`.
        var upper = from + 1
        while next >= 0 {
            let id = other.ids[next]
            upper = firstPosition(notBelow: id, from: 0, to: upper)
            weights[upper] = weights[upper] + scale * other.weights[next]
            next -= 1
        }
    }

    /// The first position in `start..<end` whose id is not below `id` (`end` when none), by binary search.
    private func firstPosition(notBelow id: Int32, from start: Int, to end: Int) -> Int {
        var low = start
        var high = end
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first position from `start` whose id is not below `id`, by a forward scan.
    private func scan(to id: Int32, from start: Int) -> Int {
        var position = start
        while position < ids.count, ids[position] < id { position += 1 }
        return position
    }

    /// Keeps only the `limit` largest weights (ties: the lower id), so that centroids stay bounded.
    mutating func keepLargest(_ limit: Int) {
        guard ids.count > limit else { return }
        let kept = positionsOfLargest(limit)
        ids = kept.map { ids[$0] }
        weights = kept.map { weights[$0] }
    }

    /// The `limit` entries with the largest weights, largest first (ties: the lower id).
    func largest(_ limit: Int) -> [(index: Int, id: Int32, weight: Double)] {
        let ids = ids
        let weights = weights
        func before(_ a: Int, _ b: Int) -> Bool { weights[a] != weights[b] ? weights[a] > weights[b] : ids[a] < ids[b] }
        var order = limit < ids.count ? positionsOfLargest(limit) : Array(ids.indices)
        order.sort(by: before)
        return order.map { ($0, ids[$0], weights[$0]) }
    }

    /// Positions of the `limit` largest weights (ties: the lower id), in ascending order; all when `limit` is not
    /// below the count.
    ///
    /// Finds the `limit`-th largest weight by selection over the bare weights (no comparison closure over two
    /// arrays), then keeps, in one pass in id order, every weight above it and the first of those equal to it.
    private func positionsOfLargest(_ limit: Int) -> [Int] {
        guard limit < ids.count else { return Array(ids.indices) }
        guard limit > 0 else { return [] }
        var values = weights
        PartialSelection.select(&values, first: limit, by: >)
        var cutoff = values[0]
        for value in values[1..<limit] where value < cutoff { cutoff = value }
        var ties = 0
        for value in values[..<limit] where value == cutoff { ties += 1 }
        var kept: [Int] = []
        kept.reserveCapacity(limit)
        for position in weights.indices {
            let weight = weights[position]
            if weight > cutoff {
                kept.append(position)
            } else if weight == cutoff, ties > 0 {
                kept.append(position)
                ties -= 1
            }
        }
        return kept
    }

    /// Scales the vector to unit length (unchanged when empty).
    mutating func normalize() {
        let norm = normSquared.squareRoot()
        guard norm > 0 else { return }
        weights.withUnsafeMutableBufferPointer { weights in
            for index in weights.indices { weights[index] /= norm }
        }
    }
}
