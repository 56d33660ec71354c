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
    /// Turns an archive back into the v1 layout: the state (head and checkpoint, one part each) inside
    /// `analysis_state`, no batch tokens, no surnames.
    static func downgrade(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO analysis_state (id, version, token, copy_index, event_state)
                        SELECT 1, version, token,
                            (SELECT bytes FROM analysis_chunks WHERE name = 'copy_index' AND part = 0),
                            (SELECT bytes FROM analysis_chunks WHERE name = 'event_state' AND part = 0)
                        FROM analysis_head;
                    DROP TABLE analysis_chunks;
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
        try await ArchiveConformance.checkSchemaUpgrade(
            old,
            downgrade: {
                try old.close()
                try Self.downgrade(path)
            },
            reopen: { try SQLiteArchiveStore(path: path) })
        let surnames = try await SQLiteArchiveStore(path: path).pool.read { db in
            try String.fetchAll(db, sql: "SELECT surname FROM entities WHERE name = 'Elena Varga'")
        }
        #expect(surnames == ["Varga"], "filled in by the migration")
    }
}
