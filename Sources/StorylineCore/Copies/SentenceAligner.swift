/// Two alignment units, one in each article, judged to be the same sentence (or piece of one).
struct UnitPair: Sendable {
    /// Unit in the first profile.
    var a: Int
    /// Unit in the second profile.
    var b: Int
    /// Similarity: twice the longest common word subsequence over the two lengths, 0…1.
    var similarity: Double
}

/// The result of aligning two articles unit by unit, with the figures verdicts are made from.
struct Alignment: Sendable {
    /// Aligned units, ordered by their position in the second article.
    var pairs: [UnitPair] = []
    /// Words of the first article inside aligned units.
    var alignedWordsA = 0
    /// Words of the second article inside aligned units.
    var alignedWordsB = 0
    /// Share of the first article's words covered, 0…1.
    var coverageA = 0.0
    /// Share of the second article's words covered, 0…1.
    var coverageB = 0.0
    /// Mean similarity of the aligned units, weighted by their length.
    var similarity = 0.0
    /// Share of the aligned words that sit in verbatim units.
    var verbatimShare = 0.0
    /// Most aligned units in one passage: consecutive in both articles (one skipped unit allowed on either side).
    var longestRun = 0
    /// Words (mean of both sides) in that passage.
    var longestRunWords = 0
}

/// Aligns the sentences of two articles without comparing every sentence with every other.
///
/// Units are first paired through shared sentence keys (content words, names, numbers) in one merge pass over the
/// two sorted key lists; only the best-voted pairs are then compared word by word (longest common subsequence).
/// Each unit is aligned at most once; order is not required, so a shuffled copy still aligns, but passages
/// (consecutive aligned units) are measured because a shared passage is what separates a copy from two reports
/// that share a quote.
enum SentenceAligner {
    /// Aligns `a` and `b`.
    static func align(_ a: CopyProfile, _ b: CopyProfile, options: CopyOptions) -> Alignment {
        var alignment = Alignment()
        guard a.unitCount > 0, b.unitCount > 0 else { return alignment }
        var candidates = verbatimPairs(a, b)
        var matchedB = [Bool](repeating: false, count: b.unitCount)
        for pair in candidates { matchedB[pair.b] = true }
        let votes = sharedKeyVotes(a, b)
        var scratch = LCSScratch()
        var index = 0
        while index < votes.count {
            // votes are sorted by b unit, then a unit; each entry packs (b << 40 | a << 16 | count).
            let unitB = Int(votes[index] >> 40)
            if matchedB[unitB] {
                while index < votes.count, Int(votes[index] >> 40) == unitB { index += 1 }
                continue
            }
            var best: (a: Int, count: Int) = (-1, 0)
            var second: (a: Int, count: Int) = (-1, 0)
            while index < votes.count, Int(votes[index] >> 40) == unitB {
                let unitA = Int((votes[index] >> 16) & 0xFF_FFFF)
                let count = Int(votes[index] & 0xFFFF)
                if count > best.count {
                    second = best
                    best = (unitA, count)
                } else if count > second.count {
                    second = (unitA, count)
                }
                index += 1
            }
            for unitA in [best.a, second.a].lazy where unitA >= 0 {
                let similarity = unitSimilarity(a, unitA, b, unitB, &scratch)
                if similarity >= options.sentenceSimilarity {
                    candidates.append(UnitPair(a: unitA, b: unitB, similarity: similarity))
                }
            }
        }
        candidates.sort { ($0.similarity, $1.b, $1.a) > ($1.similarity, $0.b, $0.a) }
        var usedA = [Bool](repeating: false, count: a.unitCount)
        var usedB = [Bool](repeating: false, count: b.unitCount)
        for candidate in candidates where !usedA[candidate.a] && !usedB[candidate.b] {
            usedA[candidate.a] = true
            usedB[candidate.b] = true
            alignment.pairs.append(candidate)
        }
        alignment.pairs.sort { ($0.b, $0.a) < ($1.b, $1.a) }
        fillGaps(&alignment, a, b, usedA: usedA, usedB: usedB, options: options, scratch: &scratch)
        summarize(&alignment, a, b)
        return alignment
    }

