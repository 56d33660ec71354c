/// A copy verdict on a pair of articles, with its explanation.
public struct CopyReport: Hashable, Codable, Sendable {
    /// The likely original (earlier date, or the fuller text when dates do not tell).
    public var a: String
    /// The copy.
    public var b: String
    /// Exact, near, partial or spun.
    public var kind: CopyKind
    /// Strength of the verdict, 0…1.
    public var score: Double
    /// Why the pair was judged a copy.
    public var explanation: CopyExplanation

    /// Creates a copy line.
    public init(a: String, b: String, kind: CopyKind, score: Double, explanation: CopyExplanation) {
        self.a = a
        self.b = b
        self.kind = kind
        self.score = score
        self.explanation = explanation
    }
}
