import StorylineCore

/// The difference between the event state before and after a batch: the event and storyline rows to rewrite.
struct EventChanges {
    /// Events to insert or replace, with readable titles.
    var eventRows: [IngestBatch.EventRow] = []
    /// Events gone.
    var removedEvents: [String] = []
    /// Storylines to insert or replace, with readable titles.
    var storylineRows: [IngestBatch.StorylineRow] = []
    /// Storylines gone.
    var removedStorylines: [String] = []
    /// Changed events by id (membership after the batch).
    var events: [String: EventReport] = [:]
    /// Event of every member of a changed event.
    var eventOfArticle: [String: String] = [:]
    /// Storyline of every event listed in a row.
    var storylineOfEvent: [String: String] = [:]
    /// Readable titles of the changed events.
    var eventTitles: [String: String] = [:]
    /// Ids of the events that existed before the batch.
    var existedBefore: Set<String> = []

    init(before: EventClustering, after: EventClustering, documents: DocumentLookup) throws {
        let old = Dictionary(before.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        existedBefore = Set(old.keys)
        let oldStorylines = Dictionary(before.storylines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Dictionary(after.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(after.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var storylineOf: [String: String] = [:]
        for storyline in after.storylines {
            for event in storyline.events { storylineOf[event] = storyline.id }
        }
        var rewrite: Set<String> = []
        for event in after.events where old[event.id] != event { rewrite.insert(event.id) }
        var changedStorylines: [(Int, StorylineReport)] = []
        for (index, storyline) in after.storylines.enumerated() where oldStorylines[storyline.id] != storyline {
            changedStorylines.append((index, storyline))
            rewrite.formUnion(storyline.events.filter { current[$0] != nil })
        }
        removedEvents = old.keys.filter { current[$0] == nil }.sorted()
        let currentStorylines = Set(after.storylines.map(\.id))
        removedStorylines = oldStorylines.keys.filter { !currentStorylines.contains($0) }.sorted()

        func displayTitle(_ event: EventReport) -> String {
            if !event.title.isEmpty { return event.title }
            for member in event.articles {
                if let title = documents.title(member), !title.isEmpty { return title }
            }
            return event.articles.first ?? event.id
        }
        for id in rewrite.sorted(by: { (order[$0] ?? 0) < (order[$1] ?? 0) }) {
            guard var event = current[id] else { continue }
            event.title = displayTitle(event)
            events[id] = event
            eventTitles[id] = event.title
            for member in event.articles { eventOfArticle[member] = id }
            storylineOfEvent[id] = storylineOf[id]
            eventRows.append(.init(event: event, storyline: storylineOf[id], order: order[id] ?? 0))
        }
        for (index, var storyline) in changedStorylines {
            if storyline.title.isEmpty {
                storyline.title =
                    storyline.events.lazy.compactMap { current[$0] }.first.map(displayTitle) ?? storyline.id
            }
            storylineRows.append(.init(storyline: storyline, order: index))
        }
        try documents.rethrow()
    }

    /// Gives events that the detector left undated (no member with an explicit date) the earliest inferred date of
    /// their members, as `analyze` does, and widens the rewritten storylines' spans to cover them.
    mutating func dateUndatedEvents(with fresh: [String: DateResolution], session: some IngestSession) throws {
        let undated = eventRows.indices.filter { eventRows[$0].event.date == nil }
        guard !undated.isEmpty else { return }
        let members = undated.flatMap { eventRows[$0].event.articles }.filter { fresh[$0] == nil }
        let resolutions = try session.dateResolutions(members).merging(fresh) { _, new in new }
        var newDates: [String: Day] = [:]
        for index in undated {
            let dated = EventDating.dated([eventRows[index].event], dates: resolutions)[0]
            guard let day = dated.date else { continue }
            eventRows[index].event.date = day
            events[dated.id]?.date = day
            newDates[dated.id] = day
        }
        for index in storylineRows.indices {
            for event in storylineRows[index].storyline.events {
                guard let day = newDates[event] else { continue }
                let span = storylineRows[index].storyline.span
                storylineRows[index].storyline.span = DateRange(
                    from: min(span?.from ?? day, day), to: max(span?.to ?? day, day))
            }
        }
    }
}
