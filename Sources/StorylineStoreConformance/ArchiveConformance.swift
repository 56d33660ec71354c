import StorylineCore
import StorylineStore

/// The checks every ``ArchiveStore`` backend must pass, parameterised by a factory of fresh, empty stores.
///
/// A backend's test suite runs every check, e.g. with Swift Testing:
/// ```swift
/// @Test(arguments: ArchiveConformance.Check.allCases)
/// func conformance(_ check: ArchiveConformance.Check) async throws {
///     try await ArchiveConformance.run(check) { try SQLiteArchiveStore(path: temporaryFile()) }
/// }
/// ```
/// The checks rely on no analysis quality: ingest checks hold for any copy or event detector, and query checks use
/// ``ArchiveFixture``, written directly.
public enum ArchiveConformance {
    /// Makes a fresh, empty store.
    public typealias StoreFactory = @Sendable () async throws -> any ArchiveStore

    /// One named check.
    public enum Check: String, CaseIterable, Sendable, CustomStringConvertible {
        case emptyArchive
        case ingestStoresArticles
        case reingestSameIDChangesNothing
        case sameContentUnderAnotherIDIsSkipped
        case duplicatesWithinOneBatch
        case batchesKeepEveryArticleInOneEvent
        case largeBatch
        case analysisStatePersists
        case textIsStoredVerbatim
        case articleListPagesAndFilters
        case fullTextSearchRanksAndHighlights
        case searchFilters
        case searchToleratesAnyInput
        case fixtureEventsAndStorylines
        case articleDetail
        case quotesBySpeaker
        case eventMembershipUpdates
        case failedWriteLeavesNothing
        case staleStateIsRejected
        case concurrentIngestsSerialise

        /// The check's name.
        public var description: String { rawValue }
    }

    /// Runs one check on a fresh store from `makeStore`; throws ``ConformanceFailure`` when it does not hold.
    public static func run(_ check: Check, on makeStore: StoreFactory) async throws {
        let store = try await makeStore()
        switch check {
        case .emptyArchive: try await emptyArchive(store)
        case .ingestStoresArticles: try await ingestStoresArticles(store)
        case .reingestSameIDChangesNothing: try await reingestSameID(store)
        case .sameContentUnderAnotherIDIsSkipped: try await sameContent(store)
        case .duplicatesWithinOneBatch: try await duplicatesWithinBatch(store)
        case .batchesKeepEveryArticleInOneEvent: try await batches(store)
        case .largeBatch: try await largeBatch(store)
        case .analysisStatePersists: try await analysisState(store)
        case .textIsStoredVerbatim: try await verbatim(store)
        case .articleListPagesAndFilters: try await articleList(store)
        case .fullTextSearchRanksAndHighlights: try await search(store)
        case .searchFilters: try await searchFilters(store)
        case .searchToleratesAnyInput: try await searchInput(store)
        case .fixtureEventsAndStorylines: try await eventsAndStorylines(store)
        case .articleDetail: try await articleDetail(store)
        case .quotesBySpeaker: try await quotes(store)
        case .eventMembershipUpdates: try await membershipUpdates(store)
        case .failedWriteLeavesNothing: try await failedWrite(store)
        case .staleStateIsRejected: try await staleState(store)
        case .concurrentIngestsSerialise: try await concurrentIngests(store)
        }
    }

    /// Writes ``ArchiveFixture`` into `store`.
    public static func loadFixture(into store: any ArchiveStore) async throws {
        try await store.write { try $0.apply(ArchiveFixture.batch()) }
    }

    /// Checks that every stored article is in exactly one event, and that each event's count matches its members.
    public static func checkEveryArticleInOneEvent(_ store: any ArchiveStore) async throws {
        let articles = try await allArticles(store)
        var eventOf: [String: String] = [:]
        var offset = 0
        while true {
            let page = try await store.events(
                EventFilter(), page: PageRequest(limit: PageRequest.maximumLimit, offset: offset))
            for summary in page.items {
                var memberOffset = 0
                var members: [ArticleSummary] = []
                while true {
                    let detail = try require(
                        try await store.event(
                            id: summary.id, articles: PageRequest(limit: PageRequest.maximumLimit, offset: memberOffset)
                        ),
                        "event \(summary.id)")
                    members += detail.articles.items
                    guard let next = detail.articles.nextOffset else { break }
                    memberOffset = next
                }
                try expectEqual(members.count, summary.articleCount, "members of event \(summary.id)")
                for member in members {
                    try expect(eventOf[member.id] == nil, "article \(member.id) is in two events")
                    eventOf[member.id] = summary.id
                }
            }
            guard let next = page.nextOffset else { break }
            offset = next
        }
        for article in articles {
            try expectEqual(eventOf[article.id], article.event, "event of article \(article.id)")
            try expect(article.event != nil, "article \(article.id) has no event")
        }
        try expectEqual(eventOf.count, articles.count, "articles in events")
    }

