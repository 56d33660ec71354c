import StorylineCore

/// One storyline in a list.
public struct StorylineSummary: Hashable, Codable, Sendable {
    /// Storyline id.
    public var id: String
    /// Readable label.
    public var title: String
    /// First and last day of its dated events.
    public var span: DateRange?
    /// Number of events.
    public var eventCount: Int
    /// Number of articles over all its events.
    public var articleCount: Int

    /// Creates a summary.
    public init(id: String, title: String, span: DateRange?, eventCount: Int, articleCount: Int) {
        self.id = id
        self.title = title
        self.span = span
        self.eventCount = eventCount
        self.articleCount = articleCount
    }
}

/// One storyline with its events in date order: what a timeline draws.
public struct StorylineDetail: Hashable, Codable, Sendable {
    /// Identity, span and size.
    public var summary: StorylineSummary
    /// Events, dated ones in date order, then undated ones in creation order (one page).
    public var events: Page<EventSummary>

    /// Creates a detail record.
    public init(summary: StorylineSummary, events: Page<EventSummary>) {
        self.summary = summary
        self.events = events
    }
}
