/// The persistent state of online event clustering and storyline linking.
///
/// `Codable` so that a store can save it after a batch and resume with the next article.
public struct EventState: Codable, Sendable {
    /// Number of events created so far.
    public private(set) var eventCount = 0
    /// Number of storylines created so far.
    public private(set) var storylineCount = 0
    /// Events created so far, in creation order.
    public private(set) var events: [EventReport] = []
    /// Storylines created so far, in creation order.
    public private(set) var storylines: [StorylineReport] = []

    /// Creates an empty state.
    public init() {}

    /// Opens a new event holding one article, in a new storyline.
    mutating func open(article: String, title: String, date: Day?) -> EventAssignment {
        eventCount += 1
        storylineCount += 1
        let event = EventReport(id: "e\(eventCount)", title: title, date: date, articles: [article])
        let storyline = StorylineReport(
            id: "s\(storylineCount)", title: title, events: [event.id], span: date.map { DateRange(from: $0, to: $0) })
        events.append(event)
        storylines.append(storyline)
        return EventAssignment(event: event.id, storyline: storyline.id, isNewEvent: true)
    }
}

/// Where one article went: its event and storyline, and whether the event is new.
public struct EventAssignment: Hashable, Codable, Sendable {
    /// Event id.
    public var event: String
    /// Storyline id.
    public var storyline: String
    /// Whether the article opened a new event.
    public var isNewEvent: Bool

    /// Creates an assignment.
    public init(event: String, storyline: String, isNewEvent: Bool) {
        self.event = event
        self.storyline = storyline
        self.isNewEvent = isNewEvent
    }
}
