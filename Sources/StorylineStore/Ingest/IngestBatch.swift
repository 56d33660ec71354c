import StorylineCore

/// Everything one ingest batch writes, planned by ``ArchiveIngestor`` and applied by a backend in one transaction.
///
/// Rows are keyed (article id, copy pair, event id, storyline id), so a backend writes them with insert-or-replace.
/// Events and storylines listed here carry their complete, current membership; those not listed are unchanged.
public struct IngestBatch: Sendable {
    /// A new article with what the analyses found about it.
    public struct NewArticle: Hashable, Sendable {
        /// The article as read.
        public var article: Article
        /// Its content fingerprint (``ContentHash``).
        public var contentHash: String
        /// Number of words of its text.
        public var words: Int
        /// Its publication date: explicit, or inferred, or `nil` when unknown.
        public var date: DateResolution?

        /// Creates a new-article row.
        public init(article: Article, contentHash: String, words: Int, date: DateResolution?) {
            self.article = article
            self.contentHash = contentHash
            self.words = words
            self.date = date
        }
    }

    /// An event to insert or replace, with its storyline.
    public struct EventRow: Hashable, Sendable {
        /// The event with a readable title (its first article's headline when the detector gave none) and its
        /// complete member list.
        public var event: EventReport
        /// Its storyline.
        public var storyline: String?
        /// Creation order, for stable listings.
        public var order: Int
        /// Whether the batch can have changed its members. When not (it is rewritten because its storyline
        /// changed), the store leaves its members' links alone: pointing every member of a long storyline's events
        /// at them again read those article rows in every batch, and grew with the archive.
        public var membersChanged: Bool

        /// Creates an event row.
        public init(event: EventReport, storyline: String?, order: Int, membersChanged: Bool = true) {
            self.event = event
            self.storyline = storyline
            self.order = order
            self.membersChanged = membersChanged
        }
    }

    /// A storyline to insert or replace.
    public struct StorylineRow: Hashable, Sendable {
        /// The storyline with a readable title and its complete, ordered event list.
        public var storyline: StorylineReport
        /// Creation order.
        public var order: Int

        /// Creates a storyline row.
        public init(storyline: StorylineReport, order: Int) {
            self.storyline = storyline
            self.order = order
        }
    }

    /// An entity mentioned by a new article.
    public struct EntityRow: Hashable, Sendable {
        /// Canonical name.
        public var name: String
        /// Kind.
        public var type: EntityType
        /// The article.
        public var article: String
        /// Mentions in that article (at least 1).
        public var mentions: Int

        /// Creates an entity row.
        public init(name: String, type: EntityType, article: String, mentions: Int) {
            self.name = name
            self.type = type
            self.article = article
            self.mentions = mentions
        }

        /// The last word of a person's name of two words or more, stored and indexed so that a bare surname in a
        /// later article is looked up by equality (``IngestSession/personNames(withSurnames:)``); `nil` otherwise.
        public var surname: String? { type == .person ? Self.surname(of: name) : nil }

        /// The text after the last space of `name`, or `nil` when it has no space or ends with one.
        public static func surname(of name: String) -> String? {
            guard let space = name.lastIndex(of: " ") else { return nil }
            let last = name[name.index(after: space)...]
            return last.isEmpty ? nil : String(last)
        }
    }

    /// Articles to insert.
    public var articles: [NewArticle]
    /// Stored articles that had no publication date and that this batch's articles date (a new copy, original or
    /// event member is dated); a backend writes them only where the stored date is still empty.
    public var redated: [String: DateResolution]
    /// Copy verdicts to insert or replace.
    public var copies: [CopyReport]
    /// Quotes of the new articles.
    public var quotes: [QuoteReport]
    /// Entity mentions of the new articles.
    public var entities: [EntityRow]
    /// Events to insert or replace; their members' event link is set to them.
    public var events: [EventRow]
    /// Events that no longer exist (merged by the detector).
    public var removedEvents: [String]
    /// Storylines to insert or replace; their events' storyline link is set to them.
    public var storylines: [StorylineRow]
    /// Storylines that no longer exist.
    public var removedStorylines: [String]
    /// The state after this batch, or `nil` to leave the stored state as it is.
    public var state: AnalysisState?
    /// Whether to save ``state`` whole as the new checkpoint. Otherwise only its version advances, and the next
    /// reader rebuilds it by replaying this batch's articles on the last checkpoint (``StateReplay``).
    public var checkpoint: Bool
    /// Stored people known so far by a surname alone, renamed to the full name this batch brings (bare surname →
    /// full name): their entity's mentions join the full name's and their quotes take it as speaker. Only a
    /// surname that exactly one full name, stored or new, ends with is renamed.
    public var renamedPeople: [String: String]
    /// Single words stored as people that this batch shows to be places or organisations (name → new type): the
    /// articles of their person entity join the entity of that name and type, and the person entity goes.
    public var retypedPeople: [String: EntityType]
    /// The stored state version this batch was planned from; applying fails with
    /// ``ArchiveError/stateConflict(expected:found:)`` when the stored version differs. `nil` skips the check.
    public var basedOnVersion: Int?

    /// Creates a batch; the default is an empty batch that changes nothing.
    public init(
        articles: [NewArticle] = [], copies: [CopyReport] = [], quotes: [QuoteReport] = [],
        entities: [EntityRow] = [], events: [EventRow] = [], removedEvents: [String] = [],
        storylines: [StorylineRow] = [], removedStorylines: [String] = [], state: AnalysisState? = nil,
        basedOnVersion: Int? = nil, redated: [String: DateResolution] = [:], checkpoint: Bool = true,
        renamedPeople: [String: String] = [:], retypedPeople: [String: EntityType] = [:]
    ) {
        self.checkpoint = checkpoint
        self.renamedPeople = renamedPeople
        self.retypedPeople = retypedPeople
        self.articles = articles
        self.redated = redated
        self.copies = copies
        self.quotes = quotes
        self.entities = entities
        self.events = events
        self.removedEvents = removedEvents
        self.storylines = storylines
        self.removedStorylines = removedStorylines
        self.state = state
        self.basedOnVersion = basedOnVersion
    }

    /// Whether applying the batch would change nothing.
    public var isEmpty: Bool {
        articles.isEmpty && redated.isEmpty && copies.isEmpty && quotes.isEmpty && entities.isEmpty && events.isEmpty
            && removedEvents.isEmpty && storylines.isEmpty && removedStorylines.isEmpty && state == nil
            && renamedPeople.isEmpty && retypedPeople.isEmpty
    }
}
