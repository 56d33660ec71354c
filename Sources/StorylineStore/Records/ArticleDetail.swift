import StorylineCore

/// Everything the archive knows about one article.
public struct ArticleDetail: Hashable, Codable, Sendable {
    /// Identity, date, origin, event and storyline.
    public var summary: ArticleSummary
    /// The text as read.
    public var text: String
    /// Bounds on the date when only a range is known.
    public var dateRange: DateRange?
    /// What the date rests on.
    public var dateEvidence: [String]
    /// Copy relations with other articles, strongest first.
    public var copies: [CopyLink]
    /// The article's event, when assigned.
    public var event: EventSummary?
    /// The event's storyline.
    public var storyline: StorylineSummary?
    /// Direct quotes in the article, in text order.
    public var quotes: [QuoteRecord]
    /// Named entities mentioned, by type then name.
    public var entities: [EntityMention]

    /// The stored article as an ``Article``, to be analysed again (compared, aligned) as it was when ingested.
    public var article: Article {
        Article(
            id: summary.id, title: summary.title, text: text, date: summary.date, dateSource: summary.dateSource,
            source: summary.source, url: summary.url, outlet: summary.outlet)
    }

    /// Creates a detail record.
    public init(
        summary: ArticleSummary, text: String, dateRange: DateRange? = nil, dateEvidence: [String] = [],
        copies: [CopyLink] = [], event: EventSummary? = nil, storyline: StorylineSummary? = nil,
        quotes: [QuoteRecord] = [], entities: [EntityMention] = []
    ) {
        self.summary = summary
        self.text = text
        self.dateRange = dateRange
        self.dateEvidence = dateEvidence
        self.copies = copies
        self.event = event
        self.storyline = storyline
        self.quotes = quotes
        self.entities = entities
    }

    /// The article's id.
    public var id: String { summary.id }
}

/// A copy relation seen from one article: the other article, which side is the original, and why.
public struct CopyLink: Hashable, Codable, Sendable {
    /// How the two relate, seen from the article being viewed.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// The viewed article is the original; ``CopyLink/other`` copies it.
        case copiedBy
        /// The viewed article copies ``CopyLink/other``.
        case copyOf
    }

    /// The viewed article's side.
    public var role: Role
    /// The other article.
    public var other: ArticleSummary
    /// The verdict as stored (`a` is the original, `b` the copy), with its explanation.
    public var copy: CopyReport

    /// Creates a link.
    public init(role: Role, other: ArticleSummary, copy: CopyReport) {
        self.role = role
        self.other = other
        self.copy = copy
    }
}

/// A named entity mentioned by an article.
public struct EntityMention: Hashable, Codable, Sendable {
    /// Canonical name.
    public var name: String
    /// Person, place or organisation.
    public var type: EntityType
    /// Mentions in this article.
    public var mentions: Int

    /// Creates a mention.
    public init(name: String, type: EntityType, mentions: Int) {
        self.name = name
        self.type = type
        self.mentions = mentions
    }
}
