import StorylineCore

/// Which articles to list.
public struct ArticleFilter: Hashable, Codable, Sendable {
    /// Full-text query (words, all required); `nil` lists every article.
    public var text: String?
    /// Earliest publication day (inclusive); undated articles are left out when set.
    public var from: Day?
    /// Latest publication day (inclusive); undated articles are left out when set.
    public var to: Day?

    /// Creates a filter; the default lists everything.
    public init(text: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.text = text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        self.from = from
        self.to = to
    }
}

/// Which events to list.
public struct EventFilter: Hashable, Codable, Sendable {
    /// Earliest event day (inclusive).
    public var from: Day?
    /// Latest event day (inclusive).
    public var to: Day?
    /// Only events with at least this many articles.
    public var minArticles: Int

    /// Creates a filter; the default lists every event.
    public init(from: Day? = nil, to: Day? = nil, minArticles: Int = 1) {
        self.from = from
        self.to = to
        self.minArticles = max(1, minArticles)
    }
}

/// Which storylines to list.
public struct StorylineFilter: Hashable, Codable, Sendable {
    /// Only storylines with at least this many events.
    public var minEvents: Int

    /// Creates a filter; the default lists every storyline.
    public init(minEvents: Int = 1) { self.minEvents = max(1, minEvents) }
}