    /// Units with the same words in both articles, paired in order within each group of equal units (so that a
    /// sentence repeated many times still pairs one to one, where key votes give up on words that common).
    private static func verbatimPairs(_ a: CopyProfile, _ b: CopyProfile) -> [UnitPair] {
        let sa = sortedUnits(a)
        let sb = sortedUnits(b)
        var pairs: [UnitPair] = []
        var i = 0
        var j = 0
        while i < sa.count, j < sb.count {
            if sa[i].0 < sb[j].0 {
                i += 1
            } else if sa[i].0 > sb[j].0 {
                j += 1
            } else {
                let hash = sa[i].0
                while i < sa.count, j < sb.count, sa[i].0 == hash, sb[j].0 == hash {
                    if a.length(sa[i].1) == b.length(sb[j].1), a.length(sa[i].1) > 0 {
                        pairs.append(UnitPair(a: sa[i].1, b: sb[j].1, similarity: 1))
                    }
                    i += 1
                    j += 1
                }
                while i < sa.count, sa[i].0 == hash { i += 1 }
                while j < sb.count, sb[j].0 == hash { j += 1 }
            }
        }
        return pairs
    }

    /// The units of `profile` as (hash, unit), ordered by hash then unit.
    private static func sortedUnits(_ profile: CopyProfile) -> [(UInt64, Int)] {
        var units = (0..<profile.unitCount).map { (profile.unitHash[$0], $0) }
        if units.count > 32 {
            units.sort { $0 < $1 }
            return units
        }
        for k in units.indices.dropFirst() {  // few units: insertion
            let unit = units[k]
            var j = k
            while j > 0, unit < units[j - 1] {
                units[j] = units[j - 1]
                j -= 1
            }
            units[j] = unit
        }
        return units
    }

    /// Aligns a single unit left between two aligned neighbours on both sides (`a-1↔b-1` and `a+1↔b+1`) when it is
    /// at least loosely similar: its position is evidence too (a heavily spun sentence inside a spun passage).
    private static func fillGaps(
        _ alignment: inout Alignment, _ a: CopyProfile, _ b: CopyProfile, usedA: [Bool], usedB: [Bool],
        options: CopyOptions, scratch: inout LCSScratch
    ) {
        var added: [UnitPair] = []
        for (previous, next) in zip(alignment.pairs, alignment.pairs.dropFirst())
        where next.a == previous.a + 2 && next.b == previous.b + 2 {
            let ua = previous.a + 1
            let ub = previous.b + 1
            guard !usedA[ua], !usedB[ub] else { continue }
            let similarity = unitSimilarity(a, ua, b, ub, &scratch)
            if similarity >= options.gapSimilarity { added.append(UnitPair(a: ua, b: ub, similarity: similarity)) }
        }
        guard !added.isEmpty else { return }
        alignment.pairs += added
        alignment.pairs.sort { ($0.b, $0.a) < ($1.b, $1.a) }
    }

