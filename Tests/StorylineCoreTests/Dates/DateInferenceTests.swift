import Testing

@testable import StorylineCore

@Suite struct DateInferenceTests {
    private func day(_ iso: String) -> Day { Day(iso: iso)! }

    private func copy(_ a: String, _ b: String, _ kind: CopyKind = .spun) -> CopyReport {
        CopyReport(a: a, b: b, kind: kind, score: 0.9, explanation: CopyExplanation())
    }

    private func known(_ documents: [Document]) -> [String: DateResolution] {
        var result: [String: DateResolution] = [:]
        for document in documents {
            if let date = document.article.date { result[document.id] = DateResolution(date: date, source: .marker) }
        }
        return result
    }

    @Test func aCopyIsPublishedOnOrAfterItsOriginal() throws {
        let original = TestSupport.document("a", "The council on Tuesday approved the budget.", date: day("2024-03-12"))
        let spun = TestSupport.document("b", "The council on Tuesday authorised the budget.")
        let dates = DateInference.infer(
            [original, spun], known: known([original, spun]), copies: [copy("a", "b")], events: [])
        let resolution = try #require(dates["b"])
        #expect(resolution.source == .inferred)
        #expect(resolution.date == day("2024-03-12"))
        #expect(resolution.range == DateRange(from: day("2024-03-12"), to: day("2024-03-13")))
        #expect(resolution.evidence.contains { $0.contains("copy of a (2024-03-12)") })
        #expect(resolution.evidence.contains { $0.contains("on Tuesday") })
        #expect(dates["a"] == DateResolution(date: day("2024-03-12"), source: .marker))
    }

    @Test func eventMembersGiveAWindowAndWeekdaysPickTheDay() throws {
        // Thursday 2024-10-10 and Friday 2024-10-11 are dated; the undated report says "on Thursday".
        let a = TestSupport.document("a", "Ministers agreed a deal on Thursday.", date: day("2024-10-10"))
        let b = TestSupport.document("b", "The deal was welcomed on Friday.", date: day("2024-10-11"))
        let c = TestSupport.document("c", "The minister on Thursday defended the deal, which talks opened on Tuesday.")
        let event = EventReport(id: "e1", title: "deal", date: nil, articles: ["a", "b", "c"])
        let dates = DateInference.infer([a, b, c], known: known([a, b, c]), copies: [], events: [event])
        let resolution = try #require(dates["c"])
        #expect(resolution.date == day("2024-10-10"))
        #expect(resolution.range.map { $0.contains(day("2024-10-10")) } == true)
        #expect(resolution.evidence.contains { $0.contains("event e1: 2 dated members 2024-10-10…2024-10-11") })
    }

    @Test func weekdayFitsAcrossTheYearEnd() throws {
        // Dated member on Friday 2021-12-31; the undated one says "on Monday": Monday 2022-01-03 fits best.
        let a = TestSupport.document("a", "Markets closed the year on Friday.", date: day("2021-12-31"))
        let b = TestSupport.document("b", "Markets reopened on Monday after the holiday.")
        let event = EventReport(id: "e1", title: "markets", date: nil, articles: ["a", "b"])
        let dates = DateInference.infer([a, b], known: known([a, b]), copies: [], events: [event])
        #expect(dates["b"]?.date == day("2022-01-03"))
    }

    @Test func elapsedTimeFromAMentionedMonthGivesAWindow() throws {
        let text = """
            The talks opened on Tuesday, 19 months after the first round in March 2023.

            Ministers will meet again next June.
            """
        let lone = TestSupport.document("x", text)
        let dates = DateInference.infer([lone], known: [:], copies: [], events: [])
        let resolution = try #require(dates["x"])
        #expect(resolution.range == DateRange(from: day("2024-10-01"), to: day("2024-10-31")))
        #expect(resolution.evidence.contains { $0.contains("19 months after") && $0.contains("March 2023") })
    }

    @Test func articlesWithoutAnyEvidenceStayUndated() {
        let lone = TestSupport.document("x", "A quiet day on Wednesday, officials said in 2020.")
        #expect(DateInference.infer([lone], known: [:], copies: [], events: [])["x"] == nil)
    }

