/// Finds direct quotes in an article and attributes them to speakers.
public enum QuoteExtractor {
    /// The direct quotes of one article, in order.
    public static func quotes(in document: Document) -> [QuoteReport] {
        []
    }

    /// The direct quotes of many articles, with speaker names made consistent across them.
    public static func quotes(in documents: [Document]) -> [QuoteReport] {
        documents.flatMap { quotes(in: $0) }
    }
}
