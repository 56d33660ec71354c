/// Finds direct quotes in an article and attributes them to speakers.
public enum QuoteExtractor {
    /// The direct quotes of one article, in order.
    public static func quotes(in document: Document) -> [QuoteReport] {
        []
    }
}
