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

    /// Clusters `documents` in stream order (publication date when known, else input order); `dates` (by article
    /// id) orders the stream and separates events in time.
    public func cluster(_ documents: [Document], dates: [String: Day] = [:]) -> EventClustering {
        var state = EventState()
        for document in documents { _ = add(document, date: dates[document.id], to: &state) }
        return report(state)
    }

    /// Adds one article to the online state: it joins an existing event or opens a new one.
    public func add(_ document: Document, date: Day?, to state: inout EventState) -> EventAssignment {
        state.open(article: document.id, title: document.title ?? "", date: date)
    }

    /// The events and storylines held by a state.
    public func report(_ state: EventState) -> EventClustering {
        EventClustering(events: state.events, storylines: state.storylines)
    }
}
