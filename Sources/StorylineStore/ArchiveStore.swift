import StorylineCore

/// A persistent news archive: articles with their copies, events, storylines, dates, quotes and entities, searchable.
///
/// Every backend (SQLite now, PostgreSQL next) implements this protocol and passes the same conformance checks
/// (`StorylineStoreConformance`). Reads are plain async queries. Writes go through ``write(_:)``: one transaction,
/// serialised with every other writer of the same archive (other tasks, other processes), so that the online
/// analyses (copy index, event state) always continue from the state the previous batch committed.
public protocol ArchiveStore: Sendable {
    /// Runs `body` inside one write transaction that is serialised with every other writer of this archive.
    ///
    /// What `body` applies through the session commits together when it returns, or not at all when it throws or
    /// the process dies (`kill -9` leaves the archive as it was before the call). `body` is synchronous on
    /// purpose: the analyses it runs are synchronous and read earlier articles through the session on demand.
    func write<T: Sendable>(_ body: @escaping @Sendable (any ArchiveWriteSession) throws -> T) async throws -> T

    /// Counts of what the archive holds.
    func statistics() async throws -> ArchiveStatistics

    /// Articles matching `filter`: newest first, or best match first when the filter has a text query.
    func articles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<ArticleSummary>

    /// One article with its text, dates, copies (both directions, explained), event, storyline, quotes and
    /// entities; `nil` when no article has this id.
    func article(id: String) async throws -> ArticleDetail?

    /// Full-text search over articles and quotes, best match first, with highlighted snippets.
    func search(_ query: SearchQuery, page: PageRequest) async throws -> Page<SearchHit>

    /// Events matching `filter`, newest first.
    func events(_ filter: EventFilter, page: PageRequest) async throws -> Page<EventSummary>

    /// One event with a page of its member articles (oldest first) and its storyline; `nil` when unknown.
    func event(id: String, articles page: PageRequest) async throws -> EventDetail?

    /// Storylines matching `filter`: most events first, then most recent.
    func storylines(_ filter: StorylineFilter, page: PageRequest) async throws -> Page<StorylineSummary>

    /// One storyline with a page of its events in date order (the timeline); `nil` when unknown.
    func storyline(id: String, events page: PageRequest) async throws -> StorylineDetail?

    /// Quotes, newest article first; `speaker` keeps those whose speaker contains it (case-insensitive).
    func quotes(speaker: String?, page: PageRequest) async throws -> Page<QuoteRecord>

    /// The ids among `ids` that the archive holds now, read outside any write: what a batch need not prepare. A
    /// batch still checks again under the write lock (``IngestSession/existingIDs(_:)``).
    func storedIDs(among ids: [String]) async throws -> Set<String>

    /// The state of the online analyses (copy index, event state) as the last batch committed it: the saved
    /// checkpoint with the later articles replayed on it, with `options` (those the articles were ingested with).
    func analysisState(options: AnalysisOptions) async throws -> AnalysisState
}

extension ArchiveStore {
    /// The analysis state, rebuilt with the default analysis options where it must be rebuilt.
    public func analysisState() async throws -> AnalysisState {
        try await analysisState(options: AnalysisOptions())
    }

    /// Adds `articles` as one batch: skips what is already stored, runs the online analyses on the rest and
    /// stores everything in one transaction. See ``ArchiveIngestor``.
    public func ingest(_ articles: [Article], with ingestor: ArchiveIngestor = ArchiveIngestor()) async throws
        -> IngestOutcome
    {
        try await ingest(try await prepare(articles, with: ingestor), with: ingestor)
    }

    /// Does the work of a batch that needs nothing from the archive (``ArchiveIngestor/prepare(_:stored:)``), on a
    /// thread of its own and without the write lock, leaving out the articles the archive already holds.
    public func prepare(_ articles: [Article], with ingestor: ArchiveIngestor = ArchiveIngestor()) async throws
        -> PreparedBatch
    {
        let stored = try await storedIDs(among: Array(Set(articles.map(\.id))))
        return try await BlockingWait.offload { ingestor.prepare(articles, stored: stored) }
    }

    /// Adds a prepared batch (``prepare(_:with:)``) in one transaction: see ``ingest(_:with:)``.
    public func ingest(_ prepared: PreparedBatch, with ingestor: ArchiveIngestor = ArchiveIngestor()) async throws
        -> IngestOutcome
    {
        try await write { session in
            let plan = try ingestor.plan(prepared, in: session)
            try session.apply(plan.batch)
            return plan.outcome
        }
    }
}