    static func allArticles(_ store: any ArchiveStore) async throws -> [ArticleSummary] {
        var all: [ArticleSummary] = []
        var offset = 0
        while true {
            let page = try await store.articles(
                ArticleFilter(), page: PageRequest(limit: PageRequest.maximumLimit, offset: offset))
            all += page.items
            guard let next = page.nextOffset else { return all }
            offset = next
        }
    }

    // MARK: - Ingest

    static func emptyArchive(_ store: any ArchiveStore) async throws {
        let statistics = try await store.statistics()
        try expectEqual(
            statistics,
            ArchiveStatistics(articles: 0, events: 0, storylines: 0, copies: 0, quotes: 0, entities: 0, batches: 0),
            "statistics")
        try expectEqual(try await store.articles(ArticleFilter(), page: PageRequest()).total, 0, "articles")
        try expect(try await store.article(id: "nothing") == nil, "unknown article must be nil")
        try expect(try await store.event(id: "nothing", articles: PageRequest()) == nil, "unknown event must be nil")
        try expect(
            try await store.storyline(id: "nothing", events: PageRequest()) == nil, "unknown storyline must be nil")
        try expectEqual(try await store.search(SearchQuery(text: "river"), page: PageRequest()).total, 0, "search")
        try expectEqual(try await store.analysisState().version, 0, "state version")
        let outcome = try await store.ingest([])
        try expect(outcome.changedNothing, "an empty batch changes nothing")
        try expectEqual(try await store.statistics().batches, 0, "an empty batch is not recorded")
    }

    static func ingestStoresArticles(_ store: any ArchiveStore) async throws {
        let articles = SyntheticArticles.make(count: 12)
        let outcome = try await store.ingest(articles)
        try expectEqual(outcome.added.count, 12, "added")
        try expectEqual(outcome.skipped.count, 0, "skipped")
        try expectEqual(Set(outcome.added.map(\.id)), Set(articles.map(\.id)), "added ids")
        for added in outcome.added {
            try expect(added.event != nil && added.storyline != nil, "\(added.id) joined no event or storyline")
        }
        try expectEqual(try await store.statistics().articles, 12, "stored articles")
        try expectEqual(try await store.statistics().batches, 1, "batches")
        for article in articles {
            let detail = try require(try await store.article(id: article.id), "article \(article.id)")
            try expectEqual(detail.text, article.text, "text of \(article.id)")
            try expectEqual(detail.summary.title, article.title, "title of \(article.id)")
            try expectEqual(detail.summary.date, article.date, "date of \(article.id)")
            try expectEqual(detail.summary.dateSource, .field, "date source of \(article.id)")
            try expect(detail.event != nil && detail.storyline != nil, "\(article.id) has an event and a storyline")
        }
        try await checkEveryArticleInOneEvent(store)
    }

    static func reingestSameID(_ store: any ArchiveStore) async throws {
        let articles = SyntheticArticles.make(count: 8)
        _ = try await store.ingest(articles)
        let before = try await store.statistics()
        let version = try await store.analysisState().version
        try expectEqual(
            try await store.storedIDs(among: articles.map(\.id) + ["never-stored"]), Set(articles.map(\.id)),
            "stored ids read outside a write")
        try expect(
            try await store.prepare(articles).analysedAhead == 0,
            "a batch of stored articles is not analysed before the write lock")
        let again = try await store.ingest(articles)
        try expect(again.changedNothing, "re-ingest added \(again.added.count)")
        try expectEqual(again.skipped.map(\.reason), Array(repeating: .sameID, count: 8), "skip reasons")
        try expectEqual(again.skipped.map(\.existing), articles.map(\.id), "skipped point at the stored ids")
        try expectEqual(try await store.statistics(), before, "statistics after re-ingest")
        try expectEqual(try await store.analysisState().version, version, "state version after re-ingest")
    }

