import Testing

@testable import StorylineCore

@Suite struct RadixSortTests {
    @Test func sortsLikeTheStandardLibrary() {
        var random = SeededRandom(seed: 8)
        for size in [0, 1, 5, 63, 64, 65, 300, 1_000, 5_000] {
            for spread in [UInt64.max, 0xFFFF, 0xFF_0000_0000, 3] {
                var values = (0..<size).map { _ in random.next() & spread }
                let expected = values.sorted()
                #expect(RadixSort.sorted(values, unique: true) == Array(Set(values)).sorted(), "\(size) \(spread)")
                RadixSort.sort(&values)
                #expect(values == expected, "\(size) \(spread)")
            }
        }
    }
}
