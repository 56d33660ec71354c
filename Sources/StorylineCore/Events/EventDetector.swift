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
    /// Word-piece embeddings for short texts (headlines, posts), or `nil` to compare terms only.
    public var embeddings: WordEmbeddings?

    /// Creates a detector.
    public init(options: EventOptions = EventOptions(), embeddings: WordEmbeddings? = nil) {
        self.options = options
        self.embeddings = embeddings
    }

    /// The clustering features of a document: its weighted terms, and its embedding when it is a short text and a
    /// table is in use.
    func features(of document: Document) -> EventFeatures {
        var features = EventFeatures(document, options: options)
        if let embeddings, Double(features.terms.count) <= options.shortTextTerms {
            let text = document.title.map { $0 + "\n" + document.normalized } ?? document.normalized
            features.embedding = embeddings.embedding(of: text)
        }
        return features
    }

    /// Clusters `documents` in stream order; `dates` (by article id) orders the stream and separates events in time.
    ///
    /// Stream order: dated articles first, by date (ties keep input order), then undated articles in input order.
    /// An undated article carries no time evidence, so it comes last, when every dated event it might belong to
    /// already exists; it is compared without time decay. With no dates at all the order is the input order.
    public func cluster(_ documents: [Document], dates: [String: Day] = [:]) -> EventClustering {
        let detector = self
        return cluster(ids: documents.map(\.id), dates: dates) { index in
            (documents[index].title, detector.features(of: documents[index]))
        }
    }

    /// Clusters articles not prepared yet, as ``cluster(_:dates:)`` does their documents: each article's document
    /// and terms are made on the other cores while this thread clusters the articles before it, so preparing them
    /// adds no time to the serial online step (when only events are wanted, as in `storyline eval events`).
    public func cluster(articles: [Article], dates: [String: Day] = [:]) -> EventClustering {
        let detector = self
        return cluster(ids: articles.map(\.id), dates: dates) { index in
            let document = Document(articles[index])
            return (document.title, detector.features(of: document))
        }
    }

    /// The online engine over the stream order of `ids`; `prepare(i)` gives article `i`'s title and terms and
    /// depends on nothing else, so it runs on the other cores while this thread adds the articles already prepared.
    private func cluster(
        ids: [String], dates: [String: Day], prepare: @Sendable @escaping (Int) -> (String?, EventFeatures)
    ) -> EventClustering {
        var state = EventState()
        let order = EventDetector.streamOrder(ids: ids, dates: dates)
        let options = options
        _ = OrderedPipeline.run(order.count, minimum: 16) {
            prepare(order[$0])
        } consume: { position, prepared in
            let index = order[position]
            _ = state.place(
                id: ids[index], title: prepared.0, features: prepared.1, date: dates[ids[index]], options: options)
        }
        return report(state)
    }

    /// Indices of `documents` in stream order (see ``cluster(_:dates:)``).
    public static func streamOrder(_ documents: [Document], dates: [String: Day]) -> [Int] {
        streamOrder(ids: documents.map(\.id), dates: dates)
    }

    /// Indices of the articles with these ids in stream order (see ``cluster(_:dates:)``).
    public static func streamOrder(ids: [String], dates: [String: Day]) -> [Int] {
        let dated = ids.indices.filter { dates[ids[$0]] != nil }
        let undated = ids.indices.filter { dates[ids[$0]] == nil }
        let sorted = dated.sorted { a, b in
            let (x, y) = (dates[ids[a]]!, dates[ids[b]]!)
            return x != y ? x < y : a < b
        }
        return sorted + undated
    }

    /// Adds one article to the online state: it joins an existing event or opens a new one.
    public func add(_ document: Document, date: Day?, to state: inout EventState) -> EventAssignment {
        let features = features(of: document)
        let assignment = state.add(
            id: document.id, title: document.title, features: features, date: date, options: options)
        state.retireInactive(options: options)
        return assignment
    }

    /// The events and storylines held by a state.
    public func report(_ state: EventState) -> EventClustering { state.reports(options: options) }
}
