import StorylineCore

/// The entities of a batch typed as the archive types them, as ``EntityExtractor`` types the names of one corpus.
///
/// Three rules, each comparing what the archive holds with what the batch brings:
/// - A single word the batch makes a person by a weak cue ("Korvessa says") that the archive holds as a place or an
///   organisation in at least as many articles as a person becomes that place or organisation.
/// - A single word stored as a person that the archive and the batch together show as a place or an organisation in
///   more articles is retyped (``retyped``, for ``IngestBatch/retypedPeople``).
/// - A name the batch leaves untyped becomes the entity of that name, stored or of the batch, used in most articles,
///   when it is typed in two articles or more and in at least an eighth of the articles that use the name (stored
///   ones counted by the full-text index, no further than needed).
struct BatchEntityTypes {
    /// The batch's entities, retyped and joined.
    private(set) var entities: [EntityReport]
    /// Single words stored as people → the type the batch shows they have.
    private(set) var retyped: [String: EntityType] = [:]
    /// Stored entities by name, for the names the rules look at.
    private let stored: [String: [StoredEntity]]

    /// Applies the rules to a batch's extraction, reading the stored entities of its names from `session`.
    static func resolve(_ extraction: EntityExtractor.Extraction, session: some IngestSession) throws
        -> BatchEntityTypes
    {
        let singleWords = extraction.entities.map(\.name).filter { !$0.contains(" ") }
        let names = Set(extraction.untyped.keys).union(singleWords)
        let stored = names.isEmpty ? [] : try session.entities(named: names.sorted())
        var types = BatchEntityTypes(
            entities: extraction.entities, stored: Dictionary(grouping: stored, by: \.name))
        guard !types.stored.isEmpty else { return types }
        types.takeStoredTypesForWeakPeople()
        types.retypeStoredPeople()
        types.mergeSameEntities()
        try types.joinUntyped(extraction.untyped, session: session)
        return types
    }

    /// The key of an entity by name and type, as the batch's entities are looked up.
    static func key(_ name: String, _ type: EntityType) -> String { "\(type.rawValue) \(name)" }

    /// The most used of `entries`; on a tie a place or an organisation before a person.
    static func mostUsed(_ entries: [StoredEntity]) -> StoredEntity? {
        entries.max { a, b in
            (a.articles, a.type == .person ? 0 : 1, b.type.rawValue)
                < (b.articles, b.type == .person ? 0 : 1, a.type.rawValue)
        }
    }

    /// Rule 1: single-word people of the batch that the archive holds as a place or organisation.
    private mutating func takeStoredTypesForWeakPeople() {
        for index in entities.indices where entities[index].type == .person && !entities[index].name.contains(" ") {
            guard let entries = stored[entities[index].name],
                let other = Self.mostUsed(entries.filter { $0.type != .person })
            else { continue }
            let people = entries.first { $0.type == .person }?.articles ?? 0
            guard other.articles >= people + entities[index].articles.count else { continue }
            entities[index].type = other.type
            entities[index].name = other.name
        }
    }

    /// Rule 2: single words stored as people that are places or organisations in more articles.
    private mutating func retypeStoredPeople() {
        for entity in entities where entity.type != .person && !entity.name.contains(" ") {
            guard let entries = stored[entity.name], let person = entries.first(where: { $0.type == .person })
            else { continue }
            let same = entries.first { $0.type == entity.type }?.articles ?? 0
            if same + entity.articles.count > person.articles { retyped[entity.name] = entity.type }
        }
    }

    /// One entity per name and type: rule 1 may have made a person the place the batch found already.
    private mutating func mergeSameEntities() {
        var merged: [EntityReport] = []
        var position: [String: Int] = [:]
        for entity in entities {
            let key = Self.key(entity.name, entity.type)
            if let index = position[key] {
                merged[index].articles = Array(Set(merged[index].articles).union(entity.articles)).sorted()
                merged[index].mentions += entity.mentions
            } else {
                position[key] = merged.count
                merged.append(entity)
            }
        }
        entities = merged
    }

    /// Rule 3: untyped names (name as written → the batch's articles using it) join the entity of that name.
    private mutating func joinUntyped(_ untyped: [String: Set<String>], session: some IngestSession) throws {
        var position: [String: Int] = [:]
        for (index, entity) in entities.enumerated() { position[Self.key(entity.name, entity.type)] = index }
        for (name, articles) in untyped.sorted(by: { $0.key < $1.key }) {
            guard var candidates = stored[name] else { continue }
            for type in EntityType.allCases where position[Self.key(name, type)] != nil {
                if !candidates.contains(where: { $0.type == type }) {
                    candidates.append(StoredEntity(name: name, type: type, articles: 0))
                }
            }
            // Each candidate counted with its articles in the batch too.
            let counted = candidates.map { candidate -> (entity: StoredEntity, batch: Int?, here: Set<String>) in
                let batch = position[Self.key(candidate.name, candidate.type)]
                let here = batch.map { Set(entities[$0].articles) } ?? []
                var entity = candidate
                entity.articles += here.count
                return (entity, batch, here)
            }
            guard let best = Self.mostUsed(counted.map(\.entity)),
                let (entity, batch, typedHere) = counted.first(where: { $0.entity == best }),
                entity.articles >= 2
            else { continue }
            let usedHere = articles.union(typedHere).count
            let usedStored = try session.articleCount(
                containingPhrase: name, upTo: entity.articles * 8 - usedHere + 1)
            guard entity.articles * 8 >= usedStored + usedHere else { continue }
            if let batch {
                entities[batch].articles = Array(typedHere.union(articles)).sorted()
                entities[batch].mentions += articles.count
            } else {
                position[Self.key(entity.name, entity.type)] = entities.count
                entities.append(
                    EntityReport(
                        name: entity.name, type: entity.type, articles: articles.sorted(), mentions: articles.count))
            }
        }
    }
}