    static func sameContent(_ store: any ArchiveStore) async throws {
        let original = Article(
            id: "first", title: "Harbour council meets", text: "The harbour council met on Monday.\n\nIt voted twice.",
            date: Day(year: 2024, month: 5, day: 1), source: "a.txt")
        _ = try await store.ingest([original])
        var respaced = original
        respaced.id = "second"
        respaced.source = "b.txt"
        respaced.text = "  The Harbour Council met on Monday!\nIt voted   twice. "
        var redated = original
        redated.id = "third"
        redated.date = Day(year: 2024, month: 5, day: 2)
        let outcome = try await store.ingest([respaced, redated])
        try expectEqual(outcome.skipped, [.init(id: "second", reason: .sameContent, existing: "first")], "skipped")
        try expectEqual(outcome.added.map(\.id), ["third"], "a reprint on another day is kept")
        try expect(try await store.article(id: "second") == nil, "duplicate content must not be stored")
        try expectEqual(try await store.statistics().articles, 2, "stored articles")
    }

    static func duplicatesWithinBatch(_ store: any ArchiveStore) async throws {
        var articles = SyntheticArticles.make(count: 3)
        var sameID = articles[0]
        sameID.text = "Different text under a repeated id."
        var sameText = articles[1]
        sameText.id = "syn-copy"
        articles += [sameID, sameText]
        let outcome = try await store.ingest(articles)
        try expectEqual(outcome.added.count, 3, "added")
        try expectEqual(
            outcome.skipped,
            [
                .init(id: "syn-1", reason: .sameID, existing: "syn-1"),
                .init(id: "syn-copy", reason: .sameContent, existing: "syn-2"),
            ],
            "skipped")
        try expectEqual(try await store.article(id: "syn-1")?.text, articles[0].text, "the first of a repeated id wins")
    }

    static func batches(_ store: any ArchiveStore) async throws {
        let articles = SyntheticArticles.make(count: 30, start: nil)
        var added = 0
        for part in stride(from: 0, to: 30, by: 10) {
            added += try await store.ingest(Array(articles[part..<part + 10])).added.count
        }
        try expectEqual(added, 30, "added over three batches")
        let statistics = try await store.statistics()
        try expectEqual(statistics.articles, 30, "stored articles")
        try expectEqual(statistics.batches, 3, "batches")
        try await checkEveryArticleInOneEvent(store)
        let again = try await store.ingest(Array(articles[5..<25]))
        try expect(again.changedNothing, "overlapping re-ingest must change nothing")
    }

    static func largeBatch(_ store: any ArchiveStore) async throws {
        let articles = SyntheticArticles.make(count: 1_200, length: 12)
        let outcome = try await store.ingest(articles)
        try expectEqual(outcome.added.count, 1_200, "added")
        try expectEqual(try await store.statistics().articles, 1_200, "stored")
        let again = try await store.ingest(articles)
        try expectEqual(again.skipped.count, 1_200, "skipped on re-ingest")
        try await checkEveryArticleInOneEvent(store)
    }

    static func analysisState(_ store: any ArchiveStore) async throws {
        _ = try await store.ingest(SyntheticArticles.make(count: 5))
        var state = try await store.analysisState()
        try expectEqual(state.version, 1, "version after one batch")
        try expectEqual(state.copyIndex.count, 5, "documents in the copy index")
        try expectEqual(
            EventDetector().report(state.eventState).events.flatMap(\.articles).count, 5, "articles in the event state")
        _ = try await store.ingest(SyntheticArticles.make(count: 3, prefix: "more"))
        state = try await store.analysisState()
        try expectEqual(state.version, 2, "version after two batches")
        try expectEqual(state.copyIndex.count, 8, "the copy index grows, it is not rebuilt")
    }

