import StorylineCore

/// An entity the archive holds, found by name while a batch is planned: how earlier batches typed a name that a new
/// batch leaves untyped or types otherwise.
public struct StoredEntity: Hashable, Sendable {
    /// The name as stored.
    public var name: String
    /// Its type.
    public var type: EntityType
    /// How many stored articles mention it.
    public var articles: Int

    /// Creates a stored entity.
    public init(name: String, type: EntityType, articles: Int) {
        self.name = name
        self.type = type
        self.articles = articles
    }
}
