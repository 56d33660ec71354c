/// One occurrence of a name in a document, typed when the context or the gazetteer tells what it is.
public struct NameMention: Hashable, Sendable {
    /// The name as written, titles and honorifics stripped ("Dmitry Peskov", "Peskov", "White House").
    public var name: String
    /// Person, place or organisation; `nil` when nothing tells (such names can still be resolved as aliases).
    public var type: EntityType?
    /// Index of the paragraph.
    public var paragraph: Int
    /// Index of the sentence in the document.
    public var sentence: Int
    /// UTF-8 offsets of the whole run (title included) in the paragraph.
    public var range: Range<Int>
    /// Whether the name is possessive ("Putin's").
    public var possessive: Bool
    /// Whether a preposition stands right before it ("of Mr. Fomin"), so it is not a sentence subject.
    public var afterPreposition: Bool
    /// An honorific written before it (`mr`, `ms`), lower-cased.
    public var honorific: String?

    /// Creates a mention.
    public init(
        name: String, type: EntityType?, paragraph: Int, sentence: Int, range: Range<Int>, possessive: Bool = false,
        afterPreposition: Bool = false, honorific: String? = nil
    ) {
        self.name = name
        self.type = type
        self.paragraph = paragraph
        self.sentence = sentence
        self.range = range
        self.possessive = possessive
        self.afterPreposition = afterPreposition
        self.honorific = honorific
    }

    /// The name's words.
    public var words: [Substring] { name.split(separator: " ") }
}