    static func verbatim(_ store: any ArchiveStore) async throws {
        let text = "Quote: <script>alert('x')</script> & \"ampersands\" — ünïcödé 🙂\n\nSecond\tparagraph  spaced."
        _ = try await store.ingest([
            Article(
                id: "odd/id with spaces?&#", title: "<b>t</b>", text: text, source: "x", url: "https://x.test/?a=1&b=2")
        ])
        let detail = try require(try await store.article(id: "odd/id with spaces?&#"), "article")
        try expectEqual(detail.text, text, "text")
        try expectEqual(detail.summary.title, "<b>t</b>", "title")
        try expectEqual(detail.summary.url, "https://x.test/?a=1&b=2", "url")
        try expectEqual(detail.summary.date, nil, "date of an undated article with no evidence")
    }

    // MARK: - Queries

    static func articleList(_ store: any ArchiveStore) async throws {
        _ = try await store.ingest(
            SyntheticArticles.make(count: 25, perDay: 1)
                + SyntheticArticles.make(count: 2, prefix: "nodate", start: nil))
        let first = try await store.articles(ArticleFilter(), page: PageRequest(limit: 10))
        try expectEqual(first.total, 27, "total")
        try expectEqual(first.items.count, 10, "page size")
        try expectEqual(first.nextOffset, 10, "next offset")
        try expectEqual(first.items.first?.id, "syn-25", "newest first")
        var seen = Set(first.items.map(\.id))
        var offset = first.nextOffset
        while let next = offset {
            let page = try await store.articles(ArticleFilter(), page: PageRequest(limit: 10, offset: next))
            for item in page.items { try expect(seen.insert(item.id).inserted, "\(item.id) on two pages") }
            offset = page.nextOffset
        }
        try expectEqual(seen.count, 27, "every article on exactly one page")
        let everything = try await store.articles(ArticleFilter(), page: PageRequest(limit: 100))
        let dates = everything.items.map(\.date)
        if let firstUndated = dates.firstIndex(of: nil) {
            // Undated input may get an inferred date; whatever stays undated is listed after every dated article.
            try expect(dates[firstUndated...].allSatisfy { $0 == nil }, "undated articles come last")
        }
        let datedOrder = dates.compactMap { $0 }
        try expect(datedOrder == datedOrder.sorted(by: >), "dated articles newest first")
        let past = try await store.articles(ArticleFilter(), page: PageRequest(limit: 10, offset: 100))
        try expect(past.items.isEmpty && past.nextOffset == nil, "a page past the end is empty")
        let ranged = try await store.articles(
            ArticleFilter(from: Day(year: 2024, month: 1, day: 3), to: Day(year: 2024, month: 1, day: 7)),
            page: PageRequest())
        try expectEqual(ranged.total, 5, "articles from 2024-01-03 to 2024-01-07")
        try expect(ranged.items.allSatisfy { ($0.date?.description ?? "") >= "2024-01-03" }, "from filter")
        let text = try await store.articles(ArticleFilter(text: "item syn 7"), page: PageRequest())
        try expectEqual(text.items.first?.id, "syn-7", "text filter")
        let clamped = try await store.articles(ArticleFilter(), page: PageRequest(limit: 100_000, offset: -5))
        try expectEqual(clamped.limit, PageRequest.maximumLimit, "limit is clamped")
        try expectEqual(clamped.offset, 0, "offset is clamped")
    }

