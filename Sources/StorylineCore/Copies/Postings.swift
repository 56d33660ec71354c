/// The fingerprint index: fingerprint → ordinals of the documents holding it, until it turns common.
///
/// A fingerprint held by more than `cap` documents is *common* (boilerplate, a stock phrase): it carries no evidence
/// that two articles copy each other, so its list is dropped and it is never a candidate source again. That bounds
/// the work of a look-up (at most `cap` ordinals per fingerprint, and in practice far fewer: common fingerprints
/// cost one probe) and the memory of the index, whatever its size.
///
/// Layout, chosen for memory and cache misses at millions of documents: an open-addressing table of 32-bit tags
/// (the fingerprints' high bits; they are well-mixed hashes, so the tag also picks the slot), a one-byte document
/// count and a 32-bit value per slot. A fingerprint held by one document (most of them) keeps that ordinal in the
/// value; a longer list lives in one contiguous block of a size-class pool (2, 4, 8, … ordinals), so reading it is
/// one cache miss, not one per ordinal. Two fingerprints sharing a tag (about one look-up in a hundred at a
/// million documents) merge their lists; that can only propose a spurious candidate, which verification rejects.
/// Codable as its flat arrays.
struct Postings: Codable, Sendable {
    /// Tag of each slot (0 = empty).
    private var tags: [UInt32] = []
    /// Documents seen with each slot's fingerprint, saturating; above `cap` the fingerprint is common.
    private var counts: [UInt8] = []
    /// The ordinal (count 1) or the block (count 2…cap) of each slot.
    private var values: [UInt32] = []
    /// Block pools by size class: class `c` holds blocks of `2 << c` ordinals.
    private var pools: [[UInt32]] = []
    /// Freed blocks of each class, reused first.
    private var free: [[UInt32]] = []
    /// Most ordinals kept per fingerprint.
    private(set) var cap: Int
    /// Fingerprints held (common ones included).
    private(set) var count = 0
    /// Fingerprints that turned common.
    private(set) var commonCount = 0

    /// Count marking a common fingerprint.
    private static let common: UInt8 = .max

    /// Creates an empty index keeping at most `cap` (1…254) ordinals per fingerprint.
    init(cap: Int) { self.cap = max(1, min(cap, 254)) }

    private enum CodingKeys: String, CodingKey {
        case tags, counts, values, pools, free, cap, count, commonCount
    }

    /// The layout of archives written before this one: a table of full 64-bit keys with linked lists that kept
    /// the newest `cap` ordinals of every fingerprint.
    private enum LegacyKeys: String, CodingKey {
        case keys, heads, counts, nodeOrdinal, nodeNext, cap
    }

