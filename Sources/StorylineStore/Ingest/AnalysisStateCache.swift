import Synchronization

/// The analysis state a process last read or wrote, with the token of the batch it reflects.
///
/// Each committed batch stores a fresh token with its version (``StateHead/token``). A reader whose cached token
/// is the stored one uses the cached state as is; one whose cached token is an older committed batch replays only
/// the articles stored since; anything else (a rolled-back batch's state, another archive's) is never used.
public final class AnalysisStateCache: Sendable {
    /// A state and the token of the batch it reflects.
    public struct Entry: Sendable {
        /// The batch token (``StateHead/token``).
        public let token: String
        /// The state after that batch.
        public let state: AnalysisState

        /// Creates an entry.
        public init(token: String, state: AnalysisState) {
            self.token = token
            self.state = state
        }
    }

    private let entry = Mutex<Entry?>(nil)

    /// Creates an empty cache.
    public init() {}

    /// The entry kept last, if any.
    public var current: Entry? { entry.withLock { $0 } }

    /// Keeps `new`, replacing what was kept.
    public func store(_ new: Entry) {
        entry.withLock { $0 = new }
    }

    /// Keeps `new` unless the kept state has already folded in more articles (a writer's newer state must not be
    /// replaced by a reader's older snapshot).
    public func storeIfNewer(_ new: Entry) {
        entry.withLock { kept in
            if let current = kept, current.state.throughSeq > new.state.throughSeq { return }
            kept = new
        }
    }
}
