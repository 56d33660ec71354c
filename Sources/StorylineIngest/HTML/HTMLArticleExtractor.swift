/// What was extracted from one HTML page.
///
/// A plain value so that ingestion can compare, cache and pass results across tasks freely.
public struct ExtractedHTMLArticle: Sendable, Equatable {
    /// The headline: `og:title`, else the `<title>` with a trailing site name (`" | Daily Post"`,
    /// `" - Site"`) removed, else the first `<h1>`. Nil when the page has none of these.
    public var title: String?
    /// The publication time exactly as the page states it (not parsed, so no time-zone guesses are made):
    /// `article:published_time` meta, else `<time datetime>` (preferring the first inside the chosen
    /// article), else JSON-LD `"datePublished"`, else `date`/`pubdate`/`dc.date`/`itemprop=datePublished` meta.
    public var publishedTime: String?
    /// Main body paragraphs in document order: whitespace-collapsed, entities decoded, never empty strings.
    public var paragraphs: [String]

    /// Creates a result; mainly useful for tests and for callers that merge extraction sources.
    public init(title: String? = nil, publishedTime: String? = nil, paragraphs: [String] = []) {
        self.title = title
        self.publishedTime = publishedTime
        self.paragraphs = paragraphs
    }
}

/// Pulls the headline, publication time and body text out of a news page without building a DOM.
///
/// The page is tokenized once in linear time; boilerplate (navigation, headers, footers, asides, forms,
/// scripts and anything whose class or id names ads, sharing, related links, comments, newsletters, cookie
/// banners and the like) is skipped. Body paragraphs come from the largest `<article>` (else `<main>` or
/// `role="main"`, else the whole page) and are its `<p>`, `<blockquote>`, `<h2>` and `<h3>` texts; pages with
/// no `<p>` at all fall back to text split at block boundaries and `<br>`, keeping fragments of 3+ words.
public enum HTMLArticleExtractor {
    /// Fragments shorter than this many words are dropped when the `<div>`/`<br>` fallback is used.
    static let minimumFallbackWords = 3

    /// Extracts title, date and body paragraphs; never throws — returns empty paragraphs when no text is found.
    /// Malformed, truncated or non-HTML input is accepted and yields whatever text can be recovered.
    public static func extract(_ html: String) -> ExtractedHTMLArticle {
        var tokenizer = HTMLTokenizer(html)
        var walker = HTMLContentWalker()
        while let token = tokenizer.next() {
            walker.consume(token)
        }
        walker.finish()

        let scope = contentScope(of: walker)
        return ExtractedHTMLArticle(
            title: title(of: walker, scope: scope),
            publishedTime: publishedTime(of: walker, scope: scope),
            paragraphs: paragraphs(of: walker, scope: scope))
    }

    // MARK: - Scope

    /// The id of the container whose text is the article body, or nil for the whole page.
    /// Prefers `<article>` over `<main>`/`role="main"`; among several, the one with the most paragraph text
    /// (then the most text overall), the first on ties. Containers without any text are never chosen.
    static func contentScope(of walker: HTMLContentWalker) -> Int? {
        let count = walker.containerKinds.count
        guard count > 0 else { return nil }
        var paragraphBytes = [Int](repeating: 0, count: count)
        var allBytes = [Int](repeating: 0, count: count)
        for candidate in walker.paragraphUnits {
            for id in candidate.containerIDs { paragraphBytes[id] += candidate.text.utf8.count }
        }
        for candidate in walker.fallbackFragments {
            for id in candidate.containerIDs { allBytes[id] += candidate.text.utf8.count }
        }
        for kind in [HTMLContainerKind.article, .main] {
            var best: Int?
            for id in 0..<count where walker.containerKinds[id] == kind && allBytes[id] > 0 {
                if let current = best,
                    (paragraphBytes[current], allBytes[current]) >= (paragraphBytes[id], allBytes[id])
                {
                    continue
                }
                best = id
            }
            if let best { return best }
        }
        return nil
    }

    private static func isInScope(_ candidate: HTMLTextCandidate, _ scope: Int?) -> Bool {
        guard let scope else { return true }
        return candidate.containerIDs.contains(scope)
    }

    // MARK: - Fields

    static func paragraphs(of walker: HTMLContentWalker, scope: Int?) -> [String] {
        let units = walker.paragraphUnits.filter { isInScope($0, scope) }
        if units.contains(where: \.isParagraph) {
            return units.map(\.text)
        }
        return walker.fallbackFragments
            .filter { isInScope($0, scope) && $0.wordCount >= minimumFallbackWords }
            .map(\.text)
    }

    static func title(of walker: HTMLContentWalker, scope: Int?) -> String? {
        if let title = walker.openGraphTitle {
            return title
        }
        if let title = walker.documentTitle {
            return HTMLTitleCleaner.strippingSiteSuffix(title)
        }
        let heading = walker.headings.first { isInScope($0, scope) } ?? walker.headings.first
        return heading?.text
    }

    static func publishedTime(of walker: HTMLContentWalker, scope: Int?) -> String? {
        if let time = walker.metaPublishedTime {
            return time
        }
        let scopedTime = scope.flatMap { id in walker.times.first { $0.containerIDs.contains(id) } }
        if let time = scopedTime ?? walker.times.first {
            return time.value
        }
        return walker.jsonLDDatePublished ?? walker.metaDate
    }
}
