import StorylineCore

/// What one ingest batch did: which articles were added and what they joined, and which were skipped and why.
public struct IngestOutcome: Hashable, Codable, Sendable {
    /// An article that was stored.
    public struct Added: Hashable, Codable, Sendable {
        /// Article id.
        public var id: String
        /// Headline.
        public var title: String?
        /// Publication date (explicit or inferred).
        public var date: Day?
        /// The event it joined or opened.
        public var event: String?
        /// That event's title.
        public var eventTitle: String?
        /// Whether the article opened a new event (otherwise it joined an existing one).
        public var newEvent: Bool
        /// The event's storyline.
        public var storyline: String?
        /// Number of copy relations found with earlier articles.
        public var copies: Int

        /// Creates an added line.
        public init(
            id: String, title: String?, date: Day?, event: String?, eventTitle: String?, newEvent: Bool,
            storyline: String?, copies: Int
        ) {
            self.id = id
            self.title = title
            self.date = date
            self.event = event
            self.eventTitle = eventTitle
            self.newEvent = newEvent
            self.storyline = storyline
            self.copies = copies
        }
    }

    /// Why an article was not stored.
    public enum SkipReason: String, Hashable, Codable, Sendable {
        /// An article with the same id is already stored (or came earlier in the batch).
        case sameID
        /// The same content (``ContentHash``) is already stored under another id.
        case sameContent
    }

    /// An article that was not stored.
    public struct Skipped: Hashable, Codable, Sendable {
        /// The skipped article's id.
        public var id: String
        /// Why.
        public var reason: SkipReason
        /// The stored article it duplicates.
        public var existing: String

        /// Creates a skipped line.
        public init(id: String, reason: SkipReason, existing: String) {
            self.id = id
            self.reason = reason
            self.existing = existing
        }
    }

    /// A stored article that had no date and got one from the new articles.
    public struct Redated: Hashable, Codable, Sendable {
        /// The stored article's id.
        public var id: String
        /// Its inferred publication date.
        public var date: Day

        /// Creates a redated line.
        public init(id: String, date: Day) {
            self.id = id
            self.date = date
        }
    }

    /// Articles stored, in the order they were analysed.
    public var added: [Added]
    /// Stored articles dated by this batch's evidence, by id.
    public var redated: [Redated]
    /// Articles skipped as duplicates, in input order.
    public var skipped: [Skipped]
    /// The analysis state version after the batch.
    public var stateVersion: Int
    /// Whether the batch saved the whole analysis state (a checkpoint, see ``CheckpointPolicy``); for several
    /// batches merged, whether any did.
    public var checkpointed: Bool

    /// Creates an outcome.
    public init(
        added: [Added] = [], skipped: [Skipped] = [], stateVersion: Int = 0, redated: [Redated] = [],
        checkpointed: Bool = false
    ) {
        self.added = added
        self.redated = redated
        self.skipped = skipped
        self.stateVersion = stateVersion
        self.checkpointed = checkpointed
    }

    private enum CodingKeys: String, CodingKey {
        case added, redated, skipped, stateVersion, checkpointed
    }

    /// Decodes an outcome; one written before checkpoints existed has no `checkpointed` (false).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        added = try container.decode([Added].self, forKey: .added)
        redated = try container.decode([Redated].self, forKey: .redated)
        skipped = try container.decode([Skipped].self, forKey: .skipped)
        stateVersion = try container.decode(Int.self, forKey: .stateVersion)
        checkpointed = try container.decodeIfPresent(Bool.self, forKey: .checkpointed) ?? false
    }

    /// Whether the batch changed nothing.
    public var changedNothing: Bool { added.isEmpty }

    /// Number of added articles that opened a new event.
    public var newEvents: Int { added.filter(\.newEvent).count }

    /// Number of added articles that joined an existing event.
    public var joinedEvents: Int { added.filter { !$0.newEvent && $0.event != nil }.count }

    /// Adds another batch's outcome to this one (for a run of several batches).
    public mutating func merge(_ other: IngestOutcome) {
        added += other.added
        redated += other.redated
        skipped += other.skipped
        stateVersion = max(stateVersion, other.stateVersion)
        checkpointed = checkpointed || other.checkpointed
    }
}
