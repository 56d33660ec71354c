import StorylineCore

/// One event in a list.
public struct EventSummary: Hashable, Codable, Sendable {
    /// Event id.
    public var id: String
    /// Readable label (the event's title, else its first article's headline).
    public var title: String
    /// Earliest reliable article date.
    public var date: Day?
    /// The storyline the event belongs to.
    public var storyline: String?
    /// Number of member articles.
    public var articleCount: Int

    /// Creates a summary.
    public init(id: String, title: String, date: Day?, storyline: String?, articleCount: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.storyline = storyline
        self.articleCount = articleCount
    }
}

/// One event with its articles.
public struct EventDetail: Hashable, Codable, Sendable {
    /// Identity, date and size.
    public var summary: EventSummary
    /// Member articles, oldest first (one page).
    public var articles: Page<ArticleSummary>
    /// The storyline, when assigned.
    public var storyline: StorylineSummary?

    /// Creates a detail record.
    public init(summary: EventSummary, articles: Page<ArticleSummary>, storyline: StorylineSummary?) {
        self.summary = summary
        self.articles = articles
        self.storyline = storyline
    }
}
