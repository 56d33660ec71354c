/// The ground truth of one synthetic article: its event, storyline and, for a copy, what it copies.
public struct SyntheticTruth: Hashable, Codable, Sendable {
    /// Event number (events are numbered from 1 in the order they are created).
    public var event: Int
    /// Storyline number (from 1).
    public var storyline: Int
    /// Copy group: the sequence number of the original that this article is or copies.
    public var copyGroup: Int
    /// Id of the original this article copies; `nil` for an original.
    public var copyOf: String?
    /// How it copies the original; `nil` for an original.
    public var copyKind: CopyKind?

    /// Creates a truth record.
    public init(event: Int, storyline: Int, copyGroup: Int, copyOf: String? = nil, copyKind: CopyKind? = nil) {
        self.event = event
        self.storyline = storyline
        self.copyGroup = copyGroup
        self.copyOf = copyOf
        self.copyKind = copyKind
    }
}

/// One article of the synthetic stream with its ground truth.
public struct SyntheticArticle: Hashable, Sendable {
    /// The article, as a reader would produce it (id, title, text, date).
    public var article: Article
    /// What the article really is.
    public var truth: SyntheticTruth
    /// Creation order (also the number in the id `syn-N`); the stream yields articles by date, not by this.
    public var sequence: Int

    /// Creates a synthetic article.
    public init(article: Article, truth: SyntheticTruth, sequence: Int) {
        self.article = article
        self.truth = truth
        self.sequence = sequence
    }

    /// The sequence number in a synthetic id (`syn-123` → 123), or `nil` for another id.
    public static func sequence(fromID id: String) -> Int? {
        guard id.hasPrefix(idPrefix) else { return nil }
        return Int(id.dropFirst(idPrefix.count))
    }

    /// The id of the article created `sequence`-th.
    public static func id(sequence: Int) -> String { idPrefix + String(sequence) }

    static let idPrefix = "syn-"
}
