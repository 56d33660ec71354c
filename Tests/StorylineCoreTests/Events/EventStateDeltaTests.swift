import Testing

@testable import StorylineCore

@Suite struct EventStateDeltaTests {
    /// After every batch of a stream, the delta of the events the batch touched holds every event and storyline
    /// whose report changed, exactly as the full report has it, and every one that disappeared.
    @Test(
        "a batch's delta covers every changed event and storyline of the full report",
        arguments: [(7, false), (7, true), (11, true)])
    func deltaCoversChanges(seed: UInt64, headlinesOnly: Bool) throws {
        let options = SyntheticOptions(seed: seed, articles: 1_500, spanDays: 40)
        // Headlines alone are short texts, whose events merge more readily: removals get exercised.
        let stream = SyntheticStream(options).map { item in
            let article = item.article
            let headline = Article(id: article.id, text: article.title ?? article.id, source: "headline")
            return (Document(headlinesOnly ? headline : article), article.date)
        }
        let detector = EventDetector()
        var state = EventState()
        var removals = 0
        var rewritten = 0
        var changedMembers = 0
        for start in stride(from: 0, to: stream.count, by: 50) {
            let before = detector.report(state)
            var touched: Set<String> = []
            for (document, date) in stream[start..<min(start + 50, stream.count)] {
                let assignment = detector.add(document, date: date, to: &state)
                touched.insert(assignment.event)
                touched.formUnion(assignment.mergedEvents + assignment.splitEvents)
            }
            let after = detector.report(state)
            let delta = state.delta(touching: touched)
            let listed = Dictionary(uniqueKeysWithValues: delta.events.map { ($0.id, $0) })
            let listedStorylines = Dictionary(uniqueKeysWithValues: delta.storylines.map { ($0.id, $0) })
            let old = Set(before.events)
            let oldStorylines = Set(before.storylines)
            for event in after.events where !old.contains(event) {
                #expect(listed[event.id] == event, "changed event \(event.id) after article \(start)")
            }
            for storyline in after.storylines where !oldStorylines.contains(storyline) {
                #expect(listedStorylines[storyline.id] == storyline, "changed storyline \(storyline.id)")
            }
            let now = Set(after.events.map(\.id))
            for event in delta.events { #expect(after.events.contains(event), "listed event \(event.id) is live") }
            #expect(Set(before.events.map(\.id)).subtracting(now).isSubset(of: Set(delta.removedEvents)))
            #expect(Set(delta.removedEvents).isDisjoint(with: now))
            let nowStorylines = Set(after.storylines.map(\.id))
            #expect(
                Set(before.storylines.map(\.id)).subtracting(nowStorylines).isSubset(of: Set(delta.removedStorylines)))
            #expect(Set(delta.removedStorylines).isDisjoint(with: nowStorylines))
            // Every article that moved (or arrived) is in an event whose members the delta says changed.
            var eventBefore: [String: String] = [:]
            for event in before.events { for article in event.articles { eventBefore[article] = event.id } }
            for event in after.events {
                for article in event.articles where eventBefore[article] != event.id {
                    #expect(delta.changedMembers.contains(event.id), "\(article) moved to \(event.id)")
                }
            }
            #expect(delta.changedMembers.isSubset(of: Set(listed.keys)))
            removals += delta.removedEvents.count
            rewritten += delta.events.count
            changedMembers += delta.changedMembers.count
        }
        if headlinesOnly { #expect(removals > 0, "the stream merges events, so removals are exercised") }
        #expect(rewritten < 1_500 * 4, "the delta is not the whole state every time")
        #expect(changedMembers < rewritten, "storyline mates are rewritten without pointing their members again")
        print(
            "seed \(seed), headlines only \(headlinesOnly): \(rewritten) rows, \(changedMembers) with changed members, "
                + "\(removals) removed")
    }

    @Test("unknown and malformed ids are ignored")
    func unknownIDs() {
        let state = EventState()
        #expect(state.delta(touching: ["e1", "x", "e", "e-3"]) == EventStateDelta())
    }
}
