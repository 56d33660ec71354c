/// A piece of visible text found on the page together with the content containers it sits in.
struct HTMLTextCandidate: Sendable, Equatable {
    /// Whitespace-collapsed, entity-decoded text; never empty.
    var text: String
    /// Number of space-separated words in `text`.
    var wordCount: Int
    /// Ids (indexes into `HTMLContentWalker.containerKinds`) of every `<article>`/`<main>` it is inside.
    var containerIDs: [Int]
    /// True for `<p>` and `<blockquote>` text; false for `<h2>`/`<h3>` subheads and fallback fragments.
    var isParagraph: Bool
}

/// The kind of element that can delimit the main content of a page.
enum HTMLContainerKind: Sendable, Equatable {
    /// An `<article>` element.
    case article
    /// A `<main>` element or any element with `role="main"`.
    case main
}

/// Streams tokens once and collects every candidate the extractor may later choose from: paragraph units,
/// fallback fragments, containers, headings and date/title metadata.
///
/// Nothing is decided here that needs the whole page (which container wins, whether the `<p>` rule or the
/// fallback applies); that is `HTMLArticleExtractor`'s job. Malformed nesting is absorbed locally: skipped
/// subtrees are tracked by a depth counter keyed to the tag that opened them, containers likewise, and
/// paragraphs end at any block boundary, so no stray tag can derail more than the element it belongs to.
struct HTMLContentWalker {
    /// At most this many nested containers are tracked; deeper ones are treated as ordinary elements.
    static let maximumOpenContainers = 32
    /// At most this many `<h1>` texts and `<time>` values are remembered.
    static let maximumRemembered = 64

    /// `<p>`, `<blockquote>`, `<h2>` and `<h3>` texts in document order.
    private(set) var paragraphUnits: [HTMLTextCandidate] = []
    /// Text between any two block boundaries (`div`, `br`, `section`, `p`, ...), for pages without `<p>`.
    private(set) var fallbackFragments: [HTMLTextCandidate] = []
    /// One entry per container seen, indexed by container id.
    private(set) var containerKinds: [HTMLContainerKind] = []
    /// `<h1>` texts (including ones inside an ignored `<header>`), in document order.
    private(set) var headings: [HTMLTextCandidate] = []
    /// `<time datetime>` values with the containers they are inside.
    private(set) var times: [(value: String, containerIDs: [Int])] = []
    /// `og:title` meta content.
    private(set) var openGraphTitle: String?
    /// First `<title>` text, whitespace-collapsed, not yet stripped of the site name.
    private(set) var documentTitle: String?
    /// `article:published_time` meta content.
    private(set) var metaPublishedTime: String?
    /// First `"datePublished"` string in JSON-LD.
    private(set) var jsonLDDatePublished: String?
    /// `date`/`pubdate`/`dc.date`/`itemprop=datePublished` meta content.
    private(set) var metaDate: String?

    private struct OpenContainer {
        var name: String
        var depth: Int
        var id: Int
    }

    private struct IgnoredElement {
        var name: String
        var depth: Int
        /// For `li`/`dt`/`dd` roots: nesting depth of lists opened inside the root.
        var listDepth: Int
    }

    private enum RawContent { case title, jsonLD, other }

    private var openContainers: [OpenContainer] = []
    private var openContainerIDs: [Int] = []
    private var ignored: IgnoredElement?
    private var raw: RawContent?
    private var unit = HTMLTextAccumulator()
    private var unitOpen = false
    private var unitIsParagraph = false
    private var blockquoteDepth = 0
    private var fallback = HTMLTextAccumulator()
    private var heading: HTMLTextAccumulator?
    /// Memoised class/id word tests: pages repeat the same few hundred class strings thousands of times.
    private var boilerplateWordCache: [String: Bool] = [:]
    /// Upper bound for `boilerplateWordCache`, so generated class names cannot grow it without limit.
    static let maximumCachedClassValues = 4096

    /// Feeds the next token.
    mutating func consume(_ token: HTMLToken) {
        switch token {
        case .startTag(let tag):
            startTag(tag)
        case .endTag(let name):
            endTag(name)
        case .text(let text), .cdata(let text):
            self.text(text)
        }
    }

    /// Flushes open paragraphs at end of input; unclosed elements are closed implicitly.
    mutating func finish() {
        raw = nil
        boundary()
        finishHeading()
    }

    // MARK: - Tokens

    private mutating func text(_ text: String) {
        if let raw {
            rawText(text, raw)
            return
        }
        if let ignored, ignored.name != "header" { return }
        if heading != nil {
            heading?.append(text)
            return
        }
        guard ignored == nil else { return }
        fallback.append(text)
        if !unitOpen, blockquoteDepth > 0 {
            openUnit(isParagraph: true)
        }
        if unitOpen {
            unit.append(text)
        }
    }

