import Foundation
import PostgresNIO
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

@testable import StorylinePostgres

/// PostgreSQL specifics beyond the shared conformance checks: migrations, several writers, the state cache, text
/// PostgreSQL cannot store. Against the real test server; skipped when there is none.
@Suite(
    "PostgreSQL archive", .enabled(if: ScratchPostgres.isConfigured, Comment(rawValue: ScratchPostgres.skipMessage)))
struct PostgresArchiveTests {
    @Test("a new schema gets every migration once; reopening applies none")
    func migrations() async throws {
        let url = try ScratchPostgres.makeURL()
        let store = try await PostgresArchiveStore(url: url)
        #expect(try await store.appliedMigrations() == PostgresArchiveStore.knownMigrations)
        _ = try await store.ingest(SyntheticArticles.make(count: 3))
        store.close()
        let reopened = try await PostgresArchiveStore(url: url)
        #expect(try await reopened.appliedMigrations() == PostgresArchiveStore.knownMigrations)
        #expect(try await reopened.statistics().articles == 3)
    }

    @Test("many processes opening a new archive at once migrate it exactly once")
    func concurrentMigration() async throws {
        let url = try ScratchPostgres.makeURL()
        let stores = try await withThrowingTaskGroup(of: PostgresArchiveStore.self) { group in
            for _ in 0..<6 { group.addTask { try await PostgresArchiveStore(url: url, maximumConnections: 2) } }
            var all: [PostgresArchiveStore] = []
            for try await store in group { all.append(store) }
            return all
        }
        for store in stores { #expect(try await store.appliedMigrations() == PostgresArchiveStore.knownMigrations) }
    }

    @Test("an archive migrated by a newer Storyline is refused with a clear error")
    func newerSchema() async throws {
        let url = try ScratchPostgres.makeURL()
        let store = try await PostgresArchiveStore(url: url)
        _ = try await store.sql("INSERT INTO storyline_migrations (version, name) VALUES (999, 'future')")
        await #expect(throws: ArchiveError.newerSchema(location: store.location.description)) {
            try await PostgresArchiveStore(url: url)
        }
    }

    @Test("an unreachable server fails with cannotOpen, not a hang")
    func unreachable() async throws {
        await #expect {
            try await PostgresArchiveStore(url: "postgres://nobody@127.0.0.1:1/none")
        } throws: { error in
            if case ArchiveError.cannotOpen = error { return true }
            return false
        }
    }

    @Test("two stores on one archive (two processes) serialise their batches and agree on the state")
    func twoWriters() async throws {
        let url = try ScratchPostgres.makeURL()
        let first = try await PostgresArchiveStore(url: url)
        let second = try await PostgresArchiveStore(url: url)
        let articles = SyntheticArticles.make(count: 40, start: nil)
        async let a = first.ingest(Array(articles[0..<30]))
        async let b = second.ingest(Array(articles[10..<40]))
        let outcomes = try await [a, b]
        #expect(outcomes.flatMap(\.added).count == 40)
        #expect(Set(outcomes.flatMap(\.added).map(\.id)).count == 40)
        #expect(try await first.statistics().articles == 40)
        #expect(try await second.analysisState().version == 2)
        try await ArchiveConformance.checkEveryArticleInOneEvent(first)
    }

    @Test("a writer whose cached state is stale reads the state another writer committed")
    func staleCache() async throws {
        let url = try ScratchPostgres.makeURL()
        let first = try await PostgresArchiveStore(url: url)
        let second = try await PostgresArchiveStore(url: url)
        _ = try await first.ingest(SyntheticArticles.make(count: 5, prefix: "a"))
        _ = try await second.ingest(SyntheticArticles.make(count: 4, prefix: "b"))
        // `first` cached the state after its own batch; `second` has committed since.
        _ = try await first.ingest(SyntheticArticles.make(count: 3, prefix: "c"))
        let state = try await second.analysisState()
        #expect(state.version == 3)
        #expect(state.copyIndex.count == 12, "every article indexed once, none lost by a stale state")
        #expect(state.eventState.events.flatMap(\.articles).count == 12)
        try await ArchiveConformance.checkEveryArticleInOneEvent(second)
    }

    @Test("between checkpoints, replaying the articles stored after the last one rebuilds the same state")
    func stateReplay() async throws {
        let url = try ScratchPostgres.makeURL()
        // Checkpoints in parts of 4 KB: the state is saved and read back in many parts.
        try await ArchiveConformance.checkStateReplay(try await PostgresArchiveStore(url: url, stateChunkSize: 4_096)) {
            try await PostgresArchiveStore(url: url, stateChunkSize: 4_096)
        }
    }

    @Test("an archive of schema 1 continues from its saved state, and its stored people are found by surname")
    func migratesSchemaOne() async throws {
        let url = try ScratchPostgres.makeURL()
        let old = try await PostgresArchiveStore(url: url)
        try await ArchiveConformance.checkSchemaUpgrade(
            old,
            downgrade: {
                // Back to the layout of schema 1: the checkpoint in analysis_state, no head columns, no batch tokens,
                // no surnames.
                _ = try await old.sql(
                    """
                    UPDATE analysis_state SET
                        copy_index = (SELECT bytes FROM analysis_chunks WHERE name = 'copy_index' AND part = 0),
                        event_state = (SELECT bytes FROM analysis_chunks WHERE name = 'event_state' AND part = 0)
                    """)
                _ = try await old.sql("DROP TABLE analysis_chunks")
                _ = try await old.sql("ALTER TABLE analysis_state DROP COLUMN token, DROP COLUMN checkpoint_seq")
                _ = try await old.sql("ALTER TABLE ingest_batches DROP COLUMN token")
                _ = try await old.sql("ALTER TABLE entities DROP COLUMN surname")
                _ = try await old.sql("DELETE FROM storyline_migrations WHERE version = 2")
                old.close()
            },
            reopen: { try await PostgresArchiveStore(url: url) })
        let reopened = try await PostgresArchiveStore(url: url)
        #expect(try await reopened.appliedMigrations() == PostgresArchiveStore.knownMigrations)
        let surnames = try await reopened.sql("SELECT surname FROM entities WHERE name = 'Elena Varga'")
            .map { try $0.decode(String.self) }
        #expect(surnames == ["Varga"], "filled in by the migration")
    }

    @Test("text with NUL characters is stored (NUL becomes U+FFFD) and found")
    func nulCharacters() async throws {
        let store = try await ScratchPostgres.makeStore()
        let article = Article(
            id: "nul", title: "Zero\u{0}byte", text: "A harbour\u{0} report with a NUL byte.", source: "x")
        let outcome = try await store.ingest([article])
        #expect(outcome.added.map(\.id) == ["nul"])
        let detail = try #require(try await store.article(id: "nul"))
        #expect(detail.text == "A harbour\u{FFFD} report with a NUL byte.")
        #expect(try await store.search(SearchQuery(text: "harbour"), page: PageRequest()).total == 1)
    }

    @Test("search uses the GIN index, and the search vector follows the text")
    func searchIndex() async throws {
        let store = try await ScratchPostgres.makeStore()
        try await ArchiveConformance.loadFixture(into: store)
        let rows = try await store.sql(
            "SELECT count(*) FROM articles WHERE search @@ to_tsquery('english', 'desalination')")
        #expect(try rows.first?.decode(Int.self) == 2)
        let indexes = try await store.sql(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%gin%'"
        ).map { try $0.decode(String.self) }
        #expect(Set(indexes) == ["articles_search", "quotes_search"])
    }
}