    /// Votes for unit pairs: for each key shared by the two articles (and not too common in either), one vote for
    /// every pair of units holding it. Returned sorted by b unit, as `b << 40 | a << 16 | votes`.
    private static func sharedKeyVotes(_ a: CopyProfile, _ b: CopyProfile) -> [UInt64] {
        let shift = CopyProfile.unitBits
        let mask = CopyProfile.unitMask
        var codes: [UInt64] = []
        var i = 0
        var j = 0
        let ka = a.keys
        let kb = b.keys
        while i < ka.count, j < kb.count {
            let wa = ka[i] >> shift
            let wb = kb[j] >> shift
            if wa < wb {
                i += 1
            } else if wa > wb {
                j += 1
            } else {
                var endA = i + 1
                while endA < ka.count, ka[endA] >> shift == wa { endA += 1 }
                var endB = j + 1
                while endB < kb.count, kb[endB] >> shift == wb { endB += 1 }
                if (endA - i) * (endB - j) <= 16 {
                    for x in i..<endA {
                        for y in j..<endB { codes.append(((kb[y] & mask) << 24) | (ka[x] & mask)) }
                    }
                }
                i = endA
                j = endB
            }
        }
        var votes: [UInt64] = []
        let cells = a.unitCount * b.unitCount
        if cells <= 1 << 14 {
            // Count the votes of each unit pair in a table (b major, so that reading it in order gives the votes
            // sorted by b unit, then a unit, as sorting the codes would).
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: cells) { counts in
                counts.initialize(repeating: 0)
                for code in codes { counts[Int(code >> 24) * a.unitCount + Int(code & 0xFF_FFFF)] += 1 }
                for cell in 0..<cells where counts[cell] > 0 {
                    let (unitB, unitA) = cell.quotientAndRemainder(dividingBy: a.unitCount)
                    votes.append((UInt64(unitB) << 40) | (UInt64(unitA) << 16) | UInt64(min(counts[cell], 0xFFFF)))
                }
            }
            return votes
        }
        codes.sort()
        var k = 0
        while k < codes.count {
            var end = k + 1
            while end < codes.count, codes[end] == codes[k] { end += 1 }
            let unitB = codes[k] >> 24
            let unitA = codes[k] & 0xFF_FFFF
            votes.append((unitB << 40) | (unitA << 16) | UInt64(min(end - k, 0xFFFF)))
            k = end
        }
        return votes
    }

    /// Similarity of unit `ua` of `a` and unit `ub` of `b`.
    static func unitSimilarity(
        _ a: CopyProfile, _ ua: Int, _ b: CopyProfile, _ ub: Int, _ scratch: inout LCSScratch
    ) -> Double {
        let la = a.length(ua)
        let lb = b.length(ub)
        guard la > 0, lb > 0 else { return 0 }
        if la == lb, a.unitHash[ua] == b.unitHash[ub] { return 1 }
        let common = scratch.lcs(a.words[a.range(ua)], b.words[b.range(ub)])
        return 2 * Double(common) / Double(la + lb)
    }

    private static func summarize(_ alignment: inout Alignment, _ a: CopyProfile, _ b: CopyProfile) {
        var weighted = 0.0
        var weight = 0.0
        var verbatim = 0.0
        for pair in alignment.pairs {
            let la = a.length(pair.a)
            let lb = b.length(pair.b)
            alignment.alignedWordsA += la
            alignment.alignedWordsB += lb
            weighted += pair.similarity * Double(la + lb)
            weight += Double(la + lb)
            if pair.similarity >= 1 { verbatim += Double(la + lb) }
        }
        alignment.coverageA = a.wordCount == 0 ? 0 : Double(alignment.alignedWordsA) / Double(a.wordCount)
        alignment.coverageB = b.wordCount == 0 ? 0 : Double(alignment.alignedWordsB) / Double(b.wordCount)
        alignment.similarity = weight == 0 ? 0 : weighted / weight
        alignment.verbatimShare = weight == 0 ? 0 : verbatim / weight
        var run = 0
        var runWords = 0
        var previous: UnitPair?
        for pair in alignment.pairs {
            let words = (a.length(pair.a) + b.length(pair.b)) / 2
            if let last = previous, pair.b - last.b <= 2, pair.a - last.a >= 1, pair.a - last.a <= 2 {
                run += 1
                runWords += words
            } else {
                run = 1
                runWords = words
            }
            if run > alignment.longestRun || (run == alignment.longestRun && runWords > alignment.longestRunWords) {
                alignment.longestRun = run
                alignment.longestRunWords = runWords
            }
            previous = pair
        }
    }
}
