/// Finds articles that copy one another: exact, near, partial and spun copies.
///
/// The batch form of ``CopyIndex``: documents are added to a fresh index in input order, each compared only with
/// the candidates the index proposes, so the cost per document stays flat as the collection grows.
public struct CopyDetector: Sendable {
    /// Tuning in force.
    public var options: CopyOptions

    /// Creates a detector.
    public init(options: CopyOptions = CopyOptions()) { self.options = options }

    /// Copy verdicts among `documents`; `dates` (by article id) helps tell the original from the copy.
    public func detect(_ documents: [Document], dates: [String: Day] = [:]) -> [CopyReport] {
        var index = CopyIndex(options: options)
        return detect(documents, dates: dates, index: &index)
    }

    /// Copy verdicts among `documents`, also returning the index built (for its size and for later additions).
    public func detectIndexing(_ documents: [Document], dates: [String: Day] = [:]) -> (
        copies: [CopyReport], index: CopyIndex
    ) {
        var index = CopyIndex(options: options)
        let copies = detect(documents, dates: dates, index: &index)
        return (copies, index)
    }

    private func detect(_ documents: [Document], dates: [String: Day], index: inout CopyIndex) -> [CopyReport] {
        let options = options
        let profiles = ParallelMap.map(documents) { CopyProfile($0, options: options) }
        var reports: [CopyReport] = []
        for (position, document) in documents.enumerated() {
            reports += index.add(profiles[position], document: document, date: dates[document.id]) { ordinal in
                (documents[ordinal], profiles[ordinal])
            }
        }
        return reports
    }
}

/// Everything known about one pair of documents: the verdict when they are copies, and the evidence either way.
public struct CopyComparison: Hashable, Codable, Sendable {
    /// The copy verdict (original first), or nil when the pair is not judged a copy.
    public var report: CopyReport?
    /// Aligned sentences, swaps and coverage, with `a` the first document given and `b` the second.
    public var explanation: CopyExplanation

    /// Creates a comparison.
    public init(report: CopyReport?, explanation: CopyExplanation) {
        self.report = report
        self.explanation = explanation
    }
}

extension CopyDetector {
    /// Compares two documents directly (no index): the verdict, and the alignment evidence even when they are not
    /// copies, so that people can see why. `dates` (by article id) helps tell the original from the copy.
    public func compare(_ first: Document, _ second: Document, dates: [String: Day] = [:]) -> CopyComparison {
        let one = CopyVerifier.Side(
            document: first, profile: CopyProfile(first, options: options), date: dates[first.id])
        let two = CopyVerifier.Side(
            document: second, profile: CopyProfile(second, options: options), date: dates[second.id])
        let (report, alignment) = CopyVerifier.verify(one, two, options: options)
        let explanation = CopyExplainer.explain(one, two, alignment, kind: report?.kind)
        return CopyComparison(report: report, explanation: explanation)
    }
}
