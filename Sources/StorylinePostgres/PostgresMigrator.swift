import Logging
import PostgresNIO
import StorylineStore

/// Brings an archive's schema up to date: creates the schema and the `storyline_migrations` table when missing,
/// then applies each missing migration in its own transaction.
///
/// Everything happens under a transaction-scoped advisory lock on (`storyline.migrate`, schema), so that several
/// workers or servers starting at once against a new database migrate it exactly once: the first one applies the
/// migrations, the others wait, then find nothing left to do. An archive migrated by a newer Storyline (a version
/// this program does not know) is refused rather than written with an older idea of the schema.
struct PostgresMigrator {
    let connection: PostgresConnection
    let location: PostgresLocation
    let logger: Logger

    /// Advisory-lock namespace of Storyline's locks (the first key of the two-key form).
    static let lockNamespace = "storyline"

    /// Applies what is missing; returns the versions applied now.
    @discardableResult
    func migrate() async throws -> [Int] {
        var applied: [Int] = []
        try await transaction {
            try await lock()
            var create = SQLStatement()
            create.append("CREATE SCHEMA IF NOT EXISTS \"\(location.schema)\"")
            try await connection.query(create.query, logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS storyline_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
        }
        for migration in PostgresSchema.migrations {
            let done = try await transaction { () -> Bool in
                try await lock()
                let known = try await appliedVersions()
                if let newest = known.last, newest > PostgresSchema.latestVersion {
                    throw ArchiveError.newerSchema(location: location.description)
                }
                if known.contains(migration.version) { return false }
                for sql in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                }
                var record = SQLStatement()
                record.append(
                    """
                    INSERT INTO storyline_migrations (version, name)
                    VALUES (\(record.bind(migration.version)), \(record.bind(migration.name)))
                    """)
                try await connection.query(record.query, logger: logger)
                return true
            }
            if done { applied.append(migration.version) }
        }
        try await transaction {
            let known = try await appliedVersions()
            if let newest = known.last, newest > PostgresSchema.latestVersion {
                throw ArchiveError.newerSchema(location: location.description)
            }
        }
        return applied
    }

    /// The versions recorded in `storyline_migrations`, ascending.
    func appliedVersions() async throws -> [Int] {
        let rows = try await connection.query(
            "SELECT version FROM storyline_migrations ORDER BY version", logger: logger
        )
        .collect()
        return try rows.map { try $0.decode(Int.self) }
    }

    /// Takes the migration lock of this schema until the transaction ends.
    private func lock() async throws {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT pg_advisory_xact_lock(hashtext(\(statement.bind(Self.lockNamespace))),
                hashtext(\(statement.bind("migrate:" + location.schema))))
            """)
        try await connection.query(statement.query, logger: logger)
    }

    private func transaction<T>(_ body: () async throws -> T) async throws -> T {
        try await connection.query("BEGIN", logger: logger)
        do {
            let value = try await body()
            try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
