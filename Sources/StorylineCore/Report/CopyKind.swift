/// How one article copies another.
public enum CopyKind: String, Codable, Sendable, CaseIterable {
    /// The same text after normalisation.
    case exact
    /// The same article with small edits (lead, typos, byline, boilerplate).
    case near
    /// A substantial passage of one appears in the other.
    case partial
    /// The same article with words swapped for synonyms.
    case spun
}