    static func search(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        let page = try await store.search(SearchQuery(text: "desalination"), page: PageRequest())
        try expectEqual(page.items.first?.article.id, "fx/oreth-minimum-flow", "best match first")
        try expect(page.items.contains { $0.article.id == "fx/oreth-flow-deal" }, "weaker match is found too")
        try expect(page.items[0].score >= page.items[1].score, "scores descend")
        try expect(
            page.items[0].snippet.matches.contains { $0.lowercased().hasPrefix("desalination") },
            "snippet marks the match")
        let stemmed = try await store.search(SearchQuery(text: "negotiation"), page: PageRequest())
        try expect(
            stemmed.items.contains { $0.article.id == ArchiveFixture.spunCopy }, "stemming: negotiation ~ negotiations")
        let both = try await store.search(SearchQuery(text: "rulebook"), page: PageRequest())
        try expectEqual(Set(both.items.map(\.kind)), [.article, .quote], "articles and quotes are searched")
        try expectEqual(both.total, 2, "total")
        let quote = try require(both.items.first { $0.kind == .quote }, "quote hit")
        try expectEqual(quote.speaker, ArchiveFixture.speaker, "quote speaker")
        try expectEqual(quote.article.id, "fx/oreth-accord-signed", "quote article")
        let all = try await store.search(SearchQuery(text: "oreth"), page: PageRequest(limit: 2))
        try expectEqual(all.items.count, 2, "search pages")
        try expect(all.total > 2, "search total counts every hit")
        let second = try await store.search(SearchQuery(text: "oreth"), page: PageRequest(limit: 2, offset: 2))
        try expect(Set(second.items.map(\.article.id)).isDisjoint(with: all.items.map(\.article.id)), "pages differ")
        let prefix = try await store.search(SearchQuery(text: "desal*"), page: PageRequest())
        try expect(prefix.total >= 2, "prefix query")
        let and = try await store.search(SearchQuery(text: "desalination velmora"), page: PageRequest())
        try expectEqual(and.items.map(\.article.id), ["fx/oreth-minimum-flow"], "every word is required")
        let quotesOnly = try await store.search(SearchQuery(text: "rulebook", kinds: [.quote]), page: PageRequest())
        try expectEqual(quotesOnly.items.map(\.kind), [.quote], "kinds filter")
    }

    static func searchFilters(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        let dated = try await store.search(
            SearchQuery(text: "oreth", from: Day(year: 2025, month: 1, day: 1)), page: PageRequest())
        try expect(!dated.items.isEmpty, "from filter keeps later hits")
        try expect(
            dated.items.allSatisfy { ($0.article.date ?? Day(ordinal: 0)) >= Day(year: 2025, month: 1, day: 1)! },
            "from")
        let until = try await store.search(
            SearchQuery(text: "oreth", to: Day(year: 2023, month: 12, day: 31)), page: PageRequest())
        try expectEqual(
            Set(until.items.map(\.article.id)), ["fx/oreth-talks-open", "fx/oreth-first-round"], "to filter")
        let speaker = try await store.search(SearchQuery(text: "river", speaker: "okonkwo"), page: PageRequest())
        try expect(!speaker.items.isEmpty, "speaker filter finds articles quoting the speaker")
        try expect(
            speaker.items.allSatisfy { ["fx/oreth-talks-open", "fx/oreth-accord-signed"].contains($0.article.id) },
            "speaker filter keeps only articles quoting the speaker: \(speaker.items.map(\.article.id))")
        let entity = try await store.search(SearchQuery(text: "strike", entity: "port authority"), page: PageRequest())
        try expectEqual(entity.items.map(\.article.id), ["fx/port-strike-begins"], "entity filter")
        let wildcard = try await store.search(SearchQuery(text: "oreth", speaker: "%"), page: PageRequest())
        try expectEqual(wildcard.total, 0, "LIKE wildcards in a filter are literal")
    }

    static func searchInput(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        for text in [
            "", "   ", "\"", "AND OR NOT", "(river", "river)", "*", "NEAR(a b)", "'; DROP TABLE articles; --", "ü", "🙂",
        ] {
            _ = try await store.search(SearchQuery(text: text), page: PageRequest())
            _ = try await store.articles(ArticleFilter(text: text), page: PageRequest())
        }
        try expectEqual(try await store.search(SearchQuery(text: ""), page: PageRequest()).total, 0, "empty query")
        try expectEqual(try await store.statistics().articles, ArchiveFixture.articles.count, "nothing dropped")
        let upper = try await store.search(SearchQuery(text: "DESALINATION!"), page: PageRequest())
        try expect(upper.total >= 2, "case and punctuation are ignored")
    }

