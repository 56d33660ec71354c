import StorylineCore

/// Reads an HTML page as an article: main text, headline and publication date from the page's metadata.
public enum HTMLArticleParser {
    /// Parses a page into an article, or says why it holds no article.
    public static func parse(_ html: String, id: String, source: String) -> Result<Article, IngestIssue> {
        let page = HTMLArticleExtractor.extract(html)
        guard !page.paragraphs.isEmpty else {
            return .failure(
                IngestIssue(
                    .noArticleText, source: source, message: "no article text found in the HTML (no <p> or text blocks)"
                ))
        }
        let date = page.publishedTime.flatMap { Day(iso: $0.trimmingCharacters(in: " \t\n")) }
        let article = Article(
            id: id, title: page.title, text: page.paragraphs.joined(separator: "\n\n"), date: date,
            dateSource: date == nil ? nil : .html, source: source)
        return .success(article)
    }
}
