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
}
