/// The persistent state of online event clustering and storyline linking.
///
/// `Codable` so that a store can save it after a batch and resume with the next article: a state saved mid-stream,
/// reloaded and fed the rest of the stream ends exactly as one uninterrupted run (all arithmetic runs over sorted
/// arrays, so it does not depend on hashing order).
///
/// What it holds: the vocabulary with document frequencies (IDF learnt online), every event (bounded centroid,
/// members, dates, headline candidates), every storyline, and two inverted indexes (term → recently updated events,
/// term → storylines) capped per term, so the work per article does not grow with the number of events. Events that
/// have not been updated for a while leave the active set (they are no longer offered as candidates) but stay in the
/// state and in their storyline; once out for good they are retired (their members' term vectors dropped and their
/// postings removed; see ``retireInactive(options:)``), so memory per article stays bounded too.
public struct EventState: Codable, Sendable {
    /// Number of events created so far (merged ones included).
    public private(set) var eventCount = 0
    /// Number of storylines created so far (merged ones included).
    public private(set) var storylineCount = 0
    /// Number of articles added so far.
    public private(set) var articleCount = 0

    var vocabulary = TermVocabulary()
    var records: [EventRecord] = []
    var storylineRecords: [StorylineRecord] = []
    /// Term id → indices of events recently updated with that term among an article's heaviest terms, oldest first.
    var eventPostings: [[Int32]] = []
    /// Term id → indices of storylines with that term among an article's heaviest terms, oldest first.
    var storylinePostings: [[Int32]] = []
    /// Latest article date seen.
    var latestDate: Day?
    /// Distinct content terms of all articles added so far: tells a stream of short texts (headlines, posts) from a
    /// stream of full articles (see ``isShortTextStream(options:)``). `nil` in a state saved before it existed, until
    /// the next article, which estimates it from the terms the events kept per member (at most
    /// ``EventOptions/memberTerms`` each: enough to tell a few terms from hundreds).
    var streamTerms: Int?
    /// Min-heap of (stream position << 32 | event index): events to check for retirement, the oldest on top (see
    /// ``retireInactive(options:)``).
    var retireQueue = BinaryHeap<UInt64>()
    /// Events (by index) already queued for retirement: those below it.
    var queuedEvents = 0
    /// Working memory of candidate look-up; not persisted.
    var scratch = Scratch()

    /// Per-event accumulators reused across articles so that a look-up allocates nothing per event.
    struct Scratch: Sendable {
        /// Candidate events of the current article, ranked by the terms they are listed under.
        var events = PostingTally()
        /// Candidate storylines of the current article, ranked the same way.
        var storylines = PostingTally()
        /// The current article's weights by term id (0 elsewhere), to score many centroids against it.
        var scattered: [Double] = []
    }

    private enum CodingKeys: String, CodingKey {
        case eventCount, storylineCount, articleCount, vocabulary, records, storylineRecords, eventPostings
        case storylinePostings, latestDate, retireQueue, queuedEvents, streamTerms
    }

