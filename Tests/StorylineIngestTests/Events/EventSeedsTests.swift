import Foundation
import StorylineCore
import StorylineIngest
import Testing

/// The seed articles, when the shared folder is present.
private let seeds = sharedData + "/seeds"

@Suite("Seed events and storyline")
struct EventSeedsTests {
    @Test(
        "Seeds: events {000, 001, 004}, {003}, {002} in one storyline in date order",
        .enabled(if: FileManager.default.fileExists(atPath: seeds), "needs ../shared/seeds"))
    func seedEvents() throws {
        let read = ArticleReader().read([seeds])
        #expect(read.articles.count == 5)
        let report = Analyzer().analyze(read.articles)
        let groups = Set(report.events.map { Set($0.articles.map { String($0.prefix(3)) }) })
        #expect(groups == [["000", "001", "004"], ["003"], ["002"]])
        #expect(report.storylines.count == 1)
        let storyline = try #require(report.storylines.first)
        #expect(Set(storyline.events) == Set(report.events.map(\.id)))
        let dates = storyline.events.compactMap { id in report.events.first { $0.id == id }?.date }
        #expect(dates == dates.sorted())
        let first = try #require(report.events.first { $0.articles.contains { $0.hasPrefix("000") } })
        #expect(storyline.events.first == first.id)
        #expect(first.date == Day(iso: "2022-03-29"))
    }
}
