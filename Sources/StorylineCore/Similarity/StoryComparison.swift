/// The result of comparing two articles as stories (see ``StorySimilarity``).
public struct StoryComparison: Hashable, Codable, Sendable {
    /// Most shared terms listed in ``sharedTerms``.
    public static let shownTerms = 8

    /// Cosine of the two articles' TF-IDF term vectors: 0 (no content word in common) … 1 (the same terms in the
    /// same proportions).
    public var cosine: Double
    /// The same judgement on SemEval-2022 Task 8's scale, 1 (very similar: the same story) … 4 (very dissimilar),
    /// so that it reads like the human ratings it is checked against: `4 − 5 × cosine`, kept within 1…4.
    public var score: Double
    /// The shared terms that weigh most in the cosine, heaviest first (at most ``shownTerms``), in a readable
    /// spelling: why the two read as the same story, or how little they share.
    public var sharedTerms: [String]

    /// Creates a comparison; `score` follows from `cosine`.
    public init(cosine: Double, sharedTerms: [String]) {
        self.cosine = cosine
        self.score = StoryComparison.score(cosine: cosine)
        self.sharedTerms = sharedTerms
    }

    /// The 1…4 score of a cosine. A least-squares line from cosine to the human `Overall` rating of the 259
    /// SemEval-2022 Task 8 training pairs in `../shared/data` is 3.86 − 5.0 × cosine; it is rounded to whole numbers
    /// so that unrelated articles (cosine 0) read 4. Pearson correlation does not depend on this line.
    public static func score(cosine: Double) -> Double { min(4, max(1, 4 - 5 * cosine)) }
}