    /// Decodes a saved state.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        eventCount = try container.decode(Int.self, forKey: .eventCount)
        storylineCount = try container.decode(Int.self, forKey: .storylineCount)
        articleCount = try container.decode(Int.self, forKey: .articleCount)
        vocabulary = try container.decode(TermVocabulary.self, forKey: .vocabulary)
        records = try container.decode([EventRecord].self, forKey: .records)
        storylineRecords = try container.decode([StorylineRecord].self, forKey: .storylineRecords)
        eventPostings = try container.decode([[Int32]].self, forKey: .eventPostings)
        storylinePostings = try container.decode([[Int32]].self, forKey: .storylinePostings)
        latestDate = try container.decodeIfPresent(Day.self, forKey: .latestDate)
        retireQueue = try container.decodeIfPresent(BinaryHeap<UInt64>.self, forKey: .retireQueue) ?? BinaryHeap()
        queuedEvents = try container.decodeIfPresent(Int.self, forKey: .queuedEvents) ?? 0
        streamTerms = try container.decodeIfPresent(Int.self, forKey: .streamTerms)
    }

    /// Encodes the state (everything but working memory).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(eventCount, forKey: .eventCount)
        try container.encode(storylineCount, forKey: .storylineCount)
        try container.encode(articleCount, forKey: .articleCount)
        try container.encode(vocabulary, forKey: .vocabulary)
        try container.encode(records, forKey: .records)
        try container.encode(storylineRecords, forKey: .storylineRecords)
        try container.encode(eventPostings, forKey: .eventPostings)
        try container.encode(storylinePostings, forKey: .storylinePostings)
        try container.encodeIfPresent(latestDate, forKey: .latestDate)
        try container.encode(retireQueue, forKey: .retireQueue)
        try container.encode(queuedEvents, forKey: .queuedEvents)
        try container.encodeIfPresent(streamTerms, forKey: .streamTerms)
    }

    /// Whether the articles so far are short texts on average (at most ``EventOptions/shortTextTerms`` terms each):
    /// embeddings are compared only then. Headlines and posts of one story often share no word, and embeddings
    /// bring them together; in a stream of full articles the few one-sentence items are better left to their
    /// terms, as embeddings also bring same-kind events together. A state saved before the count existed counts as
    /// a stream of full articles until an article is added (see ``streamTerms``).
    func isShortTextStream(options: EventOptions) -> Bool {
        guard let streamTerms, articleCount > 0 else { return false }
        return Double(streamTerms) / Double(articleCount) <= options.shortTextTerms
    }

    /// Creates an empty state.
    public init() {}

    /// Events held so far (merged events excluded), in creation order, titled with the default options.
    public var events: [EventReport] { reports(options: EventOptions()).events }

    /// Storylines held so far (merged storylines excluded), in creation order.
    public var storylines: [StorylineReport] { reports(options: EventOptions()).storylines }

    /// Number of articles seen so far that hold the term `key` (a lower-cased content word): the document
    /// frequency behind the inverse document frequencies the clustering learns online.
    public func documentFrequency(of key: String) -> Int {
        vocabulary.existingId(for: key).map { Int(vocabulary.documentFrequency[Int($0)]) } ?? 0
    }

    /// Number of live (not merged) events.
    public var liveEventCount: Int { records.lazy.filter { $0.mergedInto == nil && $0.size > 0 }.count }

    /// The id of the event that now holds an event id given earlier (events can merge), or `nil` if unknown.
    public func currentEvent(of id: String) -> String? {
        guard id.hasPrefix("e"), let number = Int(id.dropFirst()), number >= 1, number <= records.count else {
            return nil
        }
        return "e\(records[root(number - 1)].number)"
    }

    /// The index of the live event that event `index` was merged into (itself when live).
    func root(_ index: Int) -> Int {
        var current = index
        while let next = records[current].mergedInto { current = next }
        return current
    }

    /// The index of the live storyline that storyline `index` was merged into (itself when live).
    func storylineRoot(_ index: Int) -> Int {
        var current = index
        while let next = storylineRecords[current].mergedInto { current = next }
        return current
    }

    /// Appends a new event in a given storyline and returns its index.
    mutating func openEvent(storyline: Int) -> Int {
        eventCount += 1
        records.append(EventRecord(number: eventCount, storyline: storyline))
        storylineRecords[storyline].events.append(records.count - 1)
        return records.count - 1
    }

    /// Appends a new, empty storyline and returns its index.
    mutating func openStoryline() -> Int {
        storylineCount += 1
        storylineRecords.append(StorylineRecord(number: storylineCount))
        return storylineRecords.count - 1
    }

    /// Counts one more article.
    mutating func advance(date: Day?) {
        articleCount += 1
        if let date { latestDate = max(latestDate ?? date, date) }
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
    /// Events absorbed by `event` while this article was added (their articles now belong to `event`).
    public var mergedEvents: [String]
    /// Events split off while this article was added: an event turned out to hold two events, and the articles of
    /// the second one moved to a new event with this id.
    public var splitEvents: [String]

    /// Creates an assignment.
    public init(
        event: String, storyline: String, isNewEvent: Bool, mergedEvents: [String] = [], splitEvents: [String] = []
    ) {
        self.event = event
        self.storyline = storyline
        self.isNewEvent = isNewEvent
        self.mergedEvents = mergedEvents
        self.splitEvents = splitEvents
    }
}
