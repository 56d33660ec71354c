import StorylineStore
import Synchronization

/// The analysis state this process committed last, so that its next batch need not read the state back.
///
/// The stored state is a single row; every batch that changes it writes a new row version, whose `xmin` (the
/// writing transaction's id) is kept here with the state. A writer holding the archive's write lock reads only
/// `xmin`: when it is the kept one, no other writer committed since, and the kept state is the stored state.
/// Otherwise (another worker wrote in between) the state is read and decoded from the database, as it must be.
final class PostgresStateCache: Sendable {
    /// A committed state and the row version it was stored as.
    struct Entry: Sendable {
        /// `xmin` of the `analysis_state` row that holds ``state``.
        let rowVersion: String
        /// The state.
        let state: AnalysisState
    }

    private let entry = Mutex<Entry?>(nil)

    /// The last committed entry, if any.
    var current: Entry? { entry.withLock { $0 } }

    /// Records the entry a transaction saved, after it committed.
    func committed(_ saved: Entry?) {
        guard let saved else { return }
        entry.withLock { $0 = saved }
    }
}
