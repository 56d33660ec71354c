import StorylineCore

/// What a backend stores of the analysis state: a checkpoint saved now and then, and, as its log, the articles
/// stored after it in the order they were analysed. ``StateReplay`` rebuilds the current state from the two.
public protocol AnalysisStateLog: IngestSession {
    /// The stored head, or `nil` when no batch has analysed anything yet.
    func stateHead() throws -> StateHead?

    /// The saved checkpoint, decoded (its version and replay position are set by the caller).
    func checkpointState() throws -> AnalysisState

    /// Whether the batch that wrote `token` committed: a cached state with that token is then a state the
    /// archive really went through, and replaying the later articles on it gives the current one.
    func batchCommitted(token: String) throws -> Bool

    /// Up to `limit` stored articles whose row number (`articles.seq`) is greater than `seq`, in row order, which
    /// is the order they were analysed in.
    func articles(after seq: Int64, limit: Int) throws -> [(seq: Int64, article: Article)]
}