    static func eventsAndStorylines(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        let storylines = try await store.storylines(StorylineFilter(), page: PageRequest())
        try expectEqual(storylines.total, 3, "storylines")
        try expectEqual(storylines.items.first?.id, ArchiveFixture.orethStoryline, "most events first")
        let oreth = try require(
            try await store.storyline(id: ArchiveFixture.orethStoryline, events: PageRequest()), "storyline")
        try expectEqual(oreth.events.items.map(\.id), ArchiveFixture.orethEvents, "timeline in date order")
        try expectEqual(oreth.summary.eventCount, 3, "event count")
        try expectEqual(oreth.summary.articleCount, 6, "article count")
        try expectEqual(
            oreth.summary.span,
            DateRange(from: Day(year: 2023, month: 3, day: 16)!, to: Day(year: 2025, month: 4, day: 22)!), "span")
        let several = try await store.storylines(StorylineFilter(minEvents: 2), page: PageRequest())
        try expectEqual(
            several.items.map(\.id), [ArchiveFixture.orethStoryline, ArchiveFixture.portStoryline], "minEvents")
        let events = try await store.events(EventFilter(), page: PageRequest(limit: 4))
        try expectEqual(events.total, 6, "events")
        try expectEqual(events.items.first?.id, ArchiveFixture.orethEvents[2], "newest event first")
        try expectEqual(events.nextOffset, 4, "events page")
        let big = try await store.events(EventFilter(minArticles: 2), page: PageRequest())
        try expectEqual(big.total, 4, "events with two articles or more")
        let in2024 = try await store.events(
            EventFilter(from: Day(year: 2024, month: 1, day: 1), to: Day(year: 2024, month: 12, day: 31)),
            page: PageRequest())
        try expectEqual(
            Set(in2024.items.map(\.id)), ["fx-e-port-1", "fx-e-port-2", "fx-e-markup", ArchiveFixture.orethEvents[1]],
            "event dates")
        let event = try require(try await store.event(id: "fx-e-port-2", articles: PageRequest(limit: 1)), "event")
        try expectEqual(event.summary.articleCount, 2, "event size")
        try expectEqual(event.articles.items.map(\.id), [ArchiveFixture.original], "members oldest first, paged")
        try expectEqual(event.articles.total, 2, "members total")
        try expectEqual(event.storyline?.id, ArchiveFixture.portStoryline, "event storyline")
        try await checkEveryArticleInOneEvent(store)
    }

    static func articleDetail(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        let original = try require(try await store.article(id: ArchiveFixture.original), "original")
        try expectEqual(original.copies.map(\.role), [.copiedBy], "original's copy role")
        try expectEqual(original.copies.first?.other.id, ArchiveFixture.spunCopy, "copy")
        try expectEqual(original.copies.first?.copy.kind, .spun, "kind")
        try expectEqual(
            original.copies.first?.copy.explanation.swaps.first?.to, "walkout", "explanation survives storage")
        try expectEqual(original.event?.id, "fx-e-port-2", "event")
        try expectEqual(original.storyline?.id, ArchiveFixture.portStoryline, "storyline")
        try expectEqual(original.quotes.map(\.speaker), ["Tomas Vell"], "quotes")
        try expectEqual(original.entities.map(\.name), ["Velmora"], "entities")
        let copy = try require(try await store.article(id: ArchiveFixture.spunCopy), "copy")
        try expectEqual(copy.copies.map(\.role), [.copyOf], "copy's role")
        try expectEqual(copy.summary.date, Day(year: 2024, month: 3, day: 12), "inferred date")
        try expectEqual(copy.summary.dateSource, .inferred, "inferred source")
        try expectEqual(
            copy.dateRange,
            DateRange(from: Day(year: 2024, month: 3, day: 12)!, to: Day(year: 2024, month: 3, day: 13)!), "range")
        try expectEqual(copy.dateEvidence, ["fixture"], "evidence")
        let accord = try require(try await store.article(id: "fx/oreth-accord-signed"), "accord")
        try expectEqual(accord.entities.map(\.type), [.person, .place], "entities by type")
        try expectEqual(accord.entities.last?.mentions, 2, "mentions")
    }

    static func quotes(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        let all = try await store.quotes(speaker: nil, page: PageRequest())
        try expectEqual(all.total, 4, "quotes")
        let mira = try await store.quotes(speaker: "mira okon", page: PageRequest())
        try expectEqual(mira.items.map(\.article), ["fx/oreth-accord-signed", "fx/oreth-talks-open"], "newest first")
        try expectEqual(mira.items.first?.articleTitle, "Velmora accord signed", "article title")
        let paged = try await store.quotes(speaker: "Okonkwo", page: PageRequest(limit: 1, offset: 1))
        try expectEqual(paged.items.map(\.text), ["We came to listen before we came to bargain"], "paging")
        try expectEqual(try await store.quotes(speaker: "Nobody", page: PageRequest()).total, 0, "unknown speaker")
    }

