/// Longest-common-subsequence lengths of word-hash sequences, with reusable buffers.
///
/// When the shorter sequence has at most 64 words (nearly every sentence), the length comes from the bit-parallel
/// algorithm of Allison and Dix (1986) in Hyyrö's form: one machine word holds a whole row of the dynamic
/// programme, so the cost is one table lookup and a few integer operations per word of the longer sequence
/// instead of one cell per pair of words. Longer pairs use the row-by-row dynamic programme.
struct LCSScratch {
    /// Word hash of each slot of the match table (valid when the slot's stamp is current).
    private var slotWord = [UInt64](repeating: 0, count: LCSScratch.slots)
    /// Positions (bits) of the word in the short sequence.
    private var slotMask = [UInt64](repeating: 0, count: LCSScratch.slots)
    /// Call that last wrote each slot: stale slots are empty, so the table is never cleared.
    private var slotStamp = [UInt32](repeating: 0, count: LCSScratch.slots)
    private var stamp: UInt32 = 0
    /// Row of the dynamic programme for long pairs.
    private var row: [Int32] = []

    /// Slots of the match table: a power of two, at least four times 64 so that probes stay short.
    private static let slots = 256

    /// Length of the longest common subsequence of two word sequences.
    mutating func lcs(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Int {
        if x.isEmpty || y.isEmpty { return 0 }
        if y.count <= 64 { return bitParallel(x, y) }
        if x.count <= 64 { return bitParallel(y, x) }
        return dynamicProgramme(x, y)
    }

    /// The bit-parallel length; `y` has at most 64 words.
    private mutating func bitParallel(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Int {
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
                    var bit: UInt64 = 1
                    for word in y {
                        var slot = Int(truncatingIfNeeded: word) & mask
                        while stamps[slot] == current, words[slot] != word { slot = (slot + 1) & mask }
                        if stamps[slot] == current {
                            masks[slot] |= bit
                        } else {
                            stamps[slot] = current
                            words[slot] = word
                            masks[slot] = bit
                        }
                        bit <<= 1
                    }
                    var v = UInt64.max
                    for word in x {
                        var slot = Int(truncatingIfNeeded: word) & mask
                        while stamps[slot] == current, words[slot] != word { slot = (slot + 1) & mask }
                        guard stamps[slot] == current else { continue }
                        let u = v & masks[slot]
                        v = (v &+ u) | (v & ~u)
                    }
                    let live: UInt64 = y.count == 64 ? UInt64.max : (1 << UInt64(y.count)) - 1
                    return y.count - (v & live).nonzeroBitCount
                }
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
