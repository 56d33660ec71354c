import Testing

@testable import StorylineCore

@Suite struct HashSlotsTests {
    /// Through many growths the map answers as a dictionary does: the first value stored under a key stays, and a
    /// key never stored is not found. Keys include ones that differ only in their high bits, and 0.
    @Test func answersAsADictionary() {
        var random = SeededRandom(seed: 5)
        var slots = HashSlots(capacity: 4)
        var reference: [UInt64: Int] = [:]
        var keys: [UInt64] = [0]
        for _ in 0..<3_000 { keys.append(UInt64.random(in: 2...UInt64.max, using: &random)) }
        for shift in 40..<64 { keys.append(UInt64(1) << UInt64(shift)) }
        for (index, key) in keys.enumerated() {
            let value = slots.value(for: key) { index }
            if let known = reference[key] {
                #expect(value == known)
            } else {
                #expect(value == index)
                reference[key] = index
            }
            // Storing again keeps the first value and does not call `make`.
            #expect(slots.value(for: key) { -1 } == reference[key])
        }
        #expect(slots.count == reference.count)
        for (key, value) in reference { #expect(slots.value(for: key) == value) }
        for _ in 0..<1_000 {
            let key = UInt64.random(in: 2...UInt64.max, using: &random)
            if reference[key] == nil { #expect(slots.value(for: key) == nil) }
        }
    }
}
