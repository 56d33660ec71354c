/// Finds publication dates written in an article's own text (datelines, explicit dates).
public enum DateFinder {
    /// The publication date stated by the text itself, if any.
    public static func explicitDate(in document: Document) -> DateResolution? {
        nil
    }
}
