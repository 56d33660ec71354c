import StorylineCore
import Testing

@testable import StorylineStore

/// An in-memory ingest session: what a backend's transaction would read.
final class FakeSession: IngestSession {
    var articles: [String: Article] = [:]
    var hashes: [String: String] = [:]
    var reads: [String] = []
    var failing: Set<String> = []
    var state = AnalysisState()

    struct ReadError: Error {}

    func existingIDs(_ ids: [String]) throws -> Set<String> { Set(ids.filter { articles[$0] != nil }) }
    func articleIDs(forContentHashes hashes: [String]) throws -> [String: String] {
        self.hashes.filter { hashes.contains($0.key) }
    }
    func article(id: String) throws -> Article? {
        reads.append(id)
        if failing.contains(id) { throw ReadError() }
        return articles[id]
    }
    func dateResolutions(_ ids: [String]) throws -> [String: DateResolution] { [:] }
    func personNames(withSurnames surnames: [String]) throws -> [String: Int] { [:] }
    func barePersonNames(among names: [String]) throws -> Set<String> { [] }
    func entities(named names: [String]) throws -> [StoredEntity] { [] }
    func articleCount(containingPhrase phrase: String, upTo limit: Int) throws -> Int { 0 }
    var stateReads = 0
    func analysisState(options: AnalysisOptions) throws -> AnalysisState {
        stateReads += 1
        return state
    }
    func analysisStateVersion() throws -> Int { state.version }

    func store(_ article: Article) {
        articles[article.id] = article
        hashes[ContentHash.of(Document(article))] = article.id
    }
}

@Suite("Archive ingestor")
struct ArchiveIngestorTests {
    func article(_ id: String, _ date: String?, _ text: String? = nil, title: String? = nil) -> Article {
        Article(
            id: id, title: title ?? "T \(id)", text: text ?? "Text of \(id).", date: date.flatMap { Day(iso: $0) },
            source: id)
    }

    @Test("a batch with nothing new reports the state version without reading the state")
    func nothingNewReadsNoState() throws {
        let session = FakeSession()
        session.store(article("old", "2024-01-01", "Same words here.", title: "Same"))
        session.state.version = 7
        let plan = try ArchiveIngestor().plan([article("old", "2024-01-01")], in: session)
        #expect(plan.outcome.added.isEmpty)
        #expect(plan.outcome.stateVersion == 7)
        #expect(session.stateReads == 0)
        _ = try ArchiveIngestor().plan([article("fresh", "2024-01-02")], in: session)
        #expect(session.stateReads == 1)
    }

    @Test("skips stored ids, stored content under another id, and repeats within the batch")
    func skips() throws {
        let session = FakeSession()
        session.store(article("old", "2024-01-01", "Same words here.", title: "Same"))
        let batch = [
            article("old", "2024-02-02"), article("renamed", "2024-01-01", "same WORDS here!", title: "SAME"),
            article("new", nil, title: "New"), article("new", nil, "Other text."),
            article("twin", nil, "Text of new.", title: "new"),
        ]
        let plan = try ArchiveIngestor().plan(batch, in: session)
        #expect(plan.outcome.added.map(\.id) == ["new"])
        #expect(
            plan.outcome.skipped == [
                .init(id: "old", reason: .sameID, existing: "old"),
                .init(id: "renamed", reason: .sameContent, existing: "old"),
                .init(id: "new", reason: .sameID, existing: "new"),
                .init(id: "twin", reason: .sameContent, existing: "new"),
            ])
        #expect(plan.batch.articles.map(\.article.id) == ["new"])
        #expect(plan.batch.basedOnVersion == 0)
        #expect(plan.batch.state?.version == 1)
    }

    @Test("nothing new: an empty batch that leaves the state alone")
    func nothingNew() throws {
        let session = FakeSession()
        session.store(article("a", nil))
        let plan = try ArchiveIngestor().plan([article("a", nil)], in: session)
        #expect(plan.batch.isEmpty)
        #expect(plan.outcome.changedNothing)
    }

    @Test("a batch is analysed in publication order: dated by date, then undated in input order")
    func streamOrder() throws {
        let plan = try ArchiveIngestor().plan(
            [
                article("u1", nil), article("d3", "2024-03-03"), article("d1", "2024-01-01"), article("u2", nil),
                article("d1b", "2024-01-01"),
            ], in: FakeSession())
        #expect(plan.outcome.added.map(\.id) == ["d1", "d1b", "d3", "u1", "u2"])
        #expect(plan.batch.articles.map(\.article.id) == ["d1", "d1b", "d3", "u1", "u2"])
        #expect(plan.batch.articles[0].date?.source == .field)
    }

    @Test("earlier documents come from the batch first, then from the store once, and read errors surface")
    func documentLookup() throws {
        let session = FakeSession()
        session.store(article("stored", nil))
        session.failing = ["broken"]
        let lookup = DocumentLookup(fresh: [Document(article("fresh", nil))], session: session)
        #expect(lookup.document("fresh")?.id == "fresh")
        #expect(lookup.document("stored")?.id == "stored")
        #expect(lookup.document("stored")?.id == "stored")
        #expect(session.reads == ["stored"])
        #expect(lookup.document("missing") == nil)
        try lookup.rethrow()
        #expect(lookup.document("broken") == nil)
        #expect(throws: FakeSession.ReadError.self) { try lookup.rethrow() }
    }

    @Test("the rows of a delta: titles fall back to the first headline, new events are told apart")
    func eventChanges() throws {
        let session = FakeSession()
        session.store(article("a1", "2024-01-01"))
        let day = Day(year: 2024, month: 1, day: 1)
        var delta = EventStateDelta()
        delta.events = [
            EventReport(id: "e1", title: "", date: day, articles: ["a1", "new"]),
            EventReport(id: "e2", title: "Two", date: day, articles: ["a2"]),
            EventReport(id: "e5", title: "Five", date: day, articles: ["a5"]),
        ]
        delta.storylines = [
            StorylineReport(id: "s1", title: "", events: ["e1"]),
            StorylineReport(id: "s2", title: "S", events: ["e2", "e5"]),
        ]
        delta.removedEvents = ["e4"]
        delta.removedStorylines = ["s3"]
        delta.order = ["e1": 1, "e2": 2, "e5": 5, "s1": 1, "s2": 2]
        let changes = try EventChanges(delta, eventsBefore: 4, documents: DocumentLookup(fresh: [], session: session))
        #expect(changes.eventRows.map(\.event.id) == ["e1", "e2", "e5"])
        #expect(changes.eventRows.map(\.order) == [1, 2, 5])
        #expect(changes.eventRows[0].event.title == "T a1")
        #expect(changes.eventRows[2].storyline == "s2")
        #expect(changes.removedEvents == ["e4"])
        #expect(changes.storylineRows.map(\.storyline.id) == ["s1", "s2"])
        #expect(changes.storylineRows[0].storyline.title == "T a1")
        #expect(changes.removedStorylines == ["s3"])
        #expect(changes.eventOfArticle["new"] == "e1")
        #expect(changes.existedBefore == ["e1", "e2"])
    }
}
