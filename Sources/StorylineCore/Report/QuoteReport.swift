/// A direct quote and who said it.
public struct QuoteReport: Hashable, Codable, Sendable {
    /// Article id.
    public var article: String
    /// The quoted words, without the quote marks.
    public var text: String
    /// Canonical speaker name, or `null` when unattributed.
    public var speaker: String?
    /// The attribution verb (`said`, `told`, `added`, …), or `null`.
    public var verb: String?
    /// Index of the sentence (in the article's sentence list) where the quote starts.
    public var sentence: Int

    /// Creates a quote line.
    public init(article: String, text: String, speaker: String?, verb: String?, sentence: Int) {
        self.article = article
        self.text = text
        self.speaker = speaker
        self.verb = verb
        self.sentence = sentence
    }

    private enum CodingKeys: String, CodingKey { case article, text, speaker, verb, sentence }

    /// Encodes with explicit `null` speaker and verb.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(verb, forKey: .verb)
        try container.encode(sentence, forKey: .sentence)
    }
}
