/// Counts of what an archive holds.
public struct ArchiveStatistics: Hashable, Codable, Sendable {
    /// Stored articles.
    public var articles: Int
    /// Events.
    public var events: Int
    /// Storylines.
    public var storylines: Int
    /// Copy verdicts.
    public var copies: Int
    /// Quotes.
    public var quotes: Int
    /// Distinct entities.
    public var entities: Int
    /// Committed ingest batches.
    public var batches: Int

    /// Creates statistics.
    public init(
        articles: Int, events: Int, storylines: Int, copies: Int, quotes: Int, entities: Int, batches: Int
    ) {
        self.articles = articles
        self.events = events
        self.storylines = storylines
        self.copies = copies
        self.quotes = quotes
        self.entities = entities
        self.batches = batches
    }
}
