/// One sentence of a document's normalised text.
public struct Sentence: Hashable, Sendable {
    /// The sentence text (normalised), trimmed.
    public var text: String
    /// Index of the paragraph that holds the sentence.
    public var paragraph: Int

    /// Creates a sentence.
    public init(text: String, paragraph: Int) {
        self.text = text
        self.paragraph = paragraph
    }
}