    private mutating func startTag(_ tag: HTMLStartTag) {
        raw = nil
        let name = tag.name
        if HTMLTokenizer.isRawTextElement(name) {
            // The tokenizer delivers the content as one text token followed by the end tag.
            raw = rawContent(for: tag)
            return
        }
        if name == "meta" {
            meta(tag)
            return
        }
        if name == "time" {
            time(tag)
        }
        let traits = HTMLBoilerplateRules.traits(of: name)
        if ignored != nil, startTagWhileIgnoring(tag, traits: traits) {
            return
        }
        let opens = !tag.isSelfClosing && !traits.contains(.void)
        let isBlock = traits.contains(.block)
        if HTMLBoilerplateRules.isBoilerplate(tag, traits: traits, hasBoilerplateWord: { hasBoilerplateWord($0) }) {
            if isBlock { boundary() }
            if opens { ignored = IgnoredElement(name: name, depth: 1, listDepth: 0) }
            return
        }
        if name == "br" {
            lineBreak()
            return
        }
        if isBlock { boundary() }
        if opens {
            if let kind = containerKind(of: tag), openContainers.count < Self.maximumOpenContainers {
                openContainers.append(OpenContainer(name: name, depth: 1, id: containerKinds.count))
                openContainerIDs.append(containerKinds.count)
                containerKinds.append(kind)
            } else if let index = openContainers.lastIndex(where: { $0.name == name }) {
                openContainers[index].depth += 1
            }
        }
        switch name {
        case "h1":
            heading = HTMLTextAccumulator()
        case "p", "h2", "h3":
            openUnit(isParagraph: name == "p")
        case "blockquote":
            if opens { blockquoteDepth += 1 }
            openUnit(isParagraph: true)
        default:
            break
        }
    }

    private mutating func endTag(_ name: String) {
        if raw != nil {
            raw = nil  // The end tag of the raw-text element (the tokenizer guarantees nothing in between).
            return
        }
        let traits = HTMLBoilerplateRules.traits(of: name)
        if ignored != nil, endTagWhileIgnoring(name, traits: traits) {
            return
        }
        if name == "br" {  // Browsers treat a stray `</br>` as `<br>`.
            lineBreak()
            return
        }
        if traits.contains(.block) {
            boundary()
        }
        if name == "blockquote" {
            blockquoteDepth = max(0, blockquoteDepth - 1)
        }
        if let index = openContainers.lastIndex(where: { $0.name == name }) {
            openContainers[index].depth -= 1
            if openContainers[index].depth == 0 {
                // Closing an outer container also closes any container left open inside it.
                openContainers.removeSubrange(index...)
                openContainerIDs.removeSubrange(index...)
            }
        }
    }

    // MARK: - Ignored subtrees

    /// Handles a start tag inside an ignored subtree. Returns false when the tag implicitly closes the ignored
    /// element (`<p class=ad>` followed by `<div>`, a sibling `<li>`), in which case it must be processed normally.
    private mutating func startTagWhileIgnoring(_ tag: HTMLStartTag, traits: HTMLTagTraits) -> Bool {
        guard var element = ignored else { return false }
        let name = tag.name
        let opens = !tag.isSelfClosing && !traits.contains(.void)
        let isBlock = traits.contains(.block)
        switch element.name {
        case "p" where isBlock:
            endIgnoring()
            return false
        case "li", "dt", "dd":
            if traits.contains(.listParent) {
                if opens { element.listDepth += 1 }
            } else if element.listDepth == 0, Self.isSiblingListItem(name, of: element.name) {
                endIgnoring()
                return false
            }
        default:
            break
        }
        if name == element.name, opens {
            element.depth += 1
        }
        ignored = element
        if element.name == "header" {  // The headline often lives in the article's <header>.
            if name == "br" {
                heading?.addBreak()
            } else if isBlock {
                finishHeading()
                if name == "h1", opens { heading = HTMLTextAccumulator() }
            }
        }
        return true
    }

    /// Handles an end tag inside an ignored subtree. Returns false when the tag closes a parent of the ignored
    /// element (and thus the element itself) and must also be processed normally.
    private mutating func endTagWhileIgnoring(_ name: String, traits: HTMLTagTraits) -> Bool {
        guard var element = ignored else { return false }
        let isBlock = traits.contains(.block)
        switch element.name {
        case "p" where isBlock:
            endIgnoring()
            return name == "p"
        case "li", "dt", "dd":
            if traits.contains(.listParent) {
                if element.listDepth == 0 {
                    endIgnoring()
                    return false
                }
                element.listDepth -= 1
                if element.listDepth == 0 { element.depth = 1 }  // Unclosed items of the inner list end here.
                ignored = element
                return true
            }
        default:
            break
        }
        if name == element.name {
            element.depth -= 1
            if element.depth == 0 {
                endIgnoring()
                return true
            }
        }
        ignored = element
        if element.name == "header", isBlock {
            finishHeading()
        }
        return true
    }

    private mutating func endIgnoring() {
        if ignored?.name == "header" {
            finishHeading()
        }
        ignored = nil
    }

