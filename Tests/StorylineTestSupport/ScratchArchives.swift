import Foundation
import StorylinePostgres
import StorylineSQLite
import StorylineStore

/// A backend the archive tests run on, and how to make a fresh, empty archive on it.
public enum ArchiveBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    /// An SQLite file in a temporary folder.
    case sqlite
    /// A new schema in the test PostgreSQL database (``ScratchPostgres``).
    case postgres

    /// The backends the tests can run on here: SQLite always, PostgreSQL when a test server is configured.
    public static var available: [ArchiveBackend] { ScratchPostgres.isConfigured ? allCases : [.sqlite] }

    /// A fresh, empty archive.
    public func makeStore() async throws -> any ArchiveStore {
        switch self {
        case .sqlite: return try SQLiteArchiveStore(path: ScratchSQLite.path())
        case .postgres: return try await ScratchPostgres.makeStore()
        }
    }

    /// Opens the archive at `location` (made by ``makeLocation()``) as a new process would: nothing cached.
    public func open(_ location: String) async throws -> any ArchiveStore {
        switch self {
        case .sqlite: return try SQLiteArchiveStore(path: location)
        case .postgres: return try await PostgresArchiveStore(url: location)
        }
    }

    /// A location string (`--db`) for a fresh, empty archive: a file path, or a URL with a new schema.
    public func makeLocation() throws -> String {
        switch self {
        case .sqlite: return ScratchSQLite.path()
        case .postgres: return try ScratchPostgres.makeURL()
        }
    }

    /// The backend's name, as test arguments show it.
    public var description: String { rawValue }
}

/// Fresh SQLite archive paths.
public enum ScratchSQLite {
    /// A path for a new archive file (its folder exists, the file does not).
    public static func path() -> String { ScratchFolder.archivePath() }
}

/// The test PostgreSQL server, named by `STORYLINE_TEST_POSTGRES_URL` (which `scripts/test` sets after starting a
/// throwaway cluster through `scripts/services`). Each scratch archive is a new schema in that database.
public enum ScratchPostgres {
    /// The environment variable that names the test server.
    public static let variable = "STORYLINE_TEST_POSTGRES_URL"

    /// The test server's URL, when one is configured.
    public static var url: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether a test server is configured.
    public static var isConfigured: Bool { url != nil }

    /// Why PostgreSQL tests are skipped when none is.
    public static let skipMessage =
        "no PostgreSQL test server: STORYLINE_TEST_POSTGRES_URL is not set. Run scripts/test (it starts a throwaway "
        + "cluster with scripts/services), or `scripts/services swift test`, or set the variable to a server."

    /// A URL of the test database with a new, unused schema.
    public static func makeURL() throws -> String {
        guard let url else { throw ArchiveError.cannotOpen(location: variable, reason: "not set") }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
    }

    /// A fresh, empty archive in a new schema.
    public static func makeStore() async throws -> PostgresArchiveStore {
        try await PostgresArchiveStore(url: try makeURL(), maximumConnections: 4)
    }
}