    static func membershipUpdates(_ store: any ArchiveStore) async throws {
        try await loadFixture(into: store)
        // A detector merges the two port events into one and drops the second.
        let merged = EventReport(
            id: "fx-e-port-1", title: "Port strike", date: Day(year: 2024, month: 3, day: 4),
            articles: ["fx/port-strike-begins", ArchiveFixture.original, ArchiveFixture.spunCopy])
        let storyline = StorylineReport(
            id: ArchiveFixture.portStoryline, title: "Velmora port strike", events: ["fx-e-port-1"],
            span: DateRange(from: Day(year: 2024, month: 3, day: 4)!, to: Day(year: 2024, month: 3, day: 4)!))
        try await store.write { session in
            try session.apply(
                IngestBatch(
                    events: [.init(event: merged, storyline: ArchiveFixture.portStoryline, order: 3)],
                    removedEvents: ["fx-e-port-2"], storylines: [.init(storyline: storyline, order: 1)]))
        }
        try expect(try await store.event(id: "fx-e-port-2", articles: PageRequest()) == nil, "removed event is gone")
        try expectEqual(try await store.article(id: ArchiveFixture.spunCopy)?.event?.id, "fx-e-port-1", "moved article")
        try expectEqual(
            try await store.storyline(id: ArchiveFixture.portStoryline, events: PageRequest())?.summary.eventCount, 1,
            "storyline")
        try await checkEveryArticleInOneEvent(store)
    }

    // MARK: - Transactions

    struct Abort: Error {}

    static func failedWrite(_ store: any ArchiveStore) async throws {
        _ = try await store.ingest(SyntheticArticles.make(count: 3))
        let before = try await store.statistics()
        do {
            try await store.write { session in
                try session.apply(ArchiveFixture.batch())
                throw Abort()
            }
            try expect(false, "the write should have thrown")
        } catch is Abort {}
        try expectEqual(try await store.statistics(), before, "a failed write leaves nothing")
        try expect(try await store.article(id: ArchiveFixture.original) == nil, "no article of the failed write")
        do {
            _ = try await store.write { session in
                try session.apply(
                    try ArchiveIngestor().plan(SyntheticArticles.make(count: 2, prefix: "lost"), in: session).batch)
                throw Abort()
            }
        } catch is Abort {}
        try expectEqual(try await store.analysisState().version, 1, "a rolled-back state is not the stored state")
        let next = try await store.ingest(SyntheticArticles.make(count: 2, prefix: "kept"))
        try expectEqual(next.stateVersion, 2, "the next batch continues from the committed state")
        try expectEqual(try await store.analysisState().copyIndex.count, 5, "copy index of committed batches only")
    }

    static func staleState(_ store: any ArchiveStore) async throws {
        _ = try await store.ingest(SyntheticArticles.make(count: 2))
        let before = try await store.statistics()
        var batch = ArchiveFixture.batch()
        batch.basedOnVersion = 0
        batch.state = AnalysisState(version: 1)
        let stale = batch
        do {
            try await store.write { try $0.apply(stale) }
            try expect(false, "a batch planned from a stale state must be rejected")
        } catch let error as ArchiveError {
            try expectEqual(error, .stateConflict(expected: 0, found: 1), "error")
        }
        try expectEqual(try await store.statistics(), before, "nothing written")
    }

    static func concurrentIngests(_ store: any ArchiveStore) async throws {
        let articles = SyntheticArticles.make(count: 60, start: nil)
        let slices = [articles[0..<30], articles[20..<50], articles[40..<60], articles[0..<60]].map(Array.init)
        let outcomes = try await withThrowingTaskGroup(of: IngestOutcome.self) { group in
            for slice in slices { group.addTask { try await store.ingest(slice) } }
            var all: [IngestOutcome] = []
            for try await outcome in group { all.append(outcome) }
            return all
        }
        let added = outcomes.flatMap(\.added).map(\.id)
        try expectEqual(added.count, 60, "each article added exactly once")
        try expectEqual(Set(added).count, 60, "no article added twice")
        try expectEqual(try await store.statistics().articles, 60, "stored")
        try expectEqual(
            try await store.analysisState().version, outcomes.filter { !$0.changedNothing }.count,
            "one state version per batch")
        try await checkEveryArticleInOneEvent(store)
    }
}
