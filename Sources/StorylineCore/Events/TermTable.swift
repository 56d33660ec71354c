/// Term id by 64-bit key hash: an open-addressing table for the vocabulary's look-ups.
///
/// The online step looks up every term of every article in stream order, on one thread; a `[String: Int32]`
/// dictionary hashes each string there. Here the hash is computed beforehand (in parallel, with the article's
/// terms) and the table probes integers, comparing strings only to confirm a hit, so two keys with the same hash
/// still get their own ids.
struct TermTable: Sendable {
    /// One slot: a key hash and its term id (-1 when the slot is empty), side by side so a probe reads one line.
    private struct Slot: Sendable {
        var hash: UInt64
        var id: Int32
    }

    /// The slots; the capacity is a power of two.
    private var slots = [Slot](repeating: Slot(hash: 0, id: -1), count: 1024)
    /// Number of filled slots.
    private var filled = 0

    /// An empty table.
    init() {}

    /// The id stored for `key` (whose hash is `hash`), looking keys up by id in `keys`.
    func find(_ key: String, hash: UInt64, keys: [String]) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].id >= 0 {
                if slots[slot].hash == hash, keys[Int(slots[slot].id)] == key { return slots[slot].id }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Records `id` under `hash` (the key must not be in the table yet).
    mutating func insert(_ id: Int32, hash: UInt64) {
        if 2 * (filled + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, id: id)
        filled += 1
    }

    /// Doubles the capacity, re-placing every entry by its stored hash.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, id: -1), count: old.count * 2)
        filled = 0
        for slot in old where slot.id >= 0 { insert(slot.id, hash: slot.hash) }
    }
}
