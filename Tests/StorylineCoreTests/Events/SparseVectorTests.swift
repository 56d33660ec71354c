import Testing

@testable import StorylineCore

@Suite struct SparseVectorTests {
    /// `a + scale × b` as a plain merge would compute it: the reference every faster path must equal bit for bit.
    private func reference(_ a: SparseVector, _ b: SparseVector, scale: Double) -> [Int32: Double] {
        var sums: [Int32: Double] = [:]
        for (index, id) in a.ids.enumerated() { sums[id] = a.weights[index] }
        for (index, id) in b.ids.enumerated() {
            let term = scale * b.weights[index]
            sums[id] = sums[id].map { $0 + term } ?? term
        }
        return sums
    }

    /// A random vector of `count` distinct ids below `range`.
    private func vector(_ count: Int, below range: Int32, random: inout SeededRandom) -> SparseVector {
        var ids: Set<Int32> = []
        while ids.count < count { ids.insert(Int32.random(in: 0..<range, using: &random)) }
        return SparseVector(pairs: ids.map { ($0, Double.random(in: 0.01...1, using: &random)) })
    }

    /// Short into long (binary search), long into short, equal sizes, all ids already present (updated in place),
    /// and empty vectors: the result holds exactly the reference sums, ids ascending.
    @Test func addEqualsAPlainMerge() {
        var random = SeededRandom(seed: 11)
        let shapes: [(Int, Int, Int32)] = [
            (400, 6, 2_000), (400, 6, 420), (6, 400, 2_000), (120, 100, 300), (0, 30, 100), (30, 0, 100),
            (200, 200, 210),
        ]
        for (left, right, range) in shapes {
            for round in 0..<20 {
                var a = vector(left, below: range, random: &random)
                let b = vector(right, below: range, random: &random)
                let scale = round.isMultiple(of: 2) ? 1 : 0.5
                let expected = reference(a, b, scale: scale)
                a.add(b, scale: scale)
                #expect(a.ids == expected.keys.sorted(), "shape \(left)+\(right) below \(range)")
                #expect(a.ids.enumerated().allSatisfy { expected[$1] == a.weights[$0] })
            }
        }
    }

    /// Adding a vector whose ids the other already holds changes only those weights.
    @Test func addWithoutNewIdsUpdatesInPlace() {
        var centroid = SparseVector(pairs: (0..<300).map { (Int32($0 * 3), 1.0) })
        centroid.add(SparseVector(pairs: [(0, 0.5), (297, 0.25), (897, 2)]))
        #expect(centroid.count == 300)
        #expect(centroid.weight(of: 0) == 1.5)
        #expect(centroid.weight(of: 297) == 1.25)
        #expect(centroid.weight(of: 897) == 3)
        #expect(centroid.weight(of: 3) == 1)
        #expect(centroid.weight(of: 1) == 0)
    }

    /// The heaviest entries are those a full sort by weight (ties: the lower id) puts first, whatever the limit and
    /// however many weights tie: `largest` lists them heaviest first, `keepLargest` keeps them in id order.
    @Test func largestEntriesAreThoseASortPutsFirst() {
        var random = SeededRandom(seed: 11)
        for round in 0..<300 {
            let count = Int.random(in: 0...120, using: &random)
            // Few distinct weights in some rounds, so that many entries tie at the cut.
            let levels = round % 3 == 0 ? 3 : 1_000
            var ids: Set<Int32> = []
            while ids.count < count { ids.insert(Int32.random(in: 0..<500, using: &random)) }
            let vector = SparseVector(
                pairs: ids.map { ($0, Double(Int.random(in: 1...levels, using: &random)) / Double(levels)) })
            let sorted = zip(vector.ids, vector.weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for limit in [0, 1, 2, 5, count / 2, count - 1, count, count + 3] where limit >= 0 {
                let expected = Array(sorted.prefix(limit))
                let largest = vector.largest(limit)
                #expect(largest.map(\.id) == expected.map(\.0))
                #expect(largest.map(\.weight) == expected.map(\.1))
                #expect(largest.allSatisfy { vector.ids[$0.index] == $0.id })
                var kept = vector
                kept.keepLargest(limit)
                let inIdOrder = expected.sorted { $0.0 < $1.0 }
                #expect(kept.ids == inIdOrder.map(\.0))
                #expect(kept.weights == inIdOrder.map(\.1))
            }
        }
    }
}
