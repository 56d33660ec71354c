import StorylineCore

/// One article in a list: identity, date, origin and where it belongs.
public struct ArticleSummary: Hashable, Codable, Sendable {
    /// Article id.
    public var id: String
    /// Headline, when known.
    public var title: String?
    /// Publication day (explicit or inferred), when known.
    public var date: Day?
    /// Where ``date`` came from.
    public var dateSource: DateSource?
    /// Where the article was read from.
    public var source: String
    /// Publisher, when known.
    public var outlet: String?
    /// Original URL, when known.
    public var url: String?
    /// Number of words.
    public var words: Int
    /// The event the article belongs to.
    public var event: String?
    /// The storyline of that event.
    public var storyline: String?

    /// Creates a summary.
    public init(
        id: String, title: String?, date: Day?, dateSource: DateSource?, source: String, outlet: String? = nil,
        url: String? = nil, words: Int, event: String?, storyline: String?
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.outlet = outlet
        self.url = url
        self.words = words
        self.event = event
        self.storyline = storyline
    }
}
