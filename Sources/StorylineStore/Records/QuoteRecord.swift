import StorylineCore

/// A stored quote with the article it appears in.
public struct QuoteRecord: Hashable, Codable, Sendable {
    /// The quoted words.
    public var text: String
    /// Canonical speaker, when attributed.
    public var speaker: String?
    /// Attribution verb, when known.
    public var verb: String?
    /// Sentence index in the article.
    public var sentence: Int
    /// The article's id.
    public var article: String
    /// The article's headline.
    public var articleTitle: String?
    /// The article's date.
    public var date: Day?

    /// Creates a record.
    public init(
        text: String, speaker: String?, verb: String?, sentence: Int, article: String, articleTitle: String?,
        date: Day?
    ) {
        self.text = text
        self.speaker = speaker
        self.verb = verb
        self.sentence = sentence
        self.article = article
        self.articleTitle = articleTitle
        self.date = date
    }
}
