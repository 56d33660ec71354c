import StorylineCore

/// What the incremental ingestor reads from the archive while it plans a batch, inside the write transaction.
///
/// Synchronous because the analyses that call it (``CopyIndex/add(_:date:earlier:)``) are synchronous. A backend
/// whose driver is asynchronous runs the planning on a thread of its own and waits for each query there (never on
/// a Swift concurrency thread); see ``BlockingWait``.
public protocol IngestSession {
    /// The ids among `ids` that the archive already holds.
    func existingIDs(_ ids: [String]) throws -> Set<String>

    /// For each of `hashes` already stored, the id of the article that holds it (see ``ContentHash``).
    func articleIDs(forContentHashes hashes: [String]) throws -> [String: String]

    /// A stored article, or `nil`.
    func article(id: String) throws -> Article?

    /// The stored date resolutions of `ids` (articles without any are left out).
    func dateResolutions(_ ids: [String]) throws -> [String: DateResolution]

    /// Stored person names of two words or more whose last word is one of `surnames`, each with the number of
    /// articles that mention it: what a bare surname in a new article may stand for.
    func personNames(withSurnames surnames: [String]) throws -> [String: Int]

    /// The names among `names` (single words) that the archive holds as people: surnames stored alone, which a
    /// full name arriving later may explain (``IngestBatch/renamedPeople``).
    func barePersonNames(among names: [String]) throws -> Set<String>

    /// Stored entities, of any type, whose name is one of `names` (compared exactly), with the number of articles
    /// that mention each: the types earlier batches gave the names a new batch leaves untyped.
    func entities(named names: [String]) throws -> [StoredEntity]

    /// How many stored articles hold `phrase` as words, by the archive's full-text index (stemmed as searches
    /// are), counting no further than `limit`: how widely a name is used, typed or not.
    func articleCount(containingPhrase phrase: String, upTo limit: Int) throws -> Int

    /// The analysis state committed by the last batch, or a fresh one for an empty archive. `options` are the
    /// analysis options the archive's articles were ingested with: a backend that saves the state only at
    /// checkpoints replays the later articles with them (``StateReplay``).
    func analysisState(options: AnalysisOptions) throws -> AnalysisState

    /// The version of that state (0 for an empty archive), without reading the state itself: what a batch with
    /// nothing new reports.
    func analysisStateVersion() throws -> Int
}

extension IngestSession {
    /// The analysis state, rebuilt with the default analysis options where it must be rebuilt.
    public func analysisState() throws -> AnalysisState { try analysisState(options: AnalysisOptions()) }

    /// Reads the whole state; backends override it with a read of the version alone.
    public func analysisStateVersion() throws -> Int { try analysisState().version }
}

/// An ``IngestSession`` that can also write: what ``ArchiveStore/write(_:)`` hands to its body.
public protocol ArchiveWriteSession: IngestSession {
    /// Writes a planned batch. Rows are added or replaced by key, so applying a batch is all-or-nothing with the
    /// enclosing transaction. Throws ``ArchiveError/stateConflict(expected:found:)`` when the batch was planned
    /// from another state version than the stored one.
    func apply(_ batch: IngestBatch) throws
}
