/// An article prepared for analysis: normalised once, split once, tokenised once, shared by every analysis.
public struct Document: Sendable {
    /// The article as read.
    public let article: Article
    /// The normalised text (see ``TextNormalizer``).
    public let normalized: String
    /// Paragraphs of the normalised text.
    public let paragraphs: [String]
    /// Sentences of the normalised text, in order.
    public let sentences: [Sentence]
    /// Lower-cased words of the normalised text, in order.
    public let words: [String]
    /// The normalised title, when the article has one.
    public let title: String?

    /// Prepares an article for analysis.
    public init(_ article: Article) {
        self.article = article
        normalized = TextNormalizer.normalize(article.text)
        paragraphs = Paragraphs.split(normalized)
        sentences = SentenceSplitter.sentences(inParagraphs: paragraphs)
        words = Tokenizer.words(normalized)
        title = article.title.map { TextNormalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The article's identifier.
    public var id: String { article.id }
}
