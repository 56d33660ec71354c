import Foundation
import GRDB
import StorylineCore
import StorylineStore

/// The embedded archive: one SQLite file (WAL mode) through GRDB, with FTS5 full-text search.
///
/// Writes are serialised by SQLite's single writer (also across processes: a second `storyline ingest` waits for
/// the first one's batch), and each ``write(_:)`` is one transaction, so a crash or `kill -9` leaves the file as it
/// was before the batch or after it. Readers never block the writer (WAL).
public final class SQLiteArchiveStore: ArchiveStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let stateCache = AnalysisStateCache()
    /// Largest part the analysis state is saved in.
    let stateChunkSize: Int

    /// Opens the archive at `path`, creating it and migrating its schema as needed.
    ///
    /// `busyTimeout` is how long a writer waits for another process's transaction before failing; `stateChunkSize`
    /// is the largest part a checkpoint is saved in (``StateChunks``; tests make it small).
    public init(path: String, busyTimeout: TimeInterval = 60, stateChunkSize: Int = StateChunks.defaultSize) throws {
        self.path = path
        self.stateChunkSize = stateChunkSize
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "storyline.archive"
        configuration.prepareDatabase { db in
            // WAL + NORMAL is durable against process crashes (kill -9), which is what a batch must survive.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw ArchiveError.cannotOpen(location: path, reason: SQLiteArchiveStore.describe(error))
        }
        let migrator = SQLiteSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw ArchiveError.newerSchema(location: path)
            }
            try migrator.migrate(pool)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.cannotOpen(location: path, reason: SQLiteArchiveStore.describe(error))
        }
    }

    /// Names of the migrations applied to the file, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { try SQLiteSchema.migrator.appliedMigrations($0) }
    }

    /// Names of every migration this program knows.
    public static var knownMigrations: [String] { SQLiteSchema.migrator.migrations }

    /// Runs SQLite's own consistency check; returns `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    /// Closes the file; further calls fail.
    public func close() throws { try pool.close() }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction (SQLite's single writer serialises it with every other
    /// writer, in this process or another).
    public func write<T: Sendable>(_ body: @escaping @Sendable (any ArchiveWriteSession) throws -> T) async throws -> T
    {
        try await run {
            // The session takes the cached state to change it in place; the loan ends however the batch ends.
            defer { self.stateCache.endLoan() }
            return try await self.pool.write { db in
                try body(
                    SQLiteWriteSession(
                        db: db, cache: self.stateCache, chunkSize: self.stateChunkSize, takesState: true))
            }
        }
    }

    /// Counts of the archive's rows.
    public func statistics() async throws -> ArchiveStatistics {
        try await read { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return ArchiveStatistics(
                articles: try count("articles"), events: try count("events"), storylines: try count("storylines"),
                copies: try count("copies"), quotes: try count("quotes"), entities: try count("entities"),
                batches: try count("ingest_batches"))
        }
    }

    /// Articles, newest first, or by FTS5 rank (bm25, titles weighted 3×) when the filter has text.
    public func articles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<ArticleSummary> {
        try await read { try SQLiteQueries(db: $0).articles(filter, page: page) }
    }

    /// One article with everything known about it.
    public func article(id: String) async throws -> ArticleDetail? {
        try await read { try SQLiteQueries(db: $0).article(id: id) }
    }

    /// FTS5 search over `articles_fts` and `quotes_fts`, merged by score.
    public func search(_ query: SearchQuery, page: PageRequest) async throws -> Page<SearchHit> {
        try await read { try SQLiteQueries(db: $0).search(query, page: page) }
    }

    /// Events, newest first.
    public func events(_ filter: EventFilter, page: PageRequest) async throws -> Page<EventSummary> {
        try await read { try SQLiteQueries(db: $0).events(filter, page: page) }
    }

    /// One event with a page of its members.
    public func event(id: String, articles page: PageRequest) async throws -> EventDetail? {
        try await read { try SQLiteQueries(db: $0).event(id: id, page: page) }
    }

    /// Storylines, most events first.
    public func storylines(_ filter: StorylineFilter, page: PageRequest) async throws -> Page<StorylineSummary> {
        try await read { try SQLiteQueries(db: $0).storylines(filter, page: page) }
    }

    /// One storyline with a page of its events in date order.
    public func storyline(id: String, events page: PageRequest) async throws -> StorylineDetail? {
        try await read { try SQLiteQueries(db: $0).storyline(id: id, page: page) }
    }

    /// Quotes, newest article first.
    public func quotes(speaker: String?, page: PageRequest) async throws -> Page<QuoteRecord> {
        try await read { try SQLiteQueries(db: $0).quotes(speaker: speaker, page: page) }
    }

    /// The ids among `ids` the archive holds now (read outside any write).
    public func storedIDs(among ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await read { try SQLiteWriteSession(db: $0, cache: self.stateCache).existingIDs(ids) }
    }

    /// The analysis state as the last batch left it (the checkpoint with later articles replayed on it).
    public func analysisState(options: AnalysisOptions) async throws -> AnalysisState {
        try await read { try SQLiteWriteSession(db: $0, cache: self.stateCache).analysisState(options: options) }
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await run { try await self.pool.read(body) }
    }

    /// Runs a database call, turning GRDB's errors into ``ArchiveError``.
    private func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ArchiveError {
            throw error
        } catch let error as DatabaseError {
            throw ArchiveError.backend(SQLiteArchiveStore.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}