    @Test func eventsAndStorylinesGetDatesAndSpans() {
        let dates: [String: DateResolution] = [
            "a": DateResolution(date: day("2022-03-31"), source: .marker),
            "b": DateResolution(date: day("2022-03-30"), source: .inferred),
            "c": DateResolution(date: day("2025-06-03"), source: .marker),
            "d": DateResolution(date: day("2025-06-02"), source: .inferred),
        ]
        let events = EventDating.dated(
            [
                EventReport(id: "e1", title: "", date: nil, articles: ["a", "b"]),
                EventReport(id: "e2", title: "", date: nil, articles: ["c"]),
                EventReport(id: "e3", title: "", date: nil, articles: ["d"]),
                EventReport(id: "e4", title: "", date: nil, articles: ["z"]),
            ], dates: dates)
        #expect(events.map(\.date) == [day("2022-03-31"), day("2025-06-03"), day("2025-06-02"), nil])
        let storylines = EventDating.spanned(
            [StorylineReport(id: "s1", title: "", events: ["e4", "e2", "e1", "e3"])], events: events)
        #expect(storylines[0].span == DateRange(from: day("2022-03-31"), to: day("2025-06-03")))
        #expect(storylines[0].events == ["e1", "e3", "e2", "e4"])
    }

    // MARK: Seeds

    @Test(.enabled(if: TestSupport.seedsPresent, "../shared/seeds is absent: seed inference not checked"))
    func seed001IsDatedFromTheOriginalItSpins() throws {
        let seeds = try TestSupport.seeds()
        let documents = ["000", "001", "004"].compactMap { seeds[$0] }
        let id000 = seeds["000"]!.id
        let id001 = seeds["001"]!.id
        let window = DateRange(from: day("2022-03-30"), to: day("2022-03-31"))
        // Either orientation of the copy verdict (the copy detector may take the longer 001 as the original).
        for copies in [[copy(id000, id001)], [copy(id001, id000)]] {
            let dates = DateInference.infer(documents, known: known(documents), copies: copies, events: [])
            let resolution = try #require(dates[id001])
            #expect(resolution.source == .inferred)
            #expect(resolution.date.map(window.contains) == true, "\(String(describing: resolution.date))")
            #expect(resolution.range.map { window.contains($0.from) && window.contains($0.to) } == true)
            #expect(resolution.evidence.contains { $0.contains(id000) })
            #expect(resolution.evidence.contains { $0.contains("on Wednesday") })
        }
    }

    @Test(.enabled(if: TestSupport.seedsPresent, "../shared/seeds is absent: seed inference not checked"))
    func seed002IsDatedIn2025FromItsStorylineAndItsClues() throws {
        let seeds = try TestSupport.seeds()
        let documents = ["000", "001", "002", "003", "004"].compactMap { seeds[$0] }
        let id = { (key: String) in seeds[key]!.id }
        let events = [
            EventReport(
                id: "e1", title: "Istanbul talks 2022", date: nil, articles: [id("000"), id("001"), id("004")]),
            EventReport(id: "e2", title: "Istanbul talks 2025", date: nil, articles: [id("003")]),
            EventReport(id: "e3", title: "Third round", date: nil, articles: [id("002")]),
        ]
        let storylines = [StorylineReport(id: "s1", title: "Russia-Ukraine talks", events: ["e1", "e2", "e3"])]
        let year2025 = DateRange(from: day("2025-01-01"), to: day("2025-12-31"))
        let dates = DateInference.infer(
            documents, known: known(documents), copies: [copy(id("000"), id("001"))], events: events,
            storylines: storylines)
        let resolution = try #require(dates[id("002")])
        #expect(resolution.source == .inferred)
        #expect(resolution.date.map(year2025.contains) == true, "\(String(describing: resolution.date))")
        #expect(resolution.range.map { year2025.contains($0.from) && year2025.contains($0.to) } == true)
        #expect(resolution.evidence.contains { $0.contains("storyline s1") && $0.contains("2025-06-03") })
        #expect(resolution.evidence.contains { $0.contains("three years after") && $0.contains("February 2022") })
        // Without storylines the text clues alone still put it in 2025.
        let alone = DateInference.infer(documents, known: known(documents), copies: [], events: [])
        #expect(alone[id("002")]?.date.map(year2025.contains) == true)
    }
}
