import StorylineCore

/// The event and storyline rows a batch rewrites: the events and storylines its articles touched
/// (``EventStateDelta``), with readable titles.
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
    /// Ids of the listed events that existed before the batch.
    var existedBefore: Set<String> = []

    /// The rows of `delta`; `eventsBefore` is the number of events the state had created before the batch (an
    /// event numbered above it is new).
    init(_ delta: EventStateDelta, eventsBefore: Int, documents: DocumentLookup) throws {
        var storylineOf: [String: String] = [:]
        for storyline in delta.storylines {
            for event in storyline.events { storylineOf[event] = storyline.id }
        }
        removedEvents = delta.removedEvents
        removedStorylines = delta.removedStorylines
        let current = Dictionary(delta.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        func displayTitle(_ event: EventReport) -> String {
            if !event.title.isEmpty { return event.title }
            for member in event.articles {
                if let title = documents.title(member), !title.isEmpty { return title }
            }
            return event.articles.first ?? event.id
        }
        for var event in delta.events {
            let order = delta.order[event.id] ?? 0
            if order <= eventsBefore { existedBefore.insert(event.id) }
            event.title = displayTitle(event)
            events[event.id] = event
            eventTitles[event.id] = event.title
            for member in event.articles { eventOfArticle[member] = event.id }
            storylineOfEvent[event.id] = storylineOf[event.id]
            eventRows.append(
                .init(
                    event: event, storyline: storylineOf[event.id], order: order,
                    membersChanged: delta.changedMembers.contains(event.id)))
        }
        for var storyline in delta.storylines {
            if storyline.title.isEmpty {
                storyline.title =
                    storyline.events.lazy.compactMap { current[$0] }.first.map(displayTitle) ?? storyline.id
            }
            storylineRows.append(.init(storyline: storyline, order: delta.order[storyline.id] ?? 0))
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
