/// What was extracted from one HTML page.
public struct ExtractedHTMLArticle: Sendable, Equatable {
    /// Title.
    public var title: String?
    /// Raw published time.
    public var publishedTime: String?
    /// Paragraphs.
    public var paragraphs: [String]
}
/// Placeholder until the extractor lands.
public enum HTMLArticleExtractor {
    /// Extracts.
    public static func extract(_ html: String) -> ExtractedHTMLArticle {
        .init(title: nil, publishedTime: nil, paragraphs: [])
    }
}