    /// Decodes the index; an index saved in the earlier layout is rebuilt in this one (each fingerprint's ordinals
    /// added oldest first), so archives written by earlier versions keep working.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.contains(.tags) else {
            try self.init(legacy: decoder.container(keyedBy: LegacyKeys.self))
            return
        }
        self.init(cap: try container.decode(Int.self, forKey: .cap))
        tags = try container.decode([UInt32].self, forKey: .tags)
        counts = try container.decode([UInt8].self, forKey: .counts)
        values = try container.decode([UInt32].self, forKey: .values)
        pools = try container.decode([[UInt32]].self, forKey: .pools)
        free = try container.decode([[UInt32]].self, forKey: .free)
        count = try container.decode(Int.self, forKey: .count)
        commonCount = try container.decode(Int.self, forKey: .commonCount)
    }

    private init(legacy container: KeyedDecodingContainer<LegacyKeys>) throws {
        self.init(cap: try container.decode(Int.self, forKey: .cap))
        let keys = try container.decode([UInt64].self, forKey: .keys)
        let heads = try container.decode([UInt32].self, forKey: .heads)
        let ordinals = try container.decode([UInt32].self, forKey: .nodeOrdinal)
        let next = try container.decode([UInt32].self, forKey: .nodeNext)
        guard heads.count == keys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .heads, in: container, debugDescription: "the index's keys and heads differ in length")
        }
        for (slot, key) in keys.enumerated() where key != 0 {
            var list: [UInt32] = []  // newest first
            var node = heads[slot]
            while node != UInt32.max, Int(node) < ordinals.count, list.count <= ordinals.count {
                list.append(ordinals[Int(node)])
                node = Int(node) < next.count ? next[Int(node)] : UInt32.max
            }
            for ordinal in list.reversed() { add(key, ordinal) }
        }
    }

    /// Bytes held by the arrays.
    var bytes: Int {
        tags.capacity * 4 + counts.capacity + values.capacity * 4 + pools.reduce(0) { $0 + $1.capacity * 4 }
            + free.reduce(0) { $0 + $1.capacity * 4 }
    }

    /// The tag of a fingerprint: its high 32 bits, never 0.
    @inline(__always) private static func tag(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// Size class of a list of `length` ordinals (2 → 0, 3…4 → 1, 5…8 → 2, …).
    @inline(__always) private static func sizeClass(_ length: Int) -> Int {
        length <= 2 ? 0 : (Int.bitWidth - (length - 1).leadingZeroBitCount) - 1
    }

    private func slot(of tag: UInt32) -> (index: Int, found: Bool) {
        let mask = tags.count - 1
        var index = Int(tag) & mask
        while true {
            let stored = tags[index]
            if stored == tag { return (index, true) }
            if stored == 0 { return (index, false) }
            index = (index + 1) & mask
        }
    }

    /// Whether `key` has turned common (held by more than `cap` documents).
    func isCommon(_ key: UInt64) -> Bool {
        guard !tags.isEmpty else { return false }
        let (index, found) = slot(of: Self.tag(key))
        return found && counts[index] == Self.common
    }

    /// Calls `body` with the ordinals holding `key`, oldest first; nothing for a common fingerprint.
    func forEach(_ key: UInt64, _ body: (UInt32) -> Void) {
        guard !tags.isEmpty else { return }
        let (index, found) = slot(of: Self.tag(key))
        guard found else { return }
        visit(index, body)
    }

    @inline(__always) private func visit(_ index: Int, _ body: (UInt32) -> Void) {
        let n = Int(counts[index])
        if n == 1 {
            body(values[index])
        } else if n != Int(Self.common) {
            let size = Self.sizeClass(n)
            let start = Int(values[index]) << (size + 1)
            pools[size].withUnsafeBufferPointer { pool in
                for k in start..<start + n { body(pool[k]) }
            }
        }
    }

    /// Adds `ordinal` to the list of `key`; past `cap` documents the fingerprint turns common and its list is freed.
    mutating func add(_ key: UInt64, _ ordinal: UInt32) {
        add(key, ordinal) { _ in }
    }

    /// Calls `body` with the ordinals holding `key`, oldest first, then adds `ordinal` to them (as ``forEach(_:_:)``
    /// then ``add(_:_:)``, with one probe of the table).
    mutating func add(_ key: UInt64, _ ordinal: UInt32, after body: (UInt32) -> Void) {
        if (count + 1) * 4 > tags.count * 3 { grow() }
        let tag = Self.tag(key)
        let (index, found) = slot(of: tag)
        guard found else {
            tags[index] = tag
            counts[index] = 1
            values[index] = ordinal
            count += 1
            return
        }
        visit(index, body)
        let n = Int(counts[index])
        if n == Int(Self.common) { return }
        if n >= cap {  // turns common: forget its list
            if n >= 2 { release(size: Self.sizeClass(n), block: values[index]) }
            counts[index] = Self.common
            values[index] = 0
            commonCount += 1
            return
        }
        if n == 1 {
            let block = allocate(size: 0)
            pools[0][Int(block) << 1] = values[index]
            pools[0][(Int(block) << 1) + 1] = ordinal
            values[index] = block
        } else {
            let size = Self.sizeClass(n)
            let newSize = Self.sizeClass(n + 1)
            if newSize == size {
                pools[size][(Int(values[index]) << (size + 1)) + n] = ordinal
            } else {
                let block = allocate(size: newSize)
                let from = Int(values[index]) << (size + 1)
                let to = Int(block) << (newSize + 1)
                for k in 0..<n { pools[newSize][to + k] = pools[size][from + k] }
                pools[newSize][to + n] = ordinal
                release(size: size, block: values[index])
                values[index] = block
            }
        }
        counts[index] = UInt8(n + 1)
    }

    /// A block of class `size`, reused when one is free.
    private mutating func allocate(size: Int) -> UInt32 {
        while pools.count <= size {
            pools.append([])
            free.append([])
        }
        if let block = free[size].popLast() { return block }
        let width = 2 << size
        let block = UInt32(pools[size].count / width)
        pools[size].append(contentsOf: repeatElement(0, count: width))
        return block
    }

    private mutating func release(size: Int, block: UInt32) { free[size].append(block) }

    private mutating func grow() {
        let oldTags = tags
        let oldCounts = counts
        let oldValues = values
        let size = max(1024, tags.count * 2)
        tags = [UInt32](repeating: 0, count: size)
        counts = [UInt8](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        for (old, tag) in oldTags.enumerated() where tag != 0 {
            let (index, _) = slot(of: tag)
            tags[index] = tag
            counts[index] = oldCounts[old]
            values[index] = oldValues[old]
        }
    }
}
