import Testing

@testable import StorylineCore

/// The hot forms of the diff (bit-parallel LCS, stretches over hashes) against the plain dynamic programmes.
@Suite struct WordDiffTests {
    /// Plain O(n·m) longest common subsequence length.
    private func referenceLCS(_ x: [UInt64], _ y: [UInt64]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0..<x.count {
            for j in 0..<y.count {
                table[i + 1][j + 1] = x[i] == y[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[x.count][y.count]
    }

    /// A random word sequence over a small vocabulary (so that words repeat and sequences share many words).
    private func sequence(_ random: inout SeededRandom, length: Int, vocabulary: Int) -> [UInt64] {
        (0..<length).map { _ in WordHasher.finish(UInt64(random.below(vocabulary) + 1)) }
    }

    @Test func bitParallelLCSMatchesTheDynamicProgramme() {
        var random = SeededRandom(seed: 3)
        var scratch = LCSScratch()
        for round in 0..<4_000 {
            let longest = round % 10 == 0 ? 150 : 70
            let x = sequence(&random, length: random.int(in: 0...longest), vocabulary: random.int(in: 1...30))
            let y = sequence(&random, length: random.int(in: 0...longest), vocabulary: random.int(in: 1...30))
            let prefix = random.below(max(1, x.count))
            let z = Array(x.prefix(prefix)) + y  // shares a prefix with x
            #expect(scratch.lcs(x[...], y[...]) == referenceLCS(x, y), "\(x.count)×\(y.count)")
            #expect(scratch.lcs(x[...], z[...]) == referenceLCS(x, z), "\(x.count)×\(z.count)")
            #expect(scratch.lcs(x.dropFirst(), y.dropLast()) == referenceLCS(Array(x.dropFirst()), Array(y.dropLast())))
        }
        #expect(scratch.lcs([1, 2, 3, 4][...], [2, 4, 5][...]) == 2)
        let long = (1...64).map(UInt64.init)
        #expect(scratch.lcs(long[...], long[...]) == 64)
        #expect(scratch.lcs(long[...], long.reversed()[...]) == 1)
    }

    @Test func hashStretchesMatchTheGenericDiff() {
        var random = SeededRandom(seed: 11)
        var scratch = DiffScratch()
        for round in 0..<4_000 {
            // Mostly short sequences (the bit-parallel rows), some longer than 64 words on one side or both.
            let longest = round % 8 == 0 ? 150 : 40
            let x = sequence(&random, length: random.int(in: 0...longest), vocabulary: random.int(in: 1...12))
            var y = x
            for _ in 0..<random.int(in: 0...6) {  // edit a copy: swaps, insertions, deletions
                let position = random.below(y.count + 1)
                switch random.below(3) {
                case 0 where position < y.count: y[position] = WordHasher.finish(UInt64(100 + random.below(5)))
                case 1: y.insert(WordHasher.finish(UInt64(200 + random.below(5))), at: position)
                default: if position < y.count { y.remove(at: position) }
                }
            }
            if random.chance(0.2) { y = sequence(&random, length: random.int(in: 0...longest), vocabulary: 12) }
            var found: [(removed: [Int], added: [Int])] = []
            scratch.forEachStretch(x[...], y[...]) { removed, added in found.append((Array(removed), Array(added))) }
            let expected = WordDiff.stretches(x, y)
            #expect(found.map(\.removed) == expected.map(\.removed))
            #expect(found.map(\.added) == expected.map(\.added))
        }
    }
}
