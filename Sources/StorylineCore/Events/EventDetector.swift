/// Tuning of event clustering and storyline linking.
public struct EventOptions: Hashable, Codable, Sendable {
    /// Creates the default options.
    public init() {}
}

/// Events and storylines found in a set of articles.
public struct EventClustering: Hashable, Sendable {
    /// Events; every article is in exactly one.
    public var events: [EventReport]
    /// Storylines; every event is in exactly one.
    public var storylines: [StorylineReport]

    /// Creates a clustering.
    public init(events: [EventReport], storylines: [StorylineReport]) {
        self.events = events
        self.storylines = storylines
    }
}

/// Groups articles into events (online, in publication order) and chains events into storylines.
public struct EventDetector: Sendable {
    /// Tuning in force.
    public var options: EventOptions

    /// Creates a detector.
    public init(options: EventOptions = EventOptions()) { self.options = options }

    /// Clusters `documents`; `dates` (by article id) orders the stream and separates events in time.
    public func cluster(_ documents: [Document], dates: [String: Day] = [:]) -> EventClustering {
        var events: [EventReport] = []
        var storylines: [StorylineReport] = []
        for (index, document) in documents.enumerated() {
            let id = "e\(index + 1)"
            let date = dates[document.id]
            events.append(EventReport(id: id, title: document.title ?? "", date: date, articles: [document.id]))
            storylines.append(
                StorylineReport(
                    id: "s\(index + 1)", title: document.title ?? "", events: [id],
                    span: date.map { DateRange(from: $0, to: $0) }))
        }
        return EventClustering(events: events, storylines: storylines)
    }
}
