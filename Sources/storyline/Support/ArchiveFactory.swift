import ArgumentParser
import Foundation
import StorylinePostgres
import StorylineSQLite
import StorylineStore

/// The one place that turns an archive location (`--db` or `STORYLINE_DB`) into a store: a `postgres://` URL opens
/// the shared PostgreSQL archive, anything else is an SQLite file. Every command and the server open their archive
/// here, so both backends are available everywhere.
enum ArchiveFactory {
    /// Which backend a location selects.
    enum Backend: String {
        case sqlite
        case postgres
    }

    /// The backend `location` selects.
    static func backend(of location: String) -> Backend {
        PostgresLocation.isPostgresURL(location) ? .postgres : .sqlite
    }

    /// Opens the archive at `location`; `create` allows making a new, empty one (an SQLite file that does not
    /// exist yet; a PostgreSQL schema is always created and migrated on first use).
    ///
    /// Prints what went wrong and throws the matching exit code when it cannot: 64 for a malformed `postgres://`
    /// URL, 66 for a missing SQLite file when not creating, 74 when the archive cannot be opened.
    static func open(_ location: String, create: Bool) async throws -> any ArchiveStore {
        do {
            switch backend(of: location) {
            case .postgres:
                let parsed: PostgresLocation
                do {
                    parsed = try PostgresLocation(url: location)
                } catch let error as ArchiveError {
                    // A malformed URL is a usage error (64), unlike a server that cannot be reached (74).
                    Terminal.error(error.description)
                    throw ExitCode.validationFailure
                }
                return try await PostgresArchiveStore(location: parsed)
            case .sqlite:
                if !create && !FileManager.default.fileExists(atPath: location) {
                    Terminal.error(
                        "no archive at \(location); create one with `storyline ingest PATH --db \(location)`")
                    throw StorylineExit.noInput
                }
                return try SQLiteArchiveStore(path: location)
            }
        } catch let error as ArchiveError {
            Terminal.error(error.description)
            if case .cannotOpen = error, backend(of: location) == .postgres {
                Terminal.error("check that the PostgreSQL server is running and the URL's user and database exist")
            }
            throw StorylineExit.ioError
        }
    }
}
