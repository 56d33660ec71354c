/// Word-level differences between two short word sequences, through their longest common subsequence.
enum WordDiff {
    /// One step of an edit script, with positions in the two sequences.
    enum Edit: Equatable, Sendable {
        /// `x[i]` and `y[j]` are the same word.
        case same(Int, Int)
        /// `x[i]` is only in the first sequence.
        case removed(Int)
        /// `y[j]` is only in the second sequence.
        case added(Int)
    }

    /// The edit script turning `x` into `y`: common words kept, the rest removed or added, in reading order.
    static func script<T: Equatable>(_ x: [T], _ y: [T]) -> [Edit] {
        let n = x.count
        let m = y.count
        let width = m + 1
        // suffix[i * width + j] = LCS length of x[i...] and y[j...].
        var suffix = [Int32](repeating: 0, count: (n + 1) * width)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    suffix[i * width + j] =
                        x[i] == y[j]
                        ? suffix[(i + 1) * width + j + 1] + 1
                        : max(suffix[(i + 1) * width + j], suffix[i * width + j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n, j < m {
            if x[i] == y[j] {
                edits.append(.same(i, j))
                i += 1
                j += 1
            } else if suffix[(i + 1) * width + j] >= suffix[i * width + j + 1] {
                edits.append(.removed(i))
                i += 1
            } else {
                edits.append(.added(j))
                j += 1
            }
        }
        while i < n {
            edits.append(.removed(i))
            i += 1
        }
        while j < m {
            edits.append(.added(j))
            j += 1
        }
        return edits
    }

    /// The changed stretches between common words: (removed positions, added positions) for each stretch.
    static func stretches<T: Equatable>(_ x: [T], _ y: [T]) -> [(removed: [Int], added: [Int])] {
        var result: [(removed: [Int], added: [Int])] = []
        var removed: [Int] = []
        var added: [Int] = []
        for edit in script(x, y) {
            switch edit {
            case .same:
                if !removed.isEmpty || !added.isEmpty { result.append((removed, added)) }
                removed.removeAll()
                added.removeAll()
            case .removed(let i): removed.append(i)
            case .added(let j): added.append(j)
            }
        }
        if !removed.isEmpty || !added.isEmpty { result.append((removed, added)) }
        return result
    }

    /// How two versions of a sentence differ: stretches where words were replaced by others (the mark of a
    /// synonym spinner) and stretches where words were only inserted or deleted (the mark of an editor).
    static func shape<T: Equatable>(_ x: [T], _ y: [T]) -> (substitutions: Int, insertionsOrDeletions: Int) {
        var substitutions = 0
        var others = 0
        for stretch in stretches(x, y) {
            if !stretch.removed.isEmpty, !stretch.added.isEmpty {
                substitutions += 1
            } else {
                others += 1
            }
        }
        return (substitutions, others)
    }

    /// Replacements of up to `maxWords` words by up to `maxWords` words between common words: the synonym swaps
    /// of a spun text (`played` → `performed`, `the city` → `town`). Adjacent swaps read word for word; a length
    /// difference goes to the last pair ("military activity near" → "navy exercise close to" gives
    /// military→navy, activity→exercise, near→close to).
    static func replacements(_ x: [String], _ y: [String], maxWords: Int = 4) -> [(String, String)] {
        var result: [(String, String)] = []
        for stretch in stretches(x, y) {
            let removed = stretch.removed.map { x[$0] }
            let added = stretch.added.map { y[$0] }
            guard !removed.isEmpty, !added.isEmpty, removed.count <= maxWords, added.count <= maxWords else {
                continue
            }
            result += pairUp(removed, added)
        }
        return result
    }

    /// Reads a replaced stretch word for word, the length difference going to the last pair.
    static func pairUp(_ removed: [String], _ added: [String]) -> [(String, String)] {
        let paired = min(removed.count, added.count) - 1
        var result: [(String, String)] = []
        for k in 0..<max(0, paired) { result.append((removed[k], added[k])) }
        result.append(
            (removed[max(0, paired)...].joined(separator: " "), added[max(0, paired)...].joined(separator: " ")))
        return result
    }
}

/// ``WordDiff/stretches(_:_:)`` for word hashes, with reusable buffers: the hot form used by copy verdicts and
/// explanations, which diff every edited sentence pair of a copy.
///
/// The script is walked on the lengths of the longest common subsequences of every pair of suffixes. When one
/// sequence has at most 64 words, those lengths come from the rows of the bit-parallel LCS (one machine word per
/// word of the other sequence, see ``lcsStep(_:_:)``) rather than from a table with a cell per pair of words.
struct DiffScratch {
    /// `suffix[i * width + j]` = LCS length of `x[i...]` and `y[j...]`, for the part after the common prefix.
    private var suffix: [Int32] = []
    /// Bit-parallel rows: `rows[r]` after `r` words of the long sequence, read from its end.
    private var rows: [UInt64] = []
    /// Match vectors of the short sequence.
    private var table = MatchTable()

    /// Calls `body` with each changed stretch between common words of the edit script turning `x` into `y`, as the
    /// removed positions of `x` and the added positions of `y` (each consecutive), in reading order: exactly the
    /// stretches of ``WordDiff/stretches(_:_:)``.
    mutating func forEachStretch(
        _ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>, _ body: (_ removed: Range<Int>, _ added: Range<Int>) -> Void
    ) {
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in forEachStretch(xs, ys, body) }
        }
    }

