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
    /// The same words as 64-bit hashes with number and capitalisation flags (see ``WordHasher``), for hot paths
    /// that compare words by the million (copy detection) without touching strings.
    public let hashedWords: [HashedWord]
    /// Where each sentence's words start in ``words``: sentence `i` holds `words[sentenceWordStart[i]..<
    /// sentenceWordStart[i + 1]]`; one extra entry closes the last sentence.
    public let sentenceWordStart: [Int]
    /// The normalised title, when the article has one.
    public let title: String?

    /// Prepares an article for analysis.
    public init(_ article: Article) {
        self.article = article
        normalized = TextNormalizer.normalize(article.text)
        paragraphs = Paragraphs.split(normalized)
        sentences = SentenceSplitter.sentences(inParagraphs: paragraphs)
        // Tokenising sentence by sentence gives the words of the whole text (sentences partition the paragraphs
        // and no word spans a sentence or paragraph boundary) and their positions, in the same pass as the hashes.
        var words: [String] = []
        var hashed: [HashedWord] = []
        words.reserveCapacity(normalized.utf8.count / 5 + 8)
        hashed.reserveCapacity(normalized.utf8.count / 5 + 8)
        var starts: [Int] = []
        starts.reserveCapacity(sentences.count + 1)
        for sentence in sentences {
            starts.append(words.count)
            WordHasher.appendWords(sentence.text, words: &words, hashes: &hashed)
        }
        starts.append(words.count)
        self.words = words
        hashedWords = hashed
        sentenceWordStart = starts
        title = article.title.map { TextNormalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The article's identifier.
    public var id: String { article.id }
}
