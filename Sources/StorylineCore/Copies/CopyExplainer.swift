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
    /// on word hashes; only the replaced words are looked up as strings.
    static func wordSwaps(
        _ a: Document, _ pa: CopyProfile, _ b: Document, _ pb: CopyProfile, pairs: [UnitPair]
    ) -> [WordSwap] {
        var counts: [String: (from: String, to: String, count: Int)] = [:]
        let maxWords = 4
        var scratch = DiffScratch()
        var removed: [String] = []
        var added: [String] = []
        for pair in pairs where pair.similarity < 1 {
            let startA = pa.range(pair.a).lowerBound
            let startB = pb.range(pair.b).lowerBound
            scratch.forEachStretch(pa.words[pa.range(pair.a)], pb.words[pb.range(pair.b)]) { removedWords, addedWords in
                guard !removedWords.isEmpty, !addedWords.isEmpty, removedWords.count <= maxWords,
                    addedWords.count <= maxWords
                else { return }
                removed.removeAll(keepingCapacity: true)
                added.removeAll(keepingCapacity: true)
                for k in removedWords { removed.append(a.word(at: startA + k)) }
                for k in addedWords { added.append(b.word(at: startB + k)) }
                for (from, to) in WordDiff.pairUp(removed, added) {
                    counts[from + "\u{1}" + to, default: (from, to, 0)].count += 1
                }
            }
        }
        return counts.values.sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }
            .prefix(maxSwaps).map { WordSwap(from: $0.from, to: $0.to, count: $0.count) }
    }
}
