import PostgresNIO

@testable import StorylinePostgres

/// A driver error of a test's own SQL, with the server's message (PostgresNIO hides it from `description`).
struct RawSQLError: Error, CustomStringConvertible {
    /// The statement that failed.
    let sql: String
    /// What the server or driver said.
    let reason: String

    var description: String { "`\(sql)` failed: \(reason)" }
}

extension PostgresArchiveStore {
    /// Runs a test's own SQL on the store's pool and collects its rows.
    ///
    /// A method, so that the store (whose deinit shuts the pool) lives until the rows are read; a failure names the
    /// statement and carries the server's message and the driver's full error.
    func sql(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            return try await client.query(query, logger: logger).collect()
        } catch {
            throw RawSQLError(
                sql: query.sql, reason: Self.describe(error) + " — " + String(reflecting: error))
        }
    }
}
