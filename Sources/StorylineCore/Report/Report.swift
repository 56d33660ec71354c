/// The result of analysing a set of articles: the JSON contract of `storyline analyze --json` (docs/report.md).
///
/// Every list is sorted so that the same input always gives byte-identical output.
public struct Report: Hashable, Codable, Sendable {
    /// One line per article, sorted by id.
    public var articles: [ArticleReport]
    /// Copy verdicts, sorted by `a` then `b`.
    public var copies: [CopyReport]
    /// Events; every article belongs to exactly one.
    public var events: [EventReport]
    /// Storylines; every event belongs to exactly one.
    public var storylines: [StorylineReport]
    /// Direct quotes, sorted by article and sentence.
    public var quotes: [QuoteReport]
    /// Named entities, sorted by type and name.
    public var entities: [EntityReport]

    /// Creates a report and puts every list into its canonical order.
    public init(
        articles: [ArticleReport], copies: [CopyReport] = [], events: [EventReport] = [],
        storylines: [StorylineReport] = [], quotes: [QuoteReport] = [], entities: [EntityReport] = []
    ) {
        self.articles = articles.sorted { $0.id < $1.id }
        self.copies = copies.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        self.events = events.sorted { Report.numericOrder($0.id, $1.id) }
        self.storylines = storylines.sorted { Report.numericOrder($0.id, $1.id) }
        self.quotes = quotes.sorted { ($0.article, $0.sentence, $0.text) < ($1.article, $1.sentence, $1.text) }
        self.entities = entities.sorted { ($0.type, $0.name) < ($1.type, $1.name) }
    }

    /// Orders ids such as `e2` before `e10`.
    static func numericOrder(_ lhs: String, _ rhs: String) -> Bool {
        let left = Int(lhs.drop { !$0.isNumber }) ?? 0
        let right = Int(rhs.drop { !$0.isNumber }) ?? 0
        return left != right ? left < right : lhs < rhs
    }
}