    private mutating func forEachStretch(
        _ x: UnsafeBufferPointer<UInt64>, _ y: UnsafeBufferPointer<UInt64>,
        _ body: (_ removed: Range<Int>, _ added: Range<Int>) -> Void
    ) {
        // The script takes equal words greedily, so a common prefix is always "same": skip it.
        var prefix = 0
        while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
        let xs = UnsafeBufferPointer(rebasing: x[prefix...])
        let ys = UnsafeBufferPointer(rebasing: y[prefix...])
        let n = xs.count
        let m = ys.count
        if n == 0 || m == 0 {
            if n > 0 || m > 0 { body(prefix..<(prefix + n), prefix..<(prefix + m)) }
            return
        }
        if m <= 64 || n <= 64 {
            // Rows over the short sequence (reversed), one per word of the long one read from its end:
            // LCS(x[i...], y[j...]) is the LCS of a prefix of each reversed sequence.
            let shortIsY = m <= 64
            let short = shortIsY ? ys : xs
            let long = shortIsY ? xs : ys
            if rows.count < long.count + 1 { rows = [UInt64](repeating: 0, count: max(long.count + 1, rows.count * 2)) }
            rows.withUnsafeMutableBufferPointer { rows in
                table.with(short, reversed: true) { match in
                    var v = UInt64.max
                    rows[0] = v
                    for r in 0..<long.count {
                        v = lcsStep(v, match(long[long.count - 1 - r]))
                        rows[r + 1] = v
                    }
                }
                // LCS of the first `c` words of the reversed short sequence with the first `r` of the long one.
                @inline(__always) func prefixLCS(_ r: Int, _ c: Int) -> Int32 {
                    let low: UInt64 = c == 64 ? UInt64.max : (1 << UInt64(c)) - 1
                    return Int32(c - (rows[r] & low).nonzeroBitCount)
                }
                Self.walk(xs, ys, prefix: prefix, body) { i, j in
                    shortIsY ? prefixLCS(n - i, m - j) : prefixLCS(m - j, n - i)
                }
            }
            return
        }
        let width = m + 1
        let cells = (n + 1) * width
        if suffix.count < cells { suffix = [Int32](repeating: 0, count: max(cells, suffix.count * 2)) }
        suffix.withUnsafeMutableBufferPointer { table in
            for j in 0...m { table[n * width + j] = 0 }
            for i in 0...n { table[i * width + m] = 0 }
            for i in stride(from: n - 1, through: 0, by: -1) {
                let word = xs[i]
                let here = i * width
                let below = here + width
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[here + j] =
                        word == ys[j] ? table[below + j + 1] + 1 : max(table[below + j], table[here + j + 1])
                }
            }
            Self.walk(xs, ys, prefix: prefix, body) { i, j in table[i * width + j] }
        }
    }

    /// Walks the edit script of `x` and `y` given `lcs(i, j)`, the LCS length of `x[i...]` and `y[j...]`, reporting
    /// stretches at positions shifted by `prefix`.
    @inline(__always)
    private static func walk(
        _ x: UnsafeBufferPointer<UInt64>, _ y: UnsafeBufferPointer<UInt64>, prefix: Int,
        _ body: (_ removed: Range<Int>, _ added: Range<Int>) -> Void, _ lcs: (Int, Int) -> Int32
    ) {
        let n = x.count
        let m = y.count
        var i = 0
        var j = 0
        var removedStart = 0
        var addedStart = 0
        while i < n, j < m {
            if x[i] == y[j] {
                if removedStart < i || addedStart < j {
                    body((prefix + removedStart)..<(prefix + i), (prefix + addedStart)..<(prefix + j))
                }
                i += 1
                j += 1
                removedStart = i
                addedStart = j
            } else if lcs(i + 1, j) >= lcs(i, j + 1) {
                i += 1
            } else {
                j += 1
            }
        }
        if removedStart < n || addedStart < m {
            body((prefix + removedStart)..<(prefix + n), (prefix + addedStart)..<(prefix + m))
        }
    }
}
