import StorylineCore
import StorylineStore
import StorylineTestSupport
import Testing

/// A stored article with no date gets one when a later batch brings its dated original (or copy, or event mate),
/// on every backend; stored dates are never overwritten.
@Suite("Dating stored articles from later evidence")
struct RedatingTests {
    static let story = """
        The harbour board of Lynmouth approved the new breakwater after a debate that lasted well into the night. \
        Engineers said the stone wall would protect forty fishing boats from the winter storms that wrecked the old \
        pier. "We have waited eleven years for this," said Mara Tollan, who chairs the fishermen's association. \
        Work is to start once the quarry at Hollow Ridge delivers the first 2,400 tonnes of granite. \
        The board expects the project to cost 3.2 million pounds, paid by the county and a coastal fund.
        """

    @Test("the undated copy stored first is dated when its dated original arrives", arguments: ArchiveBackend.available)
    func undatedCopyGetsDated(_ backend: ArchiveBackend) async throws {
        let store = try await backend.makeStore()
        let copy = Article(
            id: "copy", title: "Breakwater approved", text: "By a staff reporter. " + Self.story, source: "copy.txt")
        let first = try await store.ingest([copy])
        #expect(first.added.map(\.date) == [nil], "nothing dates the copy on its own")

        let day = try #require(Day(iso: "2024-05-14"))
        let original = Article(
            id: "original", title: "Breakwater approved", text: Self.story, date: day, source: "original.txt")
        let second = try await store.ingest([original])
        #expect(second.added.map(\.id) == ["original"])
        #expect(second.added.first?.copies == 1)
        let redated = try #require(second.redated.first, "the stored copy should be dated by its original")
        #expect(redated.id == "copy")
        #expect(abs(redated.date.ordinal - day.ordinal) <= 7)

        let stored = try #require(try await store.article(id: "copy"))
        #expect(stored.summary.date == redated.date)
        #expect(stored.summary.dateSource == .inferred)
        #expect(stored.dateEvidence.contains { $0.contains("original") })

        // An article that already has a date keeps it, whatever comes later.
        let later = try #require(Day(iso: "2024-09-01"))
        let third = try await store.ingest([
            Article(
                id: "late", title: "Breakwater approved", text: Self.story + " Updated.", date: later,
                source: "late.txt")
        ])
        #expect(third.redated.isEmpty)
        #expect(try await store.article(id: "copy")?.summary.date == redated.date)
        #expect(try await store.article(id: "original")?.summary.date == day)
    }
}