    private mutating func hasBoilerplateWord(_ value: String) -> Bool {
        if let known = boilerplateWordCache[value] {
            return known
        }
        let result = HTMLBoilerplateRules.containsBoilerplateWord(value)
        if boilerplateWordCache.count < Self.maximumCachedClassValues {
            boilerplateWordCache[value] = result
        }
        return result
    }

    private static func isSiblingListItem(_ name: String, of root: String) -> Bool {
        root == "li" ? name == "li" : (name == "dt" || name == "dd")
    }

    /// Metadata inside ignored subtrees (related-article cards, sidebars) describes other pages; the exception
    /// is an article's own `<header>`, which typically holds its headline and `<time>`.
    private var metadataBlocked: Bool {
        guard let ignored else { return false }
        return !(ignored.name == "header" && !openContainerIDs.isEmpty)
    }

    // MARK: - Paragraph assembly

    private mutating func openUnit(isParagraph: Bool) {
        flushUnit()
        unitOpen = true
        unitIsParagraph = isParagraph
    }

    private mutating func flushUnit() {
        guard unitOpen else { return }
        unitOpen = false
        if let (text, words) = unit.take() {
            paragraphUnits.append(
                HTMLTextCandidate(
                    text: text, wordCount: words, containerIDs: openContainerIDs, isParagraph: unitIsParagraph))
        }
    }

    private mutating func flushFallback() {
        if let (text, words) = fallback.take() {
            fallbackFragments.append(
                HTMLTextCandidate(
                    text: text, wordCount: words, containerIDs: openContainerIDs, isParagraph: false))
        }
    }

    /// A block-level start or end tag: ends the current paragraph, fallback fragment and headline.
    private mutating func boundary() {
        flushUnit()
        flushFallback()
        finishHeading()
    }

    /// `<br>`: a word break inside a paragraph or headline, a fragment boundary for the fallback.
    private mutating func lineBreak() {
        if heading != nil {
            heading?.addBreak()
            return
        }
        if unitOpen {
            unit.addBreak()
        }
        flushFallback()
    }

    private mutating func finishHeading() {
        guard var current = heading else { return }
        heading = nil
        if headings.count < Self.maximumRemembered, let (text, words) = current.take() {
            headings.append(
                HTMLTextCandidate(
                    text: text, wordCount: words, containerIDs: openContainerIDs, isParagraph: false))
        }
    }

    // MARK: - Metadata

    private func containerKind(of tag: HTMLStartTag) -> HTMLContainerKind? {
        switch tag.name {
        case "article":
            return .article
        case "main":
            return .main
        default:
            guard let role = tag.value(of: "role") else { return nil }
            return HTMLBoilerplateRules.asciiLowercased(role) == "main" ? .main : nil
        }
    }

    private func rawContent(for tag: HTMLStartTag) -> RawContent {
        guard !metadataBlocked else { return .other }
        switch tag.name {
        case "title":
            return documentTitle == nil ? .title : .other
        case "script":
            guard jsonLDDatePublished == nil, let type = tag.value(of: "type") else { return .other }
            return HTMLBoilerplateRules.asciiLowercased(type).hasPrefix("application/ld+json") ? .jsonLD : .other
        default:
            return .other
        }
    }

    private mutating func rawText(_ text: String, _ content: RawContent) {
        switch content {
        case .title:
            let title = HTMLTitleCleaner.collapsed(text)
            if documentTitle == nil, !title.isEmpty { documentTitle = title }
        case .jsonLD:
            if jsonLDDatePublished == nil {
                jsonLDDatePublished = HTMLJSONLDDateScanner.datePublished(in: text)
            }
        case .other:
            break
        }
    }

    private mutating func meta(_ tag: HTMLStartTag) {
        guard !metadataBlocked, let rawContent = tag.value(of: "content") else { return }
        let content = HTMLTitleCleaner.collapsed(rawContent)
        guard !content.isEmpty else { return }
        let property = tag.value(of: "property").map(HTMLBoilerplateRules.asciiLowercased) ?? ""
        let name = tag.value(of: "name").map(HTMLBoilerplateRules.asciiLowercased) ?? ""
        let itemProperty = tag.value(of: "itemprop").map(HTMLBoilerplateRules.asciiLowercased) ?? ""
        if openGraphTitle == nil, property == "og:title" || name == "og:title" {
            openGraphTitle = content
        }
        if metaPublishedTime == nil, property == "article:published_time" || name == "article:published_time" {
            metaPublishedTime = content
        }
        if metaDate == nil, HTMLBoilerplateRules.dateMetaNames.contains(name) || itemProperty == "datepublished" {
            metaDate = content
        }
    }

    private mutating func time(_ tag: HTMLStartTag) {
        guard !metadataBlocked, times.count < Self.maximumRemembered,
            let rawValue = tag.value(of: "datetime")
        else { return }
        let value = HTMLTitleCleaner.collapsed(rawValue)
        if !value.isEmpty {
            times.append((value, openContainerIDs))
        }
    }
}
