import Foundation
import GRDB
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import Testing

@testable import StorylineSQLite

/// An archive written before checkpoints and indexed surnames (schema v1) keeps working after the migration.
@Suite("Migration to state checkpoints")
struct StateCheckpointMigrationTests {
    /// Turns an archive back into the v1 layout: the state's head inside `analysis_state`, no batch tokens, no
    /// surnames.
    static func downgrade(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    DROP INDEX entities_by_surname;
                    ALTER TABLE entities DROP COLUMN surname;
                    DROP TABLE analysis_head;
                    DROP INDEX ingest_batches_by_token;
                    ALTER TABLE ingest_batches DROP COLUMN token;
                    DELETE FROM grdb_migrations WHERE identifier = 'v2-state-checkpoints';
                    """)
        }
        try queue.close()
    }

    @Test("a v1 archive continues from its saved state, and its stored people are found by surname")
    func migratesV1Archive() async throws {
        let path = TemporaryArchive.path()
        let old = try SQLiteArchiveStore(path: path)
        var articles = SyntheticArticles.make(count: 30, prefix: "old")
        articles.append(
            Article(
                id: "named", text: "Harbour master Elena Varga said the new breakwater would open in May.",
                date: Day(iso: "2024-01-03"), source: "named.txt"))
        _ = try await old.ingest(articles)
        let before = try await old.analysisState()
        try old.close()
        try Self.downgrade(path)

        let migrated = try SQLiteArchiveStore(path: path)
        let surnames = try await migrated.pool.read { db in
            try String.fetchAll(db, sql: "SELECT surname FROM entities WHERE surname IS NOT NULL")
        }
        #expect(surnames.contains("Varga"))
        let resumed = try await migrated.analysisState()
        #expect(resumed.version == before.version)
        #expect(resumed.copyIndex.count == 31)
        #expect(resumed.pendingArticles == 0, "the saved state covers every stored article")

        _ = try await migrated.ingest([
            Article(
                id: "later", text: "The breakwater opened on time, Varga told reporters on the quay.",
                date: Day(iso: "2024-01-04"), source: "later.txt")
        ])
        let people = try #require(try await migrated.article(id: "later")).entities.map(\.name)
        #expect(people.contains("Elena Varga"), "\(people)")
        let after = try await SQLiteArchiveStore(path: path).analysisState()
        #expect(after.version == before.version + 1)
        #expect(after.copyIndex.count == 32)
        try await ArchiveConformance.checkEveryArticleInOneEvent(migrated)
    }
}
