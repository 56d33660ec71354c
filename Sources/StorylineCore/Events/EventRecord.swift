/// One event as the online clusterer keeps it: members, a bounded centroid, dates and headline candidates.
struct EventRecord: Codable, Sendable {
    /// A headline of a member article, kept to choose the event title.
    struct TitleCandidate: Codable, Sendable {
        /// The headline.
        var text: String
        /// Its term ids, to score how central it is.
        var terms: [Int32]
    }

    /// Creation number: the event id is `e<number>`.
    var number: Int
    /// Member article ids in arrival order.
    var articles: [String] = []
    /// Sum of the members' unit TF-IDF vectors, pruned to the heaviest terms.
    var centroid = SparseVector()
    /// Squared norm of `centroid`.
    var normSquared = 0.0
    /// Earliest and latest member date.
    var firstDate: Day?
    var lastDate: Day?
    /// Stream position (article count) of the last update: drives ageing out of the active set.
    var lastPosition = 0
    /// Up to a few member headlines.
    var titles: [TitleCandidate] = []
    /// Index of the storyline holding the event.
    var storyline: Int
    /// When merged into another event, that event's index.
    var mergedInto: Int?

    /// Creates an empty event.
    init(number: Int, storyline: Int) {
        self.number = number
        self.storyline = storyline
    }

    /// Most headline candidates kept.
    static let titleLimit = 8

    /// Gap in days between `date` and the event's date range (0 inside it or when either is unknown).
    func gap(to date: Day?) -> Int {
        guard let date, let first = firstDate, let last = lastDate else { return 0 }
        if date < first { return first.ordinal - date.ordinal }
        if date > last { return date.ordinal - last.ordinal }
        return 0
    }

    /// Gap in days between the date ranges of two events (0 when they overlap or a date is unknown).
    func gap(to other: EventRecord) -> Int {
        guard let first = firstDate, let last = lastDate, let otherFirst = other.firstDate,
            let otherLast = other.lastDate
        else { return 0 }
        if otherLast < first { return first.ordinal - otherLast.ordinal }
        if last < otherFirst { return otherFirst.ordinal - last.ordinal }
        return 0
    }

    /// Widens the date range to include `date`.
    mutating func include(_ date: Day?) {
        guard let date else { return }
        firstDate = min(firstDate ?? date, date)
        lastDate = max(lastDate ?? date, date)
    }
}

/// One storyline as the online linker keeps it: its events and a bounded centroid of all their articles.
struct StorylineRecord: Codable, Sendable {
    /// Creation number: the storyline id is `s<number>`.
    var number: Int
    /// Indices of member events (merged-away events are skipped when reporting).
    var events: [Int] = []
    /// Sum of the members' unit TF-IDF vectors, pruned to the heaviest terms.
    var centroid = SparseVector()
    /// Squared norm of `centroid`.
    var normSquared = 0.0
    /// When merged into another storyline, that storyline's index.
    var mergedInto: Int?

    /// Creates an empty storyline.
    init(number: Int) { self.number = number }
}
