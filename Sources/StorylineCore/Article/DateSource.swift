/// Where an article's publication date came from, from most to least trusted.
public enum DateSource: String, Codable, Sendable, CaseIterable {
    /// A `date YYYY-MM-DD` marker opening a text file.
    case marker
    /// The `date` field of a JSON Lines record.
    case field
    /// HTML metadata: `article:published_time`, `<time datetime>` or JSON-LD `datePublished`.
    case html
    /// A dateline or explicit date written in the article text.
    case text
    /// Inferred from copies, events and textual clues when nothing explicit exists.
    case inferred
}
