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
        let profiles = documents.map { CopyProfile($0, options: options) }
        var reports: [CopyReport] = []
        for (position, document) in documents.enumerated() {
            reports += index.add(profiles[position], document: document, date: dates[document.id]) { ordinal in
                (documents[ordinal], profiles[ordinal])
            }
        }
        return reports
    }
}
