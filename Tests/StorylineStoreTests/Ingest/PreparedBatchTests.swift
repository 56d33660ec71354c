import StorylineCore
import Testing

@testable import StorylineStore

/// A batch prepared before the write lock gives the rows of a batch planned in one go, whatever the preparation left
/// out or found with other options.
@Suite("Prepared batch")
struct PreparedBatchTests {
    let articles = [
        Article(
            id: "a", title: "Harbour talks",
            text: "Title\nPosted: 08/02/2013 11:10 am EDT\n\"We will reopen the port,\" "
                + "Mayor Elena Varga said on Tuesday. Varga met the dockers' union in Riverton.", source: "a"),
        Article(
            id: "b", title: "Dockers reply",
            text: "\"The port must stay closed,\" said union leader Tomas Brenner in Riverton.", source: "b"),
        Article(id: "a", title: "Repeat", text: "A repeated id.", source: "c"),
    ]

    @Test("articles the preparation left out as stored are prepared under the lock: the same rows as one plan")
    func leftOutArticlesArePreparedLater() throws {
        let ingestor = ArchiveIngestor()
        let whole = try ingestor.plan(articles, in: FakeSession())
        let prepared = ingestor.prepare(articles, stored: ["a", "b"])
        #expect(prepared.items.allSatisfy { $0.findings == nil })
        let late = try ingestor.plan(prepared, in: FakeSession())
        #expect(late.outcome.added.map(\.id) == ["a", "b"])
        #expect(late.outcome.skipped.map(\.id) == ["a"])
        #expect(late.batch.articles == whole.batch.articles)
        #expect(late.batch.quotes == whole.batch.quotes)
        #expect(late.batch.entities == whole.batch.entities)
        #expect(!whole.batch.quotes.isEmpty && !whole.batch.entities.isEmpty)
    }

    @Test("a repeated id is prepared once, and the first article of it is the one kept")
    func repeatsArePreparedOnce() {
        let prepared = ArchiveIngestor().prepare(articles)
        #expect(prepared.items.map(\.index) == [0, 1])
        #expect(prepared.items.allSatisfy { $0.findings != nil })
        #expect(prepared.items[0].findings?.quotes.first?.speaker == "Elena Varga")
    }

    @Test("a batch prepared with other date options has its dates found again with the planner's")
    func otherDateOptions() throws {
        let ambiguous = ArchiveIngestor()
        var dayFirst = ArchiveIngestor()
        dayFirst.options.dates = DateFinderOptions(numericOrder: .dayFirst)
        let prepared = ambiguous.prepare(articles)
        #expect(prepared.items[0].findings?.explicitDate == nil, "08/02/2013 is ambiguous")
        let plan = try dayFirst.plan(prepared, in: FakeSession())
        #expect(plan.batch.articles.first { $0.article.id == "a" }?.date?.date == Day(year: 2013, month: 2, day: 8))
    }

    @Test("names are counted as whole byte sequences, without overlaps")
    func occurrences() {
        let ingestor = ArchiveIngestor()
        #expect(ingestor.occurrences(of: "Varga", in: "Varga met Varga; VARGA is not Varga's twin.") == 3)
        #expect(ingestor.occurrences(of: "aa", in: "aaaaa") == 2)
        #expect(ingestor.occurrences(of: "", in: "text") == 0)
        #expect(ingestor.occurrences(of: "longer than the text", in: "short") == 0)
        #expect(ingestor.occurrences(of: "Zoë Kőrösi", in: "Zoë Kőrösi and Zoe Korosi; Zoë Kőrösi.") == 2)
    }
}
