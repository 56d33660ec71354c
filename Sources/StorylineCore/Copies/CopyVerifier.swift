/// Compares two profiled documents: alignment, verdict, orientation (which is the original) and explanation.
enum CopyVerifier {
    /// One side of a comparison.
    struct Side {
        /// The document.
        var document: Document
        /// Its profile.
        var profile: CopyProfile
        /// Its publication date, when known.
        var date: Day?
    }

    /// Aligns `old` (indexed earlier) with `new` and, when they are copies, reports them original first.
    static func verify(_ old: Side, _ new: Side, options: CopyOptions) -> (report: CopyReport?, alignment: Alignment) {
        let alignment = SentenceAligner.align(old.profile, new.profile, options: options)
        guard let verdict = CopyJudge.verdict(old.profile, new.profile, alignment, options: options) else {
            return (nil, alignment)
        }
        let newIsOriginal = isOriginal(new, over: old)
        let explanation: CopyExplanation
        if newIsOriginal {
            explanation = CopyExplainer.explain(new, old, alignment.flipped, kind: verdict.kind)
        } else {
            explanation = CopyExplainer.explain(old, new, alignment, kind: verdict.kind)
        }
        let report = CopyReport(
            a: newIsOriginal ? new.document.id : old.document.id, b: newIsOriginal ? old.document.id : new.document.id,
            kind: verdict.kind, score: verdict.score, explanation: explanation)
        return (report, alignment)
    }

    /// Whether `side` is the likely original of the pair: the earlier date; else the fuller text; else not
    /// (the one indexed first stays the original).
    static func isOriginal(_ side: Side, over other: Side) -> Bool {
        if let date = side.date, let otherDate = other.date, date != otherDate { return date < otherDate }
        return side.profile.wordCount > other.profile.wordCount
    }
}

extension Alignment {
    /// The same alignment seen from the other article.
    var flipped: Alignment {
        var result = self
        result.pairs = pairs.map { UnitPair(a: $0.b, b: $0.a, similarity: $0.similarity) }.sorted {
            ($0.b, $0.a) < ($1.b, $1.a)
        }
        swap(&result.alignedWordsA, &result.alignedWordsB)
        swap(&result.coverageA, &result.coverageB)
        return result
    }
}
