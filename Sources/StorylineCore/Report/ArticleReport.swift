/// One article's line in the report: identity, resolved date and size.
public struct ArticleReport: Hashable, Codable, Sendable {
    /// Article identifier.
    public var id: String
    /// Headline, or `null`.
    public var title: String?
    /// Publication date (explicit or inferred), or `null` when unknown.
    public var date: Day?
    /// Where ``date`` came from, or `null`.
    public var dateSource: DateSource?
    /// Bounds on the date when only a range is known (inferred dates); omitted otherwise.
    public var dateRange: DateRange?
    /// What a resolved or inferred date rests on (article ids, phrases); omitted when empty.
    public var dateEvidence: [String]?
    /// Where the article came from.
    public var source: String
    /// Number of words in the text.
    public var words: Int

    /// Creates an article line.
    public init(
        id: String, title: String?, date: Day?, dateSource: DateSource?, dateRange: DateRange? = nil,
        dateEvidence: [String]? = nil, source: String, words: Int
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.dateRange = dateRange
        self.dateEvidence = dateEvidence
        self.source = source
        self.words = words
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, date, dateSource, dateRange, dateEvidence, source, words
    }

    /// Encodes with explicit `null` for a missing title, date or date source, as the contract requires.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(dateSource, forKey: .dateSource)
        try container.encodeIfPresent(dateRange, forKey: .dateRange)
        if let dateEvidence, !dateEvidence.isEmpty { try container.encode(dateEvidence, forKey: .dateEvidence) }
        try container.encode(source, forKey: .source)
        try container.encode(words, forKey: .words)
    }
}
