/// Builds the human-readable evidence of a verdict: aligned sentence pairs, swapped words, coverage.
enum CopyExplainer {
    /// Most swaps listed in one explanation.
    static let maxSwaps = 40

    /// The explanation for a verdict between `a` (the original) and `b` (the copy) aligned as `alignment`;
    /// swapped words are listed unless the copy is exact.
    static func explain(
        _ a: CopyVerifier.Side, _ b: CopyVerifier.Side, _ alignment: Alignment, kind: CopyKind?
    ) -> CopyExplanation {
        let pa = a.profile
        let pb = b.profile
        let pairs = alignment.pairs
        // Units of one sentence pair merge into one aligned sentence pair, weighted by length.
        var merged: [Int: (a: Int, b: Int, weighted: Double, weight: Double)] = [:]
        var order: [Int] = []
        for pair in pairs {
            let sa = Int(pa.unitSentence[pair.a])
            let sb = Int(pb.unitSentence[pair.b])
            let key = sa << 32 | sb
            let weight = Double(pa.length(pair.a) + pb.length(pair.b))
            if var entry = merged[key] {
                entry.weighted += pair.similarity * weight
                entry.weight += weight
                merged[key] = entry
            } else {
                merged[key] = (sa, sb, pair.similarity * weight, weight)
                order.append(key)
            }
        }
        let aligned = order.compactMap { merged[$0] }.map { entry in
            AlignedSentences(a: entry.a, b: entry.b, similarity: round3(entry.weighted / max(entry.weight, 1)))
        }.sorted { ($0.b, $0.a) < ($1.b, $1.a) }
        var swaps: [WordSwap] = []
        if kind != .exact {
            swaps = wordSwaps(a.document, pa, b.document, pb, pairs: pairs)
        }
        return CopyExplanation(
            aligned: aligned, swaps: swaps, coverageA: round3(alignment.coverageA),
            coverageB: round3(alignment.coverageB))
    }

    /// Rounds to three decimals, for stable JSON.
    static func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Word or short-phrase replacements found in aligned, non-verbatim units, most frequent first. The diff runs
    /// on word hashes and swaps are counted by the hashes of their words; only one occurrence of each distinct
    /// swap is looked up as strings.
    static func wordSwaps(
        _ a: Document, _ pa: CopyProfile, _ b: Document, _ pb: CopyProfile, pairs: [UnitPair]
    ) -> [WordSwap] {
        var slots: [SwapKey: Int] = [:]
        var found: [(key: SwapKey, from: Range<Int>, to: Range<Int>, count: Int)] = []
        let maxWords = 4
        var scratch = DiffScratch()
        for pair in pairs where pair.similarity < 1 {
            let startA = pa.range(pair.a).lowerBound
            let startB = pb.range(pair.b).lowerBound
            scratch.forEachStretch(pa.words[pa.range(pair.a)], pb.words[pb.range(pair.b)]) { removed, added in
                guard !removed.isEmpty, !added.isEmpty, removed.count <= maxWords, added.count <= maxWords else {
                    return
                }
                // As ``WordDiff/pairUp(_:_:)``: word for word, the length difference going to the last pair.
                let paired = min(removed.count, added.count) - 1
                for k in 0...paired {
                    let fromEnd = k < paired ? removed.lowerBound + k + 1 : removed.upperBound
                    let toEnd = k < paired ? added.lowerBound + k + 1 : added.upperBound
                    let from: Range<Int> = (startA + removed.lowerBound + k)..<(startA + fromEnd)
                    let to: Range<Int> = (startB + added.lowerBound + k)..<(startB + toEnd)
                    let key = SwapKey(from: pa.words[from], to: pb.words[to])
                    if let slot = slots[key] {
                        found[slot].count += 1
                    } else {
                        slots[key] = found.count
                        found.append((key, from, to, 1))
                    }
                }
            }
        }
        let swaps = found.map { entry in
            WordSwap(from: phrase(a, entry.from), to: phrase(b, entry.to), count: entry.count)
        }
        return swaps.sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }.prefix(maxSwaps).map { $0 }
    }

    /// The lower-cased words of `range`, separated by single spaces.
    private static func phrase(_ document: Document, _ range: Range<Int>) -> String {
        range.count == 1 ? document.word(at: range.lowerBound) : range.map(document.word(at:)).joined(separator: " ")
    }

    /// A swap by the hashes of its words (at most four on each side): equal keys are equal phrases.
    private struct SwapKey: Hashable {
        var words = SIMD8<UInt64>()
        var fromCount: Int
        var toCount: Int

        init(from: ArraySlice<UInt64>, to: ArraySlice<UInt64>) {
            fromCount = from.count
            toCount = to.count
            for (k, word) in from.enumerated() { words[k] = word }
            for (k, word) in to.enumerated() { words[4 + k] = word }
        }

        /// One mixed value: the words are hashes already, so a cheap mix is as good as hashing every field.
        func hash(into hasher: inout Hasher) {
            var mixed = UInt64(fromCount << 4 | toCount)
            for k in 0..<8 { mixed = (mixed ^ words[k]) &* 0x9E37_79B9_7F4A_7C15 }
            hasher.combine(mixed)
        }
    }
}
