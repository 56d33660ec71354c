import Foundation
import GRDB
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import Testing

@testable import StorylineSQLite

@Suite("SQLite schema and file")
struct SQLiteSchemaTests {
    @Test("a new file gets every migration, and reopening applies none twice")
    func migrations() async throws {
        let path = TemporaryArchive.path()
        let store = try SQLiteArchiveStore(path: path)
        #expect(try store.appliedMigrations() == SQLiteArchiveStore.knownMigrations)
        _ = try await store.ingest(SyntheticArticles.make(count: 3))
        try store.close()
        let reopened = try SQLiteArchiveStore(path: path)
        #expect(try reopened.appliedMigrations() == SQLiteArchiveStore.knownMigrations)
        #expect(try await reopened.statistics().articles == 3)
    }

    @Test("the file is in WAL mode and passes the integrity check")
    func walAndIntegrity() async throws {
        let store = try TemporaryArchive.make()
        _ = try await store.ingest(SyntheticArticles.make(count: 5))
        let mode = try await store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("a file written by a newer schema is refused with a clear error")
    func newerSchema() throws {
        let path = TemporaryArchive.path()
        try SQLiteArchiveStore(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try queue.close()
        #expect(throws: ArchiveError.newerSchema(location: path)) { try SQLiteArchiveStore(path: path) }
    }

    @Test("a path that cannot be created fails with cannotOpen")
    func cannotOpen() {
        #expect {
            try SQLiteArchiveStore(path: "/nonexistent-folder-\(UUID().uuidString)/a.sqlite")
        } throws: { error in
            if case ArchiveError.cannotOpen = error { return true }
            return false
        }
    }

    @Test("the full-text index follows the articles table")
    func ftsInSync() async throws {
        let store = try TemporaryArchive.make()
        try await ArchiveConformance.loadFixture(into: store)
        let counts = try await store.pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles_fts") ?? -2,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes_fts") ?? -3
            )
        }
        #expect(counts.0 == counts.1)
        #expect(counts.2 == 4)
        try await store.pool.write { db in
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        }
    }

    @Test("two stores on one file (two processes) serialise their batches")
    func twoConnections() async throws {
        let path = TemporaryArchive.path()
        let first = try SQLiteArchiveStore(path: path)
        let second = try SQLiteArchiveStore(path: path)
        let articles = SyntheticArticles.make(count: 40, start: nil)
        async let a = first.ingest(Array(articles[0..<30]))
        async let b = second.ingest(Array(articles[10..<40]))
        let outcomes = try await [a, b]
        #expect(outcomes.flatMap(\.added).count == 40)
        #expect(try await first.statistics().articles == 40)
        #expect(try await second.analysisState().version == 2)
        try await ArchiveConformance.checkEveryArticleInOneEvent(first)
    }

    @Test("between checkpoints, replaying the articles stored after the last one rebuilds the same state")
    func stateReplay() async throws {
        let path = TemporaryArchive.path()
        // Checkpoints in parts of 4 KB: the state is saved and read back in many parts.
        try await ArchiveConformance.checkStateReplay(try SQLiteArchiveStore(path: path, stateChunkSize: 4_096)) {
            try SQLiteArchiveStore(path: path, stateChunkSize: 4_096)
        }
    }
}
