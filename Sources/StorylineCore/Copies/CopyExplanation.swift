/// Evidence for a copy verdict: which sentences align and which words were swapped.
public struct CopyExplanation: Hashable, Codable, Sendable {
    /// Sentence pairs judged to be the same sentence, as indices into each article's sentence list.
    public var aligned: [AlignedSentences]
    /// Words of `a` replaced by other words in `b` (spun copies), most frequent first.
    public var swaps: [WordSwap]
    /// Share of `a`'s words covered by aligned sentences, 0…1.
    public var coverageA: Double
    /// Share of `b`'s words covered by aligned sentences, 0…1.
    public var coverageB: Double

    /// Creates an explanation.
    public init(aligned: [AlignedSentences] = [], swaps: [WordSwap] = [], coverageA: Double = 0, coverageB: Double = 0)
    {
        self.aligned = aligned
        self.swaps = swaps
        self.coverageA = coverageA
        self.coverageB = coverageB
    }
}

/// Two sentences, one in each article, judged to be the same sentence.
public struct AlignedSentences: Hashable, Codable, Sendable {
    /// Sentence index in article `a`.
    public var a: Int
    /// Sentence index in article `b`.
    public var b: Int
    /// Similarity of the two sentences, 0…1.
    public var similarity: Double

    /// Creates an aligned pair.
    public init(a: Int, b: Int, similarity: Double) {
        self.a = a
        self.b = b
        self.similarity = similarity
    }
}

/// A word of the original replaced by another word in the copy, with how often it happened.
public struct WordSwap: Hashable, Codable, Sendable {
    /// The original word (lower case).
    public var from: String
    /// The replacement (lower case).
    public var to: String
    /// Number of times the swap occurs.
    public var count: Int

    /// Creates a swap.
    public init(from: String, to: String, count: Int) {
        self.from = from
        self.to = to
        self.count = count
    }
}
