/// Where the stored analysis state stands: the committed version, and the checkpoint it is rebuilt from.
public struct StateHead: Sendable, Equatable {
    /// Number of committed batches that changed the state.
    public var version: Int
    /// A random token written by the last committed batch: equal tokens mean the same committed state.
    public var token: String
    /// The last article row (`articles.seq`) folded into the saved checkpoint; later rows are replayed on it.
    public var checkpointSeq: Int64

    /// Creates a head.
    public init(version: Int, token: String, checkpointSeq: Int64) {
        self.version = version
        self.token = token
        self.checkpointSeq = checkpointSeq
    }
}
