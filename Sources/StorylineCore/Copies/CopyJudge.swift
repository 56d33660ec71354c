/// Turns an alignment into a verdict: whether the pair is a copy, of which kind, and how strong.
///
/// Two reports of the same event share names, numbers and quotes, and two updates of one story share some
/// paragraphs; neither is a copy. A copy is one text reproduced in another:
/// - `exact`: the same words in the same order;
/// - `near`: most of both articles aligned (a few sentences edited, added or dropped);
/// - `spun`: most aligned sentences differ, by word swaps (stretches where words were replaced, rarely stretches
///   only inserted or deleted: an editor inserts and deletes, a spinner replaces and touches every sentence),
///   covering most of one article, or a long run of sentences;
/// - `partial`: one article (most of it) reproduced in the other, verbatim or spun, or an unbroken verbatim passage
///   of several sentences lifted into another piece.
enum CopyJudge {
    /// The verdict for two profiles aligned as `alignment`, or nil when they are not copies.
    static func verdict(
        _ a: CopyProfile, _ b: CopyProfile, _ alignment: Alignment, options: CopyOptions
    ) -> (kind: CopyKind, score: Double)? {
        guard a.wordCount >= options.minWords, b.wordCount >= options.minWords else { return nil }
        if a.fingerprint == b.fingerprint, a.words == b.words { return (.exact, 1) }
        let alignedWords = min(alignment.alignedWordsA, alignment.alignedWordsB)
        let shorter = min(a.wordCount, b.wordCount)
        guard alignment.pairs.count >= 2 || alignedWords >= shorter * 9 / 10,
            alignedWords >= min(options.minAlignedWords, shorter * 8 / 10)
        else { return nil }
        let covMin = min(alignment.coverageA, alignment.coverageB)
        let covMax = max(alignment.coverageA, alignment.coverageB)
        let score = (alignment.similarity * covMax * 1000).rounded() / 1000
        var spinMemo: Bool?
        /// Whether the aligned sentences differ the way a spinner changes them (computed only when needed).
        func spinLike() -> Bool {
            if let spinMemo { return spinMemo }
            let modified = alignment.pairs.filter { $0.similarity < 1 }.count
            var result = false
            if Double(modified) >= options.spunSentenceShare * Double(alignment.pairs.count) {
                let shape = editShape(a, b, alignment)
                result = shape.substitutions >= 3 && shape.substitutions >= 2 * shape.insertionsOrDeletions
            }
            spinMemo = result
            return result
        }
        if covMin >= options.nearCoverage {
            return (alignment.verbatimShare < options.spunShare && spinLike() ? .spun : .near, score)
        }
        // A passage lifted verbatim into another piece: one unbroken block of whole sentences, no edits around it
        // (two updates of one story share paragraphs too, but interleaved with edited and rewritten ones).
        if alignment.verbatimShare >= options.passageVerbatim, alignment.longestRun == alignment.pairs.count,
            alignment.pairs.count >= options.minPassage, alignment.longestRunWords >= options.minPassageWords
        {
            return (.partial, score)
        }
        guard covMax >= options.minCoverage else { return nil }
        let verbatimLike = alignment.verbatimShare >= options.verbatimShare
        let passageWords = Double(alignment.longestRunWords)
        if covMax >= options.containment, passageWords >= 0.6 * Double(alignedWords) {
            if !verbatimLike && spinLike() { return (.spun, score) }
            if verbatimLike || alignment.similarity >= options.lightEdits { return (.partial, score) }
            return nil
        }
        if alignment.verbatimShare < options.spunShare, alignment.pairs.count >= options.minRun,
            covMax >= options.minCoverage, Double(alignment.longestRun) >= 0.6 * Double(alignment.pairs.count),
            spinLike()
        {
            return (.spun, score)
        }
        return nil
    }

    /// Substitution and insertion/deletion stretches over all non-verbatim aligned units.
    static func editShape(_ a: CopyProfile, _ b: CopyProfile, _ alignment: Alignment) -> (
        substitutions: Int, insertionsOrDeletions: Int
    ) {
        var substitutions = 0
        var others = 0
        var scratch = DiffScratch()
        for pair in alignment.pairs where pair.similarity < 1 {
            // As ``WordDiff/shape(_:_:)``: a stretch that both removes and adds words is a substitution.
            scratch.forEachStretch(a.words[a.range(pair.a)], b.words[b.range(pair.b)]) { removed, added in
                if !removed.isEmpty, !added.isEmpty {
                    substitutions += 1
                } else {
                    others += 1
                }
            }
        }
        return (substitutions, others)
    }
}
