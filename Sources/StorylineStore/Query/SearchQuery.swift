import StorylineCore

/// A full-text search over articles and quotes.
///
/// The text is split into words (letters and digits); every word must match (after stemming). A word ending in
/// `*` matches as a prefix. Punctuation and query operators are ignored, so any user input is a valid query.
public struct SearchQuery: Hashable, Codable, Sendable {
    /// What to search for.
    public var text: String
    /// Earliest publication day of the article (inclusive).
    public var from: Day?
    /// Latest publication day of the article (inclusive).
    public var to: Day?
    /// Keep quotes by a speaker whose name contains this (case-insensitive), and articles that hold such a quote.
    public var speaker: String?
    /// Keep articles (and their quotes) that mention an entity whose name contains this (case-insensitive).
    public var entity: String?
    /// Which kinds of hits to return.
    public var kinds: Set<SearchHit.Kind>

    /// Creates a query; empty optional filters are dropped.
    public init(
        text: String, from: Day? = nil, to: Day? = nil, speaker: String? = nil, entity: String? = nil,
        kinds: Set<SearchHit.Kind> = [.article, .quote]
    ) {
        self.text = text
        self.from = from
        self.to = to
        self.speaker = speaker.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        self.entity = entity.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        self.kinds = kinds
    }

    /// The query's search terms: lower-cased words, with `prefix` set for a trailing `*`.
    public var terms: [SearchTerm] { SearchTerm.parse(text) }
}

/// One word of a search query.
public struct SearchTerm: Hashable, Codable, Sendable {
    /// The word, lower-cased, letters and digits only.
    public var word: String
    /// Whether the word matches as a prefix (`talk*`).
    public var prefix: Bool

    /// Creates a term.
    public init(word: String, prefix: Bool = false) {
        self.word = word
        self.prefix = prefix
    }

    /// Splits free text into terms; at most 32, so that no query grows without bound.
    public static func parse(_ text: String) -> [SearchTerm] {
        var terms: [SearchTerm] = []
        var current = ""
        func flush(prefix: Bool) {
            if !current.isEmpty, terms.count < 32 { terms.append(SearchTerm(word: current, prefix: prefix)) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                flush(prefix: character == "*")
            }
        }
        flush(prefix: false)
        return terms
    }
}
