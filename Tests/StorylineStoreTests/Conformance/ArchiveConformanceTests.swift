import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

/// The backend-independent archive checks, run on every backend: the same checks, a fresh archive each.
///
/// SQLite always runs; PostgreSQL runs against the real server named by STORYLINE_TEST_POSTGRES_URL (scripts/test
/// starts one), and is left out of the arguments, with ``postgresServer()`` skipped saying why, when there is none.
@Suite("Archive conformance")
struct ArchiveConformanceTests {
    @Test(arguments: ArchiveBackend.available, ArchiveConformance.Check.allCases)
    func conformance(_ backend: ArchiveBackend, _ check: ArchiveConformance.Check) async throws {
        try await ArchiveConformance.run(check) { try await backend.makeStore() }
    }

    @Test(
        "the PostgreSQL backend is part of the conformance run",
        .enabled(if: ScratchPostgres.isConfigured, Comment(rawValue: ScratchPostgres.skipMessage)))
    func postgresServer() async throws {
        #expect(ArchiveBackend.available.contains(.postgres))
        let store = try await ArchiveBackend.postgres.makeStore()
        #expect(try await store.statistics().articles == 0)
    }
}
