/// Finds people, places and organisations across articles, with aliases merged.
///
/// Built on ``NameFinder`` (capitalisation, context rules, small gazetteers). People are merged by
/// ``NameAliases``: surnames and honorific forms join the full name ("Mr. Putin" → Vladimir Putin), spellings one
/// letter apart join the most used one (Zelenskyy / Zelensky). A name with no type cue in its own article is kept
/// when it is the surname of a person named elsewhere. Places and organisations merge case-insensitively
/// ("MOSCOW" / "Moscow"), shown in their most used spelling that is not all capitals.
public enum EntityExtractor {
    /// The named entities of a set of articles.
    public static func entities(in documents: [Document]) -> [EntityReport] {
        entities(from: ParallelMap.map(documents) { ($0.id, NameFinder.mentions(in: $0)) })
    }

    /// The named entities of articles whose mentions are already found, as (article id, mentions).
    public static func entities(from mentionsByArticle: [(String, [NameMention])]) -> [EntityReport] {
        extraction(from: mentionsByArticle).entities
    }

    /// What ``extraction(from:)`` finds: the entities, and the names left untyped.
    public struct Extraction: Sendable {
        /// The named entities.
        public var entities: [EntityReport]
        /// Mentions with no type cue that took no type here, by name as written, each with the articles using
        /// it: an archive may know the name from earlier batches.
        public var untyped: [String: Set<String>]
    }

    /// The named entities of articles whose mentions are already found, and the names left untyped.
    public static func extraction(from mentionsByArticle: [(String, [NameMention])]) -> Extraction {
        var personCounts: [String: Int] = [:]
        for (_, mentions) in mentionsByArticle {
            for mention in mentions where mention.type == .person { personCounts[mention.name, default: 0] += 1 }
        }
        let canonical = NameAliases.canonicalPersons(personCounts)
        var surnames: [String: Set<String>] = [:]
        for name in Set(canonical.values) where name.contains(" ") {
            surnames[String(name.split(separator: " ").last!), default: []].insert(name)
        }

        struct Tally {
            var type: [EntityType: Int] = [:]
            var spellings: [String: Int] = [:]
            var articles: Set<String> = []
            var mentions = 0
        }
        var tallies: [String: Tally] = [:]
        var untyped: [(article: String, name: String)] = []
        for (article, mentions) in mentionsByArticle {
            for mention in mentions {
                var type = mention.type
                var name = mention.name
                if type == .person {
                    name = canonical[name] ?? name
                } else if type == nil, mention.words.count == 1, let full = surnames[name], full.count == 1 {
                    type = .person
                    name = full.first!
                }
                guard let type else {
                    untyped.append((article, name))
                    continue
                }
                let key = type == .person ? name : name.lowercased()
                tallies[key, default: Tally()].type[type, default: 0] += 1
                tallies[key, default: Tally()].spellings[name, default: 0] += 1
                tallies[key, default: Tally()].articles.insert(article)
                tallies[key, default: Tally()].mentions += 1
            }
        }
        // One word typed a person in one place and a place or organisation in another ("Korvessa says" and "in
        // Korvessa") is one entity, of the type most of its typed mentions give: a speech verb after a single word
        // is a weak cue, as countries and companies speak too.
        for (key, person) in tallies where !key.contains(" ") && person.type[.person] != nil {
            let other = key.lowercased()
            guard other != key, var merged = tallies[other] else { continue }
            merged.type.merge(person.type, uniquingKeysWith: +)
            merged.spellings.merge(person.spellings, uniquingKeysWith: +)
            merged.articles.formUnion(person.articles)
            merged.mentions += person.mentions
            tallies[other] = merged
            tallies[key] = nil
        }
        // A mention with no type cue of its own is the entity its name is typed as elsewhere (one sense per corpus):
        // "Korvessa and Tamrin ended the talks" counts for the place Korvessa found by "in Korvessa". Only when the
        // typed mentions are found in two articles or more, and in at least an eighth of the articles that use the
        // name: "PC", typed a person by stray cues in 4 of the 168 articles naming it, stays out.
        // Each untyped mention's tally key: its exact name for a person, else the lower-cased name.
        let keyed = untyped.map {
            (article: $0.article, name: $0.name, key: tallies[$0.name] != nil ? $0.name : $0.name.lowercased())
        }
        var untypedArticles: [String: Set<String>] = [:]
        for (article, _, key) in keyed where tallies[key] != nil { untypedArticles[key, default: []].insert(article) }
        let joined = Set(
            untypedArticles.filter { key, articles in
                let typed = tallies[key]!.articles
                return typed.count >= 2 && typed.count * 8 >= typed.union(articles).count
            }.keys)
        var unexplained: [String: Set<String>] = [:]
        for (article, name, key) in keyed {
            guard joined.contains(key) else {
                unexplained[name, default: []].insert(article)
                continue
            }
            tallies[key]!.spellings[name, default: 0] += 1
            tallies[key]!.articles.insert(article)
            tallies[key]!.mentions += 1
        }
        let entities = tallies.values.map { tally in
            // The most given type; on a tie a place, then an organisation, before a person.
            let type = tally.type.max { lhs, rhs in
                lhs.value != rhs.value ? lhs.value < rhs.value : typeRank(lhs.key) < typeRank(rhs.key)
            }!.key
            func rank(_ entry: (key: String, value: Int)) -> (Int, Int) {
                (entry.key.contains { $0.isLowercase } ? 1 : 0, entry.value)
            }
            let name = tally.spellings.max { lhs, rhs in
                rank(lhs) != rank(rhs) ? rank(lhs) < rank(rhs) : lhs.key > rhs.key
            }!.key
            let shown = name.count > 4 && !name.contains { $0.isLowercase } ? titleCased(name) : name
            return EntityReport(name: shown, type: type, articles: tally.articles.sorted(), mentions: tally.mentions)
        }.sorted { a, b in
            // Two tallies can show the same name ("SEACOM" and "Seacom" as people); their articles then decide, so
            // the order never depends on hashing.
            if (a.type, a.name) != (b.type, b.name) { return (a.type, a.name) < (b.type, b.name) }
            if a.articles != b.articles { return a.articles.lexicographicallyPrecedes(b.articles) }
            return a.mentions < b.mentions
        }
        return Extraction(entities: entities, untyped: unexplained)
    }

    /// How a type wins a tie of typed mentions: place, then organisation, then person.
    static func typeRank(_ type: EntityType) -> Int {
        switch type {
        case .place: return 2
        case .organization: return 1
        case .person: return 0
        }
    }

    /// "MOSCOW" → "Moscow", for names only ever written in capitals.
    static func titleCased(_ name: String) -> String {
        name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(
            separator: " ")
    }
}
