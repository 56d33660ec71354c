import Foundation
import StorylineSQLite

/// A fresh SQLite archive file in a temporary folder of its own.
enum TemporaryArchive {
    /// A path for a new archive file (its folder exists, the file does not).
    static func path() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "storyline-sqlite-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("archive.sqlite").path
    }

    /// A new, empty archive.
    static func make() throws -> SQLiteArchiveStore { try SQLiteArchiveStore(path: path()) }
}
