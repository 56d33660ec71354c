import Testing

@testable import StorylineCore

@Suite struct PostingsTests {
    @Test func batchAdditionsEqualAdditionsOneByOne() {
        var random = SeededRandom(seed: 17)
        var batched = Postings(cap: 4)
        var single = Postings(cap: 4)
        var all: [UInt64] = []
        for ordinal in 0..<3_000 {
            // Keys from a small pool (lists fill up and recycle), many sharing their low bits (long probe runs).
            var keys = Set<UInt64>()
            for _ in 0..<random.int(in: 0...40) {
                keys.insert(UInt64(random.below(2_000) + 1) << (random.chance(0.5) ? 20 : 0) | 1)
            }
            let batch = Array(keys)
            all += batch
            var batchHits: [UInt32] = []
            var singleHits: [UInt32] = []
            batched.add(batch, UInt32(ordinal)) { batchHits.append($0) }
            for key in batch { single.add(key, UInt32(ordinal)) { singleHits.append($0) } }
            #expect(batchHits == singleHits)
        }
        #expect(batched.count == single.count && batched.bytes == single.bytes)
        for key in Set(all) {
            var x: [UInt32] = []
            var y: [UInt32] = []
            batched.forEach(key) { x.append($0) }
            single.forEach(key) { y.append($0) }
            #expect(x == y && x.count <= 4)
        }
    }
}
