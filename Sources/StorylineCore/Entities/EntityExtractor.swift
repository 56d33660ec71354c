/// Finds people, places and organisations across articles, with aliases merged.
public enum EntityExtractor {
    /// The named entities of a set of articles.
    public static func entities(in documents: [Document]) -> [EntityReport] {
        []
    }
}
