import StorylineCore

/// A batch of articles with the work that needs nothing from the archive already done: each article's
/// ``Document`` and ``ContentHash``, and for the articles that may be new, its explicit date, names and quotes.
///
/// Made by ``ArchiveIngestor/prepare(_:stored:)`` before the batch takes the archive's write lock, so that several
/// workers prepare their batches at the same time, and one process prepares its next batch while the previous one
/// is written. Only the online step (copy index, event state), date inference and the writes wait for the lock.
public struct PreparedBatch: Sendable {
    /// The articles as given, in input order.
    public let articles: [Article]
    /// One entry per distinct id, in input order (the first article of a repeated id; later ones are skipped).
    let items: [PreparedArticle]
    /// The date options the explicit dates were found with: a planner with other options finds them again.
    let dateOptions: DateFinderOptions

    /// How many articles were analysed ahead of the write (the others were stored already, or repeat an id).
    public var analysedAhead: Int { items.count { $0.findings != nil } }
}

/// One article of a ``PreparedBatch``.
struct PreparedArticle: Sendable {
    /// Its index in the input.
    let index: Int
    /// The article, analysed into text, sentences and words.
    let document: Document
    /// Its ``ContentHash``.
    let hash: String
    /// What is found in the article alone; `nil` when the archive already held its id as the batch was prepared
    /// (it will be skipped, so nothing was spent on it).
    let findings: ArticleFindings?
}

/// What an article says by itself, with no other article or stored state: the date it states, the names it
/// mentions, and its quotes.
struct ArticleFindings: Sendable {
    /// The date the article states (field, marker, HTML, or a date line in its text), if any.
    let explicitDate: DateResolution?
    /// Its names, as ``NameFinder/mentions(in:)`` finds them.
    let mentions: [NameMention]
    /// Its quotes, found with those names.
    let quotes: [QuoteReport]
}
