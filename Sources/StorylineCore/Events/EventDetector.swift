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
///
/// Each article is turned into a unit TF-IDF vector (IDF learnt online; names, numbers and headline words boosted;
/// see ``EventOptions``). Candidate events come from an inverted index over the article's heaviest terms, limited to
/// recently active events, so the cost per article stays flat as events accumulate. The article joins the most
/// similar candidate (cosine with the event centroid, decayed by the gap in days when both are dated) when the
/// similarity reaches ``EventOptions/joinThreshold``; otherwise it opens an event. Two events whose centroids become
/// close merge (``EventAssignment/mergedEvents``). A new event continues the storyline whose centroid (all articles
/// of its events, over any time span) is most similar, or opens a storyline.
public struct EventDetector: Sendable {
    /// Tuning in force.
    public var options: EventOptions

    /// Creates a detector.
    public init(options: EventOptions = EventOptions()) { self.options = options }

    /// Clusters `documents` in stream order; `dates` (by article id) orders the stream and separates events in time.
    ///
    /// Stream order: dated articles first, by date (ties keep input order), then undated articles in input order.
    /// An undated article carries no time evidence, so it comes last, when every dated event it might belong to
    /// already exists; it is compared without time decay. With no dates at all the order is the input order.
    public func cluster(_ documents: [Document], dates: [String: Day] = [:]) -> EventClustering {
        var state = EventState()
        let order = EventDetector.streamOrder(documents, dates: dates)
        // An article's terms depend on nothing else: extracted on the other cores while this thread adds the
        // articles whose terms are ready, in stream order.
        let options = options
        _ = OrderedPipeline.run(order.count, minimum: 16) {
            EventFeatures(documents[order[$0]], options: options)
        } consume: { position, features in
            let index = order[position]
            _ = state.add(
                id: documents[index].id, title: documents[index].title, features: features,
                date: dates[documents[index].id], options: options)
        }
        return report(state)
    }

    /// Indices of `documents` in stream order (see ``cluster(_:dates:)``).
    public static func streamOrder(_ documents: [Document], dates: [String: Day]) -> [Int] {
        let dated = documents.indices.filter { dates[documents[$0].id] != nil }
        let undated = documents.indices.filter { dates[documents[$0].id] == nil }
        let sorted = dated.sorted { a, b in
            let (x, y) = (dates[documents[a].id]!, dates[documents[b].id]!)
            return x != y ? x < y : a < b
        }
        return sorted + undated
    }

    /// Adds one article to the online state: it joins an existing event or opens a new one.
    public func add(_ document: Document, date: Day?, to state: inout EventState) -> EventAssignment {
        let features = EventFeatures(document, options: options)
        let assignment = state.add(
            id: document.id, title: document.title, features: features, date: date, options: options)
        state.retireInactive(options: options)
        return assignment
    }

    /// The events and storylines held by a state.
    public func report(_ state: EventState) -> EventClustering { state.reports(options: options) }
}
