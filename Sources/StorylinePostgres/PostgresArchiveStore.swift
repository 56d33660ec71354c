import Foundation
import Logging
import PostgresNIO
import StorylineCore
import StorylineStore

/// The shared archive: PostgreSQL through PostgresNIO, for several ingest workers and API servers on one database.
///
/// Same behaviour as the SQLite backend (the same conformance checks pass). Writes: each ``write(_:)`` is one
/// transaction that first takes the archive's write lock, a transaction-scoped advisory lock on
/// (`storyline`, `write:SCHEMA`), so batches from any number of processes run one after another, each planned from
/// the analysis state the previous one committed (read back under the lock). A process that dies mid-batch loses its
/// connection, and PostgreSQL rolls the transaction back and releases the lock: nothing half-written remains.
/// Reads run in read-only REPEATABLE READ snapshots on pooled connections and never wait for writers.
///
/// Full-text search uses stored `tsvector` columns (English stemming, title weighted above text) with GIN indexes,
/// `to_tsquery` built from quoted terms, `ts_rank` ordering and `ts_headline` snippets.
public final class PostgresArchiveStore: ArchiveStore {
    /// Where the archive lives.
    public let location: PostgresLocation
    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>
    let stateCache = AnalysisStateCache()
    /// Largest part the analysis state is saved in (``StateChunks``; tests make it small).
    let stateChunkSize: Int

