/// The kind of a named entity.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    /// A person.
    case person
    /// A place: city, region, country, landmark.
    case place
    /// An organisation: government body, company, agency, team.
    case organization

    /// Orders by declaration order (person, place, organization).
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A named entity with the articles that mention it.
public struct EntityReport: Hashable, Codable, Sendable {
    /// Canonical name (aliases merged).
    public var name: String
    /// Person, place or organisation.
    public var type: EntityType
    /// Ids of the articles that mention it, sorted.
    public var articles: [String]
    /// Total number of mentions.
    public var mentions: Int

    /// Creates an entity line.
    public init(name: String, type: EntityType, articles: [String], mentions: Int) {
        self.name = name
        self.type = type
        self.articles = articles
        self.mentions = mentions
    }
}
