import Foundation
import StorylineSQLite
import StorylineTestSupport

/// A fresh SQLite archive file in a temporary folder of its own.
enum TemporaryArchive {
    /// A path for a new archive file (its folder exists, the file does not).
    static func path() -> String { ScratchFolder.archivePath("sqlite-") }

    /// A new, empty archive.
    static func make() throws -> SQLiteArchiveStore { try SQLiteArchiveStore(path: path()) }
}
