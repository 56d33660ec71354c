/// A word of a text: a run of letters, or a number, with its lower-cased form for matching.
public struct Token: Hashable, Sendable {
    /// The word as written (after normalisation).
    public var text: Substring
    /// Lower-cased form used for matching.
    public var lower: String
    /// Whether the word is a number (`2022`, `1,000`, `10.5`).
    public var isNumber: Bool
    /// Whether the written word starts with an upper-case letter.
    public var isCapitalized: Bool

    /// Creates a token.
    public init(text: Substring, lower: String, isNumber: Bool, isCapitalized: Bool) {
        self.text = text
        self.lower = lower
        self.isNumber = isNumber
        self.isCapitalized = isCapitalized
    }
}
