/// The fingerprint index: fingerprint → ordinals of the documents holding it, at most `cap` each, newest kept.
///
/// Open addressing over the fingerprint's own bits (fingerprints are already well-mixed hashes, so no further
/// hashing is needed); each slot heads a linked list of postings held in one flat array, so there is no
/// allocation per fingerprint and no per-entry `Hashable` call. A full list recycles its oldest node for the
/// newest ordinal, so a common fingerprint never grows. Codable as its flat arrays.
struct Postings: Codable, Sendable {
    /// Fingerprint of each slot (0 = empty).
    private var keys: [UInt64] = []
    /// First node (the newest posting) of each slot's list.
    private var heads: [UInt32] = []
    /// Number of postings in each slot's list.
    private var counts: [UInt8] = []
    /// Ordinal of each node.
    private var nodeOrdinal: [UInt32] = []
    /// Next (older) node of each node, or `UInt32.max`.
    private var nodeNext: [UInt32] = []
    /// Most ordinals kept per fingerprint.
    private(set) var cap: Int
    /// Fingerprints held.
    private(set) var count = 0

    private static let none = UInt32.max

    /// Creates an empty index keeping at most `cap` (1…255) ordinals per fingerprint.
    init(cap: Int) { self.cap = max(1, min(cap, 255)) }

    /// Bytes held by the arrays.
    var bytes: Int { keys.capacity * 8 + heads.capacity * 4 + counts.capacity + nodeOrdinal.capacity * 8 }

    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[index]
            if stored == key { return (index, true) }
            if stored == 0 { return (index, false) }
            index = (index + 1) & mask
        }
    }

    /// Calls `body` with the ordinals holding `key`, newest first.
    func forEach(_ key: UInt64, _ body: (UInt32) -> Void) {
        guard !keys.isEmpty else { return }
        let (index, found) = slot(of: key)
        guard found else { return }
        var node = heads[index]
        while node != Self.none {
            body(nodeOrdinal[Int(node)])
            node = nodeNext[Int(node)]
        }
    }

    /// Adds `ordinal` to the list of `key`; a full list forgets its oldest ordinal.
    mutating func add(_ key: UInt64, _ ordinal: UInt32) {
        add(key, ordinal) { _ in }
    }

    /// Calls `body` with the ordinals holding `key`, newest first, then adds `ordinal` to them (as ``forEach(_:_:)``
    /// then ``add(_:_:)``, with one probe of the table).
    mutating func add(_ key: UInt64, _ ordinal: UInt32, after body: (UInt32) -> Void) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let (index, found) = slot(of: key)
        if found {
            var node = heads[index]
            while node != Self.none {
                body(nodeOrdinal[Int(node)])
                node = nodeNext[Int(node)]
            }
        }
        if !found {
            keys[index] = key
            heads[index] = Self.none
            counts[index] = 0
            count += 1
        }
        if Int(counts[index]) < cap {
            nodeOrdinal.append(ordinal)
            nodeNext.append(heads[index])
            heads[index] = UInt32(nodeOrdinal.count - 1)
            counts[index] += 1
            return
        }
        // Full: detach the tail (oldest) node and reuse it as the new head.
        var previous = Self.none
        var node = heads[index]
        while nodeNext[Int(node)] != Self.none {
            previous = node
            node = nodeNext[Int(node)]
        }
        if previous == Self.none {  // a list of one
            nodeOrdinal[Int(node)] = ordinal
            return
        }
        nodeNext[Int(previous)] = Self.none
        nodeOrdinal[Int(node)] = ordinal
        nodeNext[Int(node)] = heads[index]
        heads[index] = node
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        let oldCounts = counts
        let size = max(1024, keys.count * 2)
        keys = [UInt64](repeating: 0, count: size)
        heads = [UInt32](repeating: Self.none, count: size)
        counts = [UInt8](repeating: 0, count: size)
        for (old, key) in oldKeys.enumerated() where key != 0 {
            let (index, _) = slot(of: key)
            keys[index] = key
            heads[index] = oldHeads[old]
            counts[index] = oldCounts[old]
        }
    }
}
