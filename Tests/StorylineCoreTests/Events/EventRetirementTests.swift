import Foundation
import Testing

@testable import StorylineCore

@Suite struct EventRetirementTests {
    /// A synthetic stream long enough for events to leave the active set several times over.
    private func stream(_ count: Int) -> [(Document, Day?)] {
        var options = SyntheticOptions(seed: 7, articles: count, spanDays: 60)
        options.articles = count
        return SyntheticStream(options).map { (Document($0.article), $0.article.date) }
    }

    @Test("Retiring events that left the active set changes no report and shrinks the state")
    func retirementKeepsReports() throws {
        var options = EventOptions()
        options.activeArticles = 150
        let detector = EventDetector(options: options)
        var retiring = EventState()
        var keeping = EventState()
        for (document, date) in stream(900) {
            let a = detector.add(document, date: date, to: &retiring)
            // The same step without retirement.
            let b = keeping.add(
                id: document.id, title: document.title, features: EventFeatures(document, options: options),
                date: date, options: options)
            #expect(a == b)
        }
        #expect(detector.report(retiring) == detector.report(keeping))
        let retired = retiring.records.filter { $0.mergedInto == nil && $0.lastPosition <= 900 - 150 }
        #expect(!retired.isEmpty)
        #expect(retired.allSatisfy { $0.members.allSatisfy { $0.vector.isEmpty } })
        // Retired events leave the inverted index (but for terms they were listed under that are no longer among
        // their members' or centroid's top terms: a rare leftover, harmless as candidates are checked for activity).
        let postings = retiring.eventPostings.joined().map { retiring.root(Int($0)) }
        let stale = postings.filter { retiring.records[$0].lastPosition <= 900 - 150 }.count
        let staleBefore = keeping.eventPostings.joined().filter {
            keeping.records[keeping.root(Int($0))].lastPosition <= 900 - 150
        }.count
        #expect(stale * 20 < staleBefore)
        #expect(PayloadSize.of(retiring) * 10 < PayloadSize.of(keeping) * 8)
    }

    @Test("A state saved mid-stream keeps its retirement queue")
    func retirementSurvivesCoding() throws {
        var options = EventOptions()
        options.activeArticles = 100
        let detector = EventDetector(options: options)
        let items = stream(500)
        var whole = EventState()
        for (document, date) in items { _ = detector.add(document, date: date, to: &whole) }
        var state = EventState()
        for (document, date) in items.prefix(250) { _ = detector.add(document, date: date, to: &state) }
        var resumed = try JSONDecoder().decode(EventState.self, from: JSONEncoder().encode(state))
        for (document, date) in items.dropFirst(250) { _ = detector.add(document, date: date, to: &resumed) }
        #expect(detector.report(resumed) == detector.report(whole))
        #expect(PayloadSize.of(resumed) == PayloadSize.of(whole))
    }
}
