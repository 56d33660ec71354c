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

    /// Indexes the documents in order and verifies each against its candidates. Finding candidates depends on
    /// the order (each document sees only earlier ones), so it runs in order, overlapped with profiling; verifying
    /// a pair depends on nothing else, so the pairs are verified in parallel and their verdicts gathered in order:
    /// the result is the same as adding the documents one by one with ``CopyIndex/add(_:date:earlier:)``.
    private func detect(_ documents: [Document], dates: [String: Day], index: inout CopyIndex) -> [CopyReport] {
        let options = options
        let base = index.count
        var found: [(earlier: Int, later: Int)] = []
        // Profiles are built in parallel while this thread indexes the ones ready, in order.
        let profiles = OrderedPipeline.run(documents.count) {
            CopyProfile(documents[$0], options: options)
        } consume: {
            position, profile in
            let id = documents[position].id
            let candidates = index.addDeferringVerification(profile, id: id, date: dates[id])
            for ordinal in candidates where ordinal >= base { found.append((ordinal - base, position)) }
        }
        let pairs = found
        let verdicts = ParallelMap.map(pairs.count, minimum: 16) { k -> CopyReport? in
            let (earlier, later) = pairs[k]
            let old = CopyVerifier.Side(
                document: documents[earlier], profile: profiles[earlier], date: dates[documents[earlier].id])
            let new = CopyVerifier.Side(
                document: documents[later], profile: profiles[later], date: dates[documents[later].id])
            return CopyVerifier.verify(old, new, options: options).report
        }
        return verdicts.compactMap { $0 }
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
