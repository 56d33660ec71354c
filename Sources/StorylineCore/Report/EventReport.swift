/// One event in the report: articles that report the same real-world happening.
public struct EventReport: Hashable, Codable, Sendable {
    /// Event identifier (`e1`, `e2`, … in order of creation).
    public var id: String
    /// A short readable label.
    public var title: String
    /// The earliest reliable article date, or `null`.
    public var date: Day?
    /// Member article ids, sorted.
    public var articles: [String]

    /// Creates an event line.
    public init(id: String, title: String, date: Day?, articles: [String]) {
        self.id = id
        self.title = title
        self.date = date
        self.articles = articles
    }

    private enum CodingKeys: String, CodingKey { case id, title, date, articles }

    /// Encodes with an explicit `null` date.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(articles, forKey: .articles)
    }
}