    /// Connects to the server at `location`, creating the schema and migrating it as needed.
    ///
    /// Throws ``ArchiveError/cannotOpen(location:reason:)`` when the server cannot be reached or refuses the login,
    /// and ``ArchiveError/newerSchema(location:)`` when a newer Storyline migrated the archive. `stateChunkSize` is
    /// the largest part a checkpoint is saved in (``StateChunks``; tests make it small).
    public init(
        location: PostgresLocation, maximumConnections: Int = 8, logger: Logger? = nil,
        stateChunkSize: Int = StateChunks.defaultSize
    ) async throws {
        self.location = location
        self.stateChunkSize = stateChunkSize
        var logger = logger ?? Logger(label: "storyline.postgres")
        logger[metadataKey: "archive"] = "\(location)"
        self.logger = logger
        // One direct connection first: a wrong URL, a stopped server or a refused login fails now with the server's
        // own message (the pool would keep retrying), and the schema is migrated before any pooled work.
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try location.connectionConfiguration(), id: 0, logger: logger)
            do {
                try await PostgresMigrator(connection: connection, location: location, logger: logger).migrate()
                try? await connection.close()
            } catch {
                try? await connection.close()
                throw error
            }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.cannotOpen(location: location.description, reason: Self.describe(error))
        }
        let client = PostgresClient(configuration: location.clientConfiguration(maximumConnections: maximumConnections))
        self.client = client
        runTask = Task { await client.run() }
    }

    /// Connects to the archive named by a `postgres://` URL (see ``PostgresLocation``).
    public convenience init(
        url: String, maximumConnections: Int = 8, logger: Logger? = nil, stateChunkSize: Int = StateChunks.defaultSize
    ) async throws {
        try await self.init(
            location: PostgresLocation(url: url), maximumConnections: maximumConnections, logger: logger,
            stateChunkSize: stateChunkSize)
    }

    deinit { runTask.cancel() }

    /// Closes the connections; further calls fail.
    public func close() {
        runTask.cancel()
    }

    /// Versions of the migrations applied to the archive, ascending.
    public func appliedMigrations() async throws -> [Int] {
        try await run {
            try await client.withConnection { connection in
                try await PostgresMigrator(connection: connection, location: location, logger: logger).appliedVersions()
            }
        }
    }

    /// Versions of every migration this program knows.
    public static var knownMigrations: [Int] { PostgresSchema.migrations.map(\.version) }

    /// Runs `body` in one transaction that holds the archive's write lock; see the type's documentation.
    public func write<T: Sendable>(_ body: @escaping @Sendable (any ArchiveWriteSession) throws -> T) async throws -> T
    {
        try await run {
            // The session takes the cached state to change it in place; the loan ends however the batch ends.
            defer { stateCache.endLoan() }
            return try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    try await lockWrites(connection)
                    let session = PostgresWriteSession(
                        connection: connection, logger: logger, cache: stateCache, chunkSize: stateChunkSize,
                        takesState: true)
                    let value = try await BlockingWait.offload { try body(session) }
                    try await connection.query("COMMIT", logger: logger)
                    return value
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    /// Takes the archive's write lock until the transaction ends (commit, rollback, or a dropped connection).
    private func lockWrites(_ connection: PostgresConnection) async throws {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT pg_advisory_xact_lock(hashtext(\(statement.bind(PostgresMigrator.lockNamespace))),
                hashtext(\(statement.bind("write:" + location.schema))))
            """)
        try await connection.query(statement.query, logger: logger)
    }

    /// Counts of what the archive holds, from one snapshot.
    public func statistics() async throws -> ArchiveStatistics {
        try await read { queries in
            let rows = try await queries.rows(
                SQLStatement(
                    """
                    SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
                        (SELECT count(*) FROM storylines) AS storylines, (SELECT count(*) FROM copies) AS copies,
                        (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM entities) AS entities,
                        (SELECT count(*) FROM ingest_batches) AS batches
                    """))
            guard let row = rows.first else { throw ArchiveError.backend("no statistics row") }
            return ArchiveStatistics(
                articles: try row.int("articles"), events: try row.int("events"),
                storylines: try row.int("storylines"), copies: try row.int("copies"), quotes: try row.int("quotes"),
                entities: try row.int("entities"), batches: try row.int("batches"))
        }
    }

    /// Articles matching `filter`: newest first, or best match first for a text query.
    public func articles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<ArticleSummary> {
        try await read { try await $0.articles(filter, page: page) }
    }

    /// One article with everything known about it; `nil` when unknown.
    public func article(id: String) async throws -> ArticleDetail? {
        try await read { try await $0.article(id: id) }
    }

    /// Full-text search over articles and quotes, best match first, with marked snippets.
    public func search(_ query: SearchQuery, page: PageRequest) async throws -> Page<SearchHit> {
        try await read { try await $0.search(query, page: page) }
    }

    /// Events matching `filter`, newest first.
    public func events(_ filter: EventFilter, page: PageRequest) async throws -> Page<EventSummary> {
        try await read { try await $0.events(filter, page: page) }
    }

    /// One event with a page of its members, oldest first; `nil` when unknown.
    public func event(id: String, articles page: PageRequest) async throws -> EventDetail? {
        try await read { try await $0.event(id: id, page: page) }
    }

    /// Storylines matching `filter`: most events first, then most recent.
    public func storylines(_ filter: StorylineFilter, page: PageRequest) async throws -> Page<StorylineSummary> {
        try await read { try await $0.storylines(filter, page: page) }
    }

    /// One storyline with a page of its events in date order; `nil` when unknown.
    public func storyline(id: String, events page: PageRequest) async throws -> StorylineDetail? {
        try await read { try await $0.storyline(id: id, page: page) }
    }

    /// Quotes, newest article first, optionally by speaker.
    public func quotes(speaker: String?, page: PageRequest) async throws -> Page<QuoteRecord> {
        try await read { try await $0.quotes(speaker: speaker, page: page) }
    }

    /// The analysis state as the last batch left it (the checkpoint with later articles replayed on it; the kept
    /// copy when it is still the stored one). Kept for the next reader too: a server answering /api/compare while
    /// other processes ingest replays only what they added since.
    public func analysisState(options: AnalysisOptions) async throws -> AnalysisState {
        try await read { queries in
            let session = PostgresWriteSession(
                connection: queries.connection, logger: self.logger, cache: self.stateCache,
                chunkSize: self.stateChunkSize)
            return try await BlockingWait.offload { try session.analysisState(options: options) }
        }
    }

    /// The ids among `ids` the archive holds now (read outside any write).
    public func storedIDs(among ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await read { queries in
            let session = PostgresWriteSession(
                connection: queries.connection, logger: self.logger, cache: self.stateCache,
                chunkSize: self.stateChunkSize)
            return try await BlockingWait.offload { try session.existingIDs(ids) }
        }
    }

    /// Runs `body` in a read-only snapshot: several queries of one answer see the same committed data.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresQueries) async throws -> T) async throws -> T {
        try await run {
            try await client.withConnection { connection in
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                do {
                    let value = try await body(PostgresQueries(connection: connection, logger: logger))
                    try await connection.query("COMMIT", logger: logger)
                    return value
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    /// Runs a database call, turning driver errors into ``ArchiveError`` (other errors, such as a write body's own,
    /// pass through unchanged).
    private func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ArchiveError {
            throw error
        } catch let error as PSQLError {
            throw ArchiveError.backend(Self.describe(error))
        } catch let error as PostgresDecodingError {
            throw ArchiveError.backend(Self.describe(error))
        }
    }

    /// A one-line description of a driver error: the server's message and detail when there is one.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                var text = message
                if let detail = error.serverInfo?[.detail] { text += " (\(detail))" }
                if let code = error.serverInfo?[.sqlState] { text += " [SQLSTATE \(code)]" }
                return text
            }
            return "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
        return "\(error)"
    }
}
