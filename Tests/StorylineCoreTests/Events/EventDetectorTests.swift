import Foundation
import Testing

@testable import StorylineCore

/// Builds a document from a text, with an optional date and headline.
private func document(_ id: String, _ text: String, title: String? = nil) -> Document {
    Document(Article(id: id, title: title, text: text, source: id))
}

private let earthquake = """
    A magnitude 6.1 earthquake struck the coastal city of Velmora on Tuesday, collapsing two apartment blocks. \
    Rescue teams from Brenholt searched the rubble through the night and the mayor declared three days of mourning.
    """

private let election = """
    Voters in Korvessa re-elected prime minister Alda Renn with 54 percent of the vote, according to the electoral \
    commission, after a campaign dominated by fuel prices and the new coastal railway.
    """

@Suite("Event detection")
struct EventDetectorTests {
    @Test("An empty corpus has no events and no storylines")
    func emptyCorpus() {
        let clustering = EventDetector().cluster([])
        #expect(clustering.events.isEmpty)
        #expect(clustering.storylines.isEmpty)
        #expect(EventDetector().report(EventState()).events.isEmpty)
    }

    @Test("One article makes one event in one storyline, dated by the article")
    func oneArticle() throws {
        let day = try #require(Day(iso: "2024-05-02"))
        let clustering = EventDetector().cluster([document("a", earthquake)], dates: ["a": day])
        #expect(clustering.events.count == 1)
        #expect(clustering.events[0].articles == ["a"])
        #expect(clustering.events[0].date == day)
        #expect(clustering.storylines.count == 1)
        #expect(clustering.storylines[0].events == [clustering.events[0].id])
        #expect(clustering.storylines[0].span == DateRange(from: day, to: day))
        #expect(!clustering.events[0].title.isEmpty)
    }

    @Test("Articles with no shared words stay apart")
    func noSharedWords() {
        let documents = [
            document("a", earthquake), document("b", election),
            document("c", "Zebras graze quietly beside eucalyptus groves."),
        ]
        let clustering = EventDetector().cluster(documents)
        #expect(clustering.events.count == 3)
        #expect(Set(clustering.events.flatMap(\.articles)) == ["a", "b", "c"])
    }

    @Test("Identical articles form one event")
    func identicalArticles() {
        let documents = (0..<4).map { document("copy\($0)", earthquake) }
        let clustering = EventDetector().cluster(documents)
        #expect(clustering.events.count == 1)
        #expect(clustering.events[0].articles == ["copy0", "copy1", "copy2", "copy3"])
    }

    @Test("An article with no date still gets an event, undated, and comes after dated ones in the stream")
    func articleWithoutDate() throws {
        let day = try #require(Day(iso: "2024-05-02"))
        let documents = [document("undated", election), document("dated", earthquake)]
        #expect(EventDetector.streamOrder(documents, dates: ["dated": day]) == [1, 0])
        let clustering = EventDetector().cluster(documents, dates: ["dated": day])
        let undated = try #require(clustering.events.first { $0.articles == ["undated"] })
        #expect(undated.date == nil)
        #expect(clustering.events.first { $0.articles == ["dated"] }?.date == day)
    }

    @Test("The same story a year apart makes two events in one storyline")
    func timeSeparatesEvents() throws {
        let first = try #require(Day(iso: "2023-03-01"))
        let later = try #require(Day(iso: "2024-03-01"))
        let documents = [document("then", earthquake), document("now", earthquake)]
        let clustering = EventDetector().cluster(documents, dates: ["then": first, "now": later])
        #expect(clustering.events.count == 2)
        #expect(clustering.storylines.count == 1)
        let storyline = clustering.storylines[0]
        let order = storyline.events.compactMap { id in clustering.events.first { $0.id == id }?.date }
        #expect(order == [first, later])
        #expect(storyline.span == DateRange(from: first, to: later))
    }

    @Test(
        "A later event continues its own storyline among many sharing a word, even when only one storyline is scored",
        arguments: [1, 32])
    func storylineAmongMany(candidates: Int) throws {
        let syllables = ["ka", "lo", "mi", "ren", "tosh", "vel", "dar", "quin"]
        func words(_ i: Int) -> String {
            let stem = (syllables[i % 8] + syllables[(i / 8) % 8]).capitalized
            return "\(stem)mora harbour \(stem)vik \(stem)dell \(stem)zent."
        }
        let start = try #require(Day(iso: "2023-01-01"))
        var documents: [Document] = []
        var dates: [String: Day] = [:]
        for i in 0..<40 {
            documents.append(document("s\(i)", words(i)))
            dates["s\(i)"] = Day(ordinal: start.ordinal + 30 * i)
        }
        documents.append(document("later", words(7)))
        dates["later"] = Day(ordinal: start.ordinal + 30 * 40 + 365)
        var options = EventOptions()
        options.storylineCandidates = candidates
        let clustering = EventDetector(options: options).cluster(documents, dates: dates)
        #expect(clustering.events.count == 41)
        let eventOf = Dictionary(
            uniqueKeysWithValues: clustering.events.flatMap { event in event.articles.map { ($0, event.id) } })
        let first = try #require(eventOf["s7"])
        let later = try #require(eventOf["later"])
        let storyline = try #require(clustering.storylines.first { $0.events.contains(first) })
        #expect(storyline.events == [first, later])
        #expect(clustering.storylines.count == 40)
    }

    @Test("Headlines title events")
    func headlineTitle() {
        let documents = [
            document("a", earthquake, title: "Earthquake hits Velmora"),
            document("b", earthquake, title: "Velmora earthquake: two blocks collapse"),
        ]
        let clustering = EventDetector().cluster(documents)
        #expect(clustering.events.count == 1)
        #expect(
            ["Earthquake hits Velmora", "Velmora earthquake: two blocks collapse"].contains(clustering.events[0].title))
    }

    @Test("A state saved mid-stream and resumed ends as one uninterrupted run")
    func codableRoundTrip() throws {
        let texts = [earthquake, election, earthquake + " Aftershocks followed.", election + " Turnout was high."]
        var documents: [Document] = []
        for round in 0..<6 {
            for (index, text) in texts.enumerated() {
                documents.append(document("r\(round)-\(index)", text + " Round \(round) report \(index)."))
            }
        }
        let detector = EventDetector()
        let whole = detector.cluster(documents)

        var state = EventState()
        var assignments: [EventAssignment] = []
        for item in documents.prefix(10) { assignments.append(detector.add(item, date: nil, to: &state)) }
        let data = try JSONEncoder().encode(state)
        var resumed = try JSONDecoder().decode(EventState.self, from: data)
        for item in documents.dropFirst(10) { assignments.append(detector.add(item, date: nil, to: &resumed)) }
        #expect(detector.report(resumed) == whole)
        #expect(assignments.count == documents.count)
        #expect(resumed.articleCount == documents.count)
    }

    @Test("Event options decode from a partial JSON object, keeping defaults")
    func partialOptions() throws {
        let options = try JSONDecoder().decode(EventOptions.self, from: Data(#"{"joinThreshold": 0.4}"#.utf8))
        #expect(options.joinThreshold == 0.4)
        #expect(options.mergeThreshold == EventOptions().mergeThreshold)
    }
}
