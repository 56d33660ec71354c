import Foundation
import Testing

@testable import StorylineCore

/// Builds an undated document from a text.
private func document(_ id: String, _ text: String) -> Document {
    Document(Article(id: id, text: text, source: id))
}

/// Adds texts in order to a fresh state and returns it.
private func stream(_ texts: [String], options: EventOptions = EventOptions()) -> EventState {
    let detector = EventDetector(options: options)
    var state = EventState()
    for (index, text) in texts.enumerated() { _ = detector.add(document("a\(index)", text), date: nil, to: &state) }
    return state
}

private let longReport = """
    A magnitude 6.1 earthquake struck the coastal city of Velmora on Tuesday, collapsing two apartment blocks. \
    Rescue teams from Brenholt searched the rubble through the night and the mayor declared three days of mourning \
    while engineers inspected bridges, schools and the harbour cranes for cracks.
    """

private let otherLongReport = """
    Voters in Korvessa re-elected prime minister Alda Renn with 54 percent of the vote, according to the electoral \
    commission, after a campaign dominated by fuel prices, the new coastal railway and a row over fishing quotas.
    """

@Suite("Event detection on short texts")
struct EventShortTextTests {
    @Test("Events of headlines merge at the short-text threshold, events of full articles at the usual one")
    func mergeThresholdFollowsLength() {
        let options = EventOptions()
        let short = stream(["senate vote budget deal", "volcano erupts island village"])
        #expect(short.records.count == 2)
        #expect(short.records.allSatisfy { $0.meanTerms <= options.shortTextTerms })
        #expect(short.mergeThreshold(0, 1, options: options) == options.shortMergeThreshold)

        let long = stream([longReport, otherLongReport])
        #expect(long.records.count == 2)
        #expect(long.records.allSatisfy { $0.meanTerms > options.shortTextTerms })
        #expect(long.mergeThreshold(0, 1, options: options) == options.mergeThreshold)

        let mixed = stream(["senate vote budget deal", longReport])
        #expect(mixed.mergeThreshold(0, 1, options: options) == options.mergeThreshold)
    }

    @Test("Two fragments of one headline story merge once a headline bridges them; they stay apart without the rule")
    func bridgingHeadlineMerges() throws {
        let headlines = [
            "mandela dies aged johannesburg", "mandela dies home", "zuma tribute nation speech", "zuma tribute speech",
            "mandela dies zuma tribute", "mandela dies zuma tribute speech",
        ]
        let merged = stream(headlines)
        let live = merged.records.filter { $0.mergedInto == nil && $0.size > 0 }
        #expect(live.count == 1, "events: \(live.map { $0.members.map(\.article) })")

        var strict = EventOptions()
        strict.shortMergeThreshold = strict.mergeThreshold
        let apart = stream(headlines, options: strict)
        #expect(apart.records.filter { $0.mergedInto == nil && $0.size > 0 }.count == 2)
    }

    @Test("An event of full articles holding two events splits; an event of headlines never does")
    func onlyFullArticlesSplit() {
        // Everything joins one event (no threshold), alternating between two stories that share a few words.
        var options = EventOptions()
        options.joinThreshold = -10
        func splits(_ texts: [String]) -> Int {
            let detector = EventDetector(options: options)
            var state = EventState()
            var count = 0
            for (index, text) in texts.enumerated() {
                count += detector.add(document("a\(index)", text), date: nil, to: &state).splitEvents.count
            }
            return count
        }
        let shared = "harbour strike talks"
        let first = "dockers wages union pickets cranes idle"
        let second = "ferry captain ministry licence inquiry collision"
        let headlines = (0..<12).map { $0 % 2 == 0 ? "\(shared) \(first) \($0)" : "\(shared) \(second) \($0)" }
        let firstMore = "quay overtime container backlog shipping exporters warehouse forklifts gantry berth"
        let secondMore = "passengers lifeboat radar coastguard hull divers investigators rescue ferries ropes"
        let articles = (0..<12).map { index in
            let own = index % 2 == 0 ? "\(first) \(firstMore)" : "\(second) \(secondMore)"
            return "\(shared) \(own) \(index)."
        }
        #expect(splits(articles) > 0)
        #expect(splits(headlines) == 0)
    }

    @Test("The term count of every event matches its members after merges and splits")
    func termTotalsStayConsistent() {
        var texts: [String] = []
        for round in 0..<6 {
            texts += [
                "storm flood coast town evacuated \(round)", "flood water rise coast town",
                "storm coast power cut", "election vote count delayed", "vote count result election",
            ]
        }
        let state = stream(texts)
        #expect(state.articleCount == texts.count)
        for record in state.records where record.mergedInto == nil {
            #expect(record.termTotal == record.members.reduce(0) { $0 + $1.vector.count })
        }
    }

    @Test("A saved state without term counts decodes and counts terms from its members")
    func stateWithoutTermCountsDecodes() throws {
        let state = stream(["senate vote budget deal", "senate vote budget deal passes"])
        let encoded = try JSONEncoder().encode(state)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        var records = try #require(object["records"] as? [[String: Any]])
        for index in records.indices { records[index].removeValue(forKey: "termTotal") }
        object["records"] = records
        let decoded = try JSONDecoder().decode(EventState.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.records[0].termTotal == nil)
        #expect(decoded.records[0].countedTerms == state.records[0].termTotal)
        #expect(decoded.records[0].meanTerms == state.records[0].meanTerms)
    }

    @Test("An event of headlines keeps a centroid of shortCentroidTerms terms; an event of full articles keeps more")
    func shortCentroidsStayShort() {
        // Everything joins one event; each text brings words of its own, so centroids keep growing until pruned.
        var options = EventOptions()
        options.joinThreshold = -10
        options.shortCentroidTerms = 8
        options.centroidTerms = 40
        func centroidSize(_ texts: [String]) -> (size: Int, short: Bool) {
            let state = stream(texts, options: options)
            let live = state.records.filter { $0.mergedInto == nil && $0.size > 0 }
            #expect(live.count == 1)
            return (live[0].centroid.count, live[0].holdsShortTexts(options: options))
        }
        let headlines = (0..<30).map { "harbour strike word\($0)a word\($0)b" }
        let articles = (0..<30).map { index in
            "Harbour strike talks. " + (0..<20).map { "word\(index)x\($0)" }.joined(separator: " ") + "."
        }
        let short = centroidSize(headlines)
        #expect(short.short)
        #expect(short.size <= 2 * options.shortCentroidTerms)
        let long = centroidSize(articles)
        #expect(!long.short)
        #expect(long.size > 2 * options.shortCentroidTerms)
        #expect(long.size <= 2 * options.centroidTerms)
    }

    @Test("The short-text options decode from JSON")
    func optionsDecode() throws {
        let options = try JSONDecoder().decode(
            EventOptions.self,
            from: Data(#"{"shortMergeThreshold": 0.4, "shortTextTerms": 10, "shortCentroidTerms": 50}"#.utf8))
        #expect(options.shortMergeThreshold == 0.4)
        #expect(options.shortTextTerms == 10)
        #expect(options.shortCentroidTerms == 50)
        #expect(options.mergeThreshold == EventOptions().mergeThreshold)
    }
}
