/// One event as the online clusterer keeps it: members, a bounded centroid and dates.
struct EventRecord: Codable, Sendable {
    /// One member article: what is needed to re-split the event and to title it.
    struct Member: Codable, Sendable {
        /// Article id.
        var article: String
        /// Publication date, when known.
        var date: Day?
        /// Headline, when the article has one.
        var title: String?
        /// Term ids of the headline's content words.
        var titleTerms: [Int32]
        /// The article's unit TF-IDF vector (IDF as at its arrival), cut to its heaviest terms.
        var vector: SparseVector
        /// The article's unit embedding, for short texts when embeddings are in use (see
        /// ``EventFeatures/embedding``).
        var embedding: PackedEmbedding?
    }

    /// Creation number: the event id is `e<number>`.
    var number: Int
    /// Member articles in arrival order.
    var members: [Member] = []
    /// Sum of the members' unit TF-IDF vectors, pruned to the heaviest terms.
    var centroid = SparseVector()
    /// Squared norm of `centroid`.
    var normSquared = 0.0
    /// Sum of the members' unit embeddings (members without one add nothing); `nil` when none has one.
    var embedding: EmbeddingSum?
    /// Earliest and latest member date.
    var firstDate: Day?
    var lastDate: Day?
    /// Sum over members of the number of terms kept for them (`Member.vector.count`): tells events of short texts
    /// (headlines, posts) from events of full articles. Optional so that states saved before it existed decode.
    var termTotal: Int?
    /// Stream position (article count) of the last update: drives ageing out of the active set.
    var lastPosition = 0
    /// Index of the storyline holding the event.
    var storyline: Int
    /// When merged into another event, that event's index.
    var mergedInto: Int?

    /// Creates an empty event.
    init(number: Int, storyline: Int) {
        self.number = number
        self.storyline = storyline
    }

    /// Number of member articles.
    var size: Int { members.count }

    /// Mean cosine between two distinct members: `(|c|² − n) / (n(n − 1))` for a centroid `c` of `n` unit vectors.
    static func coherence(normSquared: Double, size: Int) -> Double {
        size < 2 ? 1 : (normSquared - Double(size)) / Double(size * (size - 1))
    }

    /// `termTotal`, counted from the members when a saved state lacks it.
    var countedTerms: Int { termTotal ?? members.reduce(0) { $0 + $1.vector.count } }

    /// Mean number of terms kept per member (0 for an empty event).
    var meanTerms: Double { size == 0 ? 0 : Double(countedTerms) / Double(size) }

    /// Whether the event holds short texts (headlines, posts): at most ``EventOptions/shortTextTerms`` terms per
    /// member on average. Such events compare by meaning too, merge at the short-text threshold and never split.
    func holdsShortTexts(options: EventOptions) -> Bool { meanTerms <= options.shortTextTerms }

    /// Most terms its centroid keeps: ``EventOptions/shortCentroidTerms`` when it holds short texts, else
    /// ``EventOptions/centroidTerms``.
    func centroidLimit(options: EventOptions) -> Int {
        holdsShortTexts(options: options) ? options.shortCentroidTerms : options.centroidTerms
    }

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

    /// Rebuilds centroid and dates from the members (after a split).
    mutating func rebuild(centroidTerms: Int) {
        var sum = SparseVector()
        firstDate = nil
        lastDate = nil
        var terms = 0
        embedding = nil
        for member in members {
            if let packed = member.embedding { EmbeddingSum.accumulate(packed.vector, into: &embedding) }
            sum.add(member.vector)
            terms += member.vector.count
            include(member.date)
        }
        sum.keepLargest(centroidTerms)
        centroid = sum
        normSquared = sum.normSquared
        termTotal = terms
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
