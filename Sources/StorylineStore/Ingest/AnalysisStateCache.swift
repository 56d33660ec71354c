import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The analysis state a process last read or wrote, with the token of the batch it reflects.
///
/// Each committed batch stores a fresh token with its version (``StateHead/token``). A reader whose cached token
/// is the stored one uses the cached state as is; one whose cached token is an older committed batch replays only
/// the articles stored since; anything else (a rolled-back batch's state, another archive's) is never used.
///
/// A writer *takes* the state (``take()``) instead of reading it: while the cache also held it, the writer's first
/// change to each of its arrays would copy the whole array (copy on write), a cost that grows with the archive
/// (about 1 KB per stored article on every batch). Readers that come while it is taken wait for the writer to
/// store its new state (``store(_:)``) or give up the loan (``endLoan()``).
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

    /// The kept entry, and whether a writer has taken it.
    private struct Slot {
        var entry: Entry?
        var lent = false
    }

    private let slot = Mutex(Slot())

    /// Longest a reader waits for a writer to bring a taken state back before it rebuilds one itself.
    private let loanWaitMicroseconds: Int

    /// Creates an empty cache.
    public init(loanWait seconds: Double = 60) {
        loanWaitMicroseconds = Int(max(0, seconds) * 1_000_000)
    }

    /// The entry kept last, if any; while a writer has taken it, waits (up to the loan wait) for it to come back.
    public var current: Entry? {
        var waited = 0
        while true {
            let (entry, lent) = slot.withLock { ($0.entry, $0.lent) }
            if !lent || waited >= loanWaitMicroseconds { return entry }
            usleep(1_000)
            waited += 1_000
        }
    }

    /// The entry kept last, if any, removed from the cache so that the caller holds its state alone and can change
    /// it in place; the cache stays empty (readers wait) until ``store(_:)`` or ``endLoan()``.
    public func take() -> Entry? {
        slot.withLock { kept in
            let entry = kept.entry
            kept.entry = nil
            kept.lent = true
            return entry
        }
    }

    /// Ends a loan made by ``take()`` without bringing a state back (the batch failed): readers stop waiting.
    public func endLoan() {
        slot.withLock { $0.lent = false }
    }

    /// Keeps `new`, replacing what was kept, and ends any loan.
    public func store(_ new: Entry) {
        slot.withLock { $0 = Slot(entry: new, lent: false) }
    }

    /// Keeps `new` unless the kept state has already folded in more articles (a writer's newer state must not be
    /// replaced by a reader's older snapshot).
    public func storeIfNewer(_ new: Entry) {
        slot.withLock { kept in
            if let current = kept.entry, current.state.throughSeq > new.state.throughSeq { return }
            kept.entry = new
        }
    }
}
