import Testing

@testable import StorylineCore

@Suite struct PartialSelectionTests {
    /// The first k after selection are the first k of a sort, for every k, on random, sorted, reversed and
    /// few-distinct inputs (ties broken by position, so the order is total).
    @Test func selectsTheSameItemsAsASort() {
        var random = SeededRandom(seed: 11)
        for size in [0, 1, 2, 15, 16, 17, 100, 701] {
            let shapes: [[UInt64]] = [
                (0..<size).map { _ in random.next() % 1000 },
                (0..<size).map { UInt64($0) },
                (0..<size).map { UInt64(size - $0) },
                (0..<size).map { _ in random.next() % 3 },
            ]
            for values in shapes {
                func before(_ a: Int, _ b: Int) -> Bool { values[a] != values[b] ? values[a] > values[b] : a < b }
                let sorted = values.indices.sorted(by: before)
                for k in Set([0, 1, size / 3, size / 2, max(0, size - 1), size, size + 5]) {
                    var items = Array(values.indices)
                    PartialSelection.select(&items, first: k, by: before)
                    #expect(items.sorted() == Array(values.indices), "a permutation: \(size) \(k)")
                    let kept = Array(items.prefix(k)).sorted(by: before)
                    #expect(kept == Array(sorted.prefix(k)), "\(size) \(k)")
                }
            }
        }
    }

    /// With ties (plain `>` over numbers that repeat), the first k hold the same values as the first k of a sort.
    @Test func selectsTheSameValuesWithTies() {
        var random = SeededRandom(seed: 12)
        for size in [1, 2, 15, 16, 17, 100, 701] {
            for distinct in [1, 2, 3, 10] {
                let values = (0..<size).map { _ in Double(random.next() % UInt64(distinct)) }
                let sorted = values.sorted(by: >)
                for k in Set([1, size / 3, size / 2, max(1, size - 1), size]) {
                    var items = values
                    PartialSelection.select(&items, first: k, by: >)
                    #expect(items.sorted() == values.sorted(), "a permutation: \(size) \(k)")
                    #expect(items.prefix(k).sorted(by: >) == Array(sorted.prefix(k)), "\(size) \(distinct) \(k)")
                }
            }
        }
    }
}
