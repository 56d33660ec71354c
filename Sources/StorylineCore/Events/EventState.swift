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
/// state and in their storyline.
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
    /// Latest article date seen: the clock of the active set.
    var latestDate: Day?

    /// Creates an empty state.
    public init() {}

    /// Events held so far (merged events excluded), in creation order, titled with the default options.
    public var events: [EventReport] { reports(options: EventOptions()).events }

    /// Storylines held so far (merged storylines excluded), in creation order.
    public var storylines: [StorylineReport] { reports(options: EventOptions()).storylines }

    /// Number of live (not merged) events.
    public var liveEventCount: Int { records.lazy.filter { $0.mergedInto == nil }.count }

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

    /// Creates an assignment.
    public init(event: String, storyline: String, isNewEvent: Bool, mergedEvents: [String] = []) {
        self.event = event
        self.storyline = storyline
        self.isNewEvent = isNewEvent
        self.mergedEvents = mergedEvents
    }
}
