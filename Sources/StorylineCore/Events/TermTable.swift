/// Term id by 64-bit key hash: an open-addressing table for the vocabulary's look-ups.
///
/// The online step looks up every term of every article in stream order, on one thread; a `[String: Int32]`
/// dictionary hashes each string there. Here the hash is computed beforehand (in parallel, with the article's
/// terms) and the table probes integers, comparing strings only to confirm a hit, so two keys with the same hash
/// still get their own ids.
struct TermTable: Sendable {
    /// Term id in each slot, -1 when empty; the capacity is a power of two.
    private var ids: [Int32] = Array(repeating: -1, count: 1024)
    /// Key hash in each slot.
    private var hashes: [UInt64] = Array(repeating: 0, count: 1024)
    /// Number of filled slots.
    private var filled = 0

    /// An empty table.
    init() {}

    /// The id stored for `key` (whose hash is `hash`), looking keys up by id in `keys`.
    func find(_ key: String, hash: UInt64, keys: [String]) -> Int32? {
        let mask = ids.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] >= 0 {
            if hashes[slot] == hash, keys[Int(ids[slot])] == key { return ids[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records `id` under `hash` (the key must not be in the table yet).
    mutating func insert(_ id: Int32, hash: UInt64) {
        if 2 * (filled + 1) > ids.count { grow() }
        let mask = ids.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] >= 0 { slot = (slot + 1) & mask }
        ids[slot] = id
        hashes[slot] = hash
        filled += 1
    }

    /// Doubles the capacity, re-placing every entry by its stored hash.
    private mutating func grow() {
        let oldIds = ids
        let oldHashes = hashes
        ids = Array(repeating: -1, count: oldIds.count * 2)
        hashes = Array(repeating: 0, count: oldIds.count * 2)
        filled = 0
        for slot in oldIds.indices where oldIds[slot] >= 0 { insert(oldIds[slot], hash: oldHashes[slot]) }
    }
}
