/// A growable map from 64-bit hashes to small integers, by open addressing.
///
/// Making an article's terms looks up every word's hash to find its tally, and cutting a headline into word pieces
/// looks up a hash per candidate piece; a `[UInt64: Int]` dictionary hashes the key again with SipHash each time.
/// Here one multiplication spreads the key over the slots.
struct HashSlots: Sendable {
    /// Key in each slot, 0 when empty; the capacity is a power of two.
    private var keys: [UInt64]
    /// Value in each slot.
    private var values: [Int32]
    /// Number of filled slots.
    private(set) var count = 0

    /// An empty map with room for about `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// The value stored under `key`, if any.
    @inline(__always) func value(for key: UInt64) -> Int? {
        let key = HashSlots.stored(key)
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = HashSlots.home(key, mask: mask)
            while true {
                let found = keys[slot]
                if found == key { return Int(values[slot]) }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The value stored under `key`; when there is none, stores `make()` and returns it.
    @inline(__always) mutating func value(for key: UInt64, orInsert make: () -> Int) -> Int {
        let key = HashSlots.stored(key)
        var mask = keys.count - 1
        var slot = HashSlots.home(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        let value = make()
        if 2 * (count + 1) > keys.count {
            grow()
            mask = keys.count - 1
            slot = HashSlots.home(key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
        }
        keys[slot] = key
        values[slot] = Int32(value)
        count += 1
        return value
    }

    /// Doubles the capacity, re-placing every entry.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = HashSlots.home(oldKeys[index], mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }

    /// The key as stored: 0 marks an empty slot, so a key of 0 is kept as 1 (two keys then share a slot only if
    /// they are 0 and 1).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The first slot probed for `key`: the high bits of the key times an odd constant (Fibonacci hashing), so keys
    /// whose low bits vary little (FNV-1a hashes) still spread.
    @inline(__always) private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
