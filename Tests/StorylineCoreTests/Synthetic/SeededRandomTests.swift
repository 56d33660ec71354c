import Foundation
import Testing

@testable import StorylineCore

@Suite struct SeededRandomTests {
    @Test func splitMixMatchesTheReference() {
        // Reference output of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var mixer = SplitMix64(state: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var random = SeededRandom(seed: 9)
        var seen = Set<Int>()
        for _ in 0..<5_000 {
            let value = random.below(7)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
        let units = (0..<1_000).map { _ in random.unit() }
        #expect(units.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(units.reduce(0, +) / 1_000 - 0.5) < 0.05)
    }

    @Test func geometricHasTheRequestedMean() {
        var random = SeededRandom(seed: 5)
        let draws = (0..<20_000).map { _ in random.geometric(mean: 3, limit: 100) }
        #expect(abs(Double(draws.reduce(0, +)) / 20_000 - 3) < 0.1)
        #expect(draws.allSatisfy { $0 >= 1 })
    }

    @Test func portableMathAgreesWithTheSystemLibrary() {
        for x in [0.001, 0.5, 1, 2.7, 10, 1_234.5, 20_003.7] {
            #expect(abs(PortableMath.log(x) - Foundation.log(x)) < 1e-13 * max(1, abs(Foundation.log(x))))
            #expect(abs(PortableMath.power(x, -1.05) - Foundation.pow(x, -1.05)) < 1e-13 * Foundation.pow(x, -1.05))
        }
    }

    @Test func zipfFrequenciesFollowTheLaw() {
        let sampler = ZipfSampler(count: 1_000, exponent: 1.05)
        var random = SeededRandom(seed: 2)
        var counts = [Int](repeating: 0, count: 1_000)
        for _ in 0..<100_000 { counts[sampler.draw(&random)] += 1 }
        #expect(abs(Double(counts[0]) / 100_000 - sampler.probability(of: 0)) < 0.01)
        #expect(counts[0] > counts[9] && counts[9] > counts[99])
    }

    @Test("A seeded shuffle is a permutation, the same for the same seed and different for another")
    func seededShuffle() {
        func shuffled(_ seed: UInt64) -> [Int] {
            var random = SeededRandom(seed: seed)
            var items = Array(0..<50)
            random.shuffle(&items)
            return items
        }
        #expect(shuffled(7).sorted() == Array(0..<50))
        #expect(shuffled(7) == shuffled(7))
        #expect(shuffled(7) != shuffled(8))
        #expect(shuffled(7) != Array(0..<50))
        var random = SeededRandom(seed: 1)
        var one = [42]
        var none: [Int] = []
        random.shuffle(&one)
        random.shuffle(&none)
        #expect(one == [42] && none.isEmpty)
    }
}
