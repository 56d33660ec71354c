import StorylineStore
import StorylineStoreConformance
import Testing

@testable import StorylineSQLite

/// The backend-independent archive checks, on a fresh SQLite file each.
@Suite("SQLite archive conformance")
struct SQLiteConformanceTests {
    @Test(arguments: ArchiveConformance.Check.allCases)
    func conformance(_ check: ArchiveConformance.Check) async throws {
        try await ArchiveConformance.run(check) { try TemporaryArchive.make() }
    }
}
