/// Longest-common-subsequence lengths of word-hash sequences, with reusable buffers.
///
/// When the shorter sequence has at most 64 words (nearly every sentence), the length comes from the bit-parallel
/// algorithm of Allison and Dix (1986) in Hyyrö's form: one machine word holds a whole row of the dynamic
/// programme, so the cost is one table lookup and a few integer operations per word of the longer sequence
/// instead of one cell per pair of words. Longer pairs use the row-by-row dynamic programme.
/// Positions of each word of a short sequence (at most 64 words), as bit masks, found by word hash: the match
/// vectors of bit-parallel LCS. Slots are stamped with the call that wrote them, so the table is never cleared.
struct MatchTable {
    private var slotWord = [UInt64](repeating: 0, count: MatchTable.slots)
    private var slotMask = [UInt64](repeating: 0, count: MatchTable.slots)
    private var slotStamp = [UInt32](repeating: 0, count: MatchTable.slots)
    private var stamp: UInt32 = 0

    /// Slots: a power of two, at least four times 64 so that probes stay short.
    private static let slots = 256

    /// Fills the table with the words of `y` (at most 64; bit `k` stands for `y[k]` in `y`'s own order, or for
    /// `y[count - 1 - k]` when `reversed`), then runs `body` with a lookup from a word to its mask (0 if absent).
    mutating func with<R>(_ y: UnsafeBufferPointer<UInt64>, reversed: Bool, _ body: ((UInt64) -> UInt64) -> R) -> R {
        stamp &+= 1
        if stamp == 0 {  // wrapped: forget every slot once
            for k in 0..<Self.slots { slotStamp[k] = 0 }
            stamp = 1
        }
        let mask = Self.slots - 1
        let current = stamp
        return slotWord.withUnsafeMutableBufferPointer { words in
            slotMask.withUnsafeMutableBufferPointer { masks in
                slotStamp.withUnsafeMutableBufferPointer { stamps in
                    for k in 0..<y.count {
                        let word = y[reversed ? y.count - 1 - k : k]
                        var slot = Int(truncatingIfNeeded: word) & mask
                        while stamps[slot] == current, words[slot] != word { slot = (slot + 1) & mask }
                        if stamps[slot] == current {
                            masks[slot] |= 1 << UInt64(k)
                        } else {
                            stamps[slot] = current
                            words[slot] = word
                            masks[slot] = 1 << UInt64(k)
                        }
                    }
                    return body { word in
                        var slot = Int(truncatingIfNeeded: word) & mask
                        while stamps[slot] == current, words[slot] != word { slot = (slot + 1) & mask }
                        return stamps[slot] == current ? masks[slot] : 0
                    }
                }
            }
        }
    }
}

/// One step of the bit-parallel LCS (Hyyrö's form of Allison and Dix): the row vector after one more word of the
/// long sequence, whose positions in the short one are `match`. Bit `c` of a row is clear exactly when the LCS
/// grows by one from the first `c` words of the short sequence to the first `c + 1`.
@inline(__always) func lcsStep(_ v: UInt64, _ match: UInt64) -> UInt64 {
    let u = v & match
    return (v &+ u) | (v & ~u)
}

struct LCSScratch {
    /// Match vectors of the short sequence.
    private var table = MatchTable()
    /// Row of the dynamic programme for long pairs.
    private var row: [Int32] = []

    /// Length of the longest common subsequence of two word sequences.
    mutating func lcs(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Int {
        if x.isEmpty || y.isEmpty { return 0 }
        if y.count <= 64 { return bitParallel(x, y) }
        if x.count <= 64 { return bitParallel(y, x) }
        return dynamicProgramme(x, y)
    }

    /// The bit-parallel length; `y` has at most 64 words.
    private mutating func bitParallel(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Int {
        y.withUnsafeBufferPointer { ys in
            table.with(ys, reversed: false) { match in
                var v = UInt64.max
                for word in x { v = lcsStep(v, match(word)) }
                let live: UInt64 = ys.count == 64 ? UInt64.max : (1 << UInt64(ys.count)) - 1
                return ys.count - (v & live).nonzeroBitCount
            }
        }
    }

    /// The row-by-row dynamic programme, O(n·m).
    private mutating func dynamicProgramme(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Int {
        let m = y.count
        if row.count < m + 1 { row = [Int32](repeating: 0, count: m + 1) }
        for k in 0...m { row[k] = 0 }
        return row.withUnsafeMutableBufferPointer { current in
            y.withUnsafeBufferPointer { ys in
                for word in x {
                    var diagonal: Int32 = 0
                    for k in 0..<m {
                        let above = current[k + 1]
                        let value: Int32
                        if ys[k] == word {
                            value = diagonal + 1
                        } else {
                            value = max(above, current[k])
                        }
                        diagonal = above
                        current[k + 1] = value
                    }
                }
                return Int(current[m])
            }
        }
    }
}
