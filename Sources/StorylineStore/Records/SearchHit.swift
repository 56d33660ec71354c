import StorylineCore

/// One search result: an article or a quote, with a snippet whose matching words are marked.
public struct SearchHit: Hashable, Codable, Sendable {
    /// What matched.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// An article's title or text.
        case article
        /// A quote's words or speaker.
        case quote
    }

    /// Article or quote.
    public var kind: Kind
    /// The article (for a quote, the article that holds it).
    public var article: ArticleSummary
    /// Relevance, higher is better; comparable within one result list of one backend only.
    public var score: Double
    /// Text around the matches, matches marked.
    public var snippet: Snippet
    /// The quote's speaker (quote hits).
    public var speaker: String?

    /// Creates a hit.
    public init(kind: Kind, article: ArticleSummary, score: Double, snippet: Snippet, speaker: String? = nil) {
        self.kind = kind
        self.article = article
        self.score = score
        self.snippet = snippet
        self.speaker = speaker
    }
}

/// A short excerpt as parts, each part marked when it matched the query. Rendering escapes every part and
/// highlights the marked ones, so an excerpt never carries markup of its own.
public struct Snippet: Hashable, Codable, Sendable {
    /// One run of text.
    public struct Part: Hashable, Codable, Sendable {
        /// The text.
        public var text: String
        /// Whether it matched a query term.
        public var match: Bool

        /// Creates a part.
        public init(text: String, match: Bool) {
            self.text = text
            self.match = match
        }
    }

    /// The runs, in order.
    public var parts: [Part]

    /// Creates a snippet.
    public init(parts: [Part]) { self.parts = parts }

    /// Parses text in which `open` and `close` surround matches (how SQL snippet functions mark them).
    public init(marked text: String, open: Character, close: Character) {
        var parts: [Part] = []
        var current = ""
        var inMatch = false
        for character in text {
            if character == open || character == close {
                if !current.isEmpty { parts.append(Part(text: current, match: inMatch)) }
                current = ""
                inMatch = character == open
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(Part(text: current, match: inMatch)) }
        self.parts = parts
    }

    /// The plain text, marks dropped.
    public var text: String { parts.map(\.text).joined() }

    /// The matched runs.
    public var matches: [String] { parts.filter(\.match).map(\.text) }
}
