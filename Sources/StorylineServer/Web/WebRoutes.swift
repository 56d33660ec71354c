import Hummingbird
import StorylineCore
import StorylineStore

/// The server-rendered web interface: search, article, event, storyline (timeline), lists.
struct WebRoutes: Sendable {
    let store: any ArchiveStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await self.home(request) }
        router.get("/search") { request, _ in try await self.search(request) }
        router.get("/articles/:id") { request, context in try await self.article(request, id: try self.id(context)) }
        router.get("/events") { request, _ in try await self.events(request) }
        router.get("/events/:id") { request, context in try await self.event(request, id: try self.id(context)) }
        router.get("/storylines") { request, _ in try await self.storylines(request) }
        router.get("/storylines/:id") { request, context in
            try await self.storyline(request, id: try self.id(context))
        }
        router.get("/quotes") { request, _ in try await self.quotes(request) }
    }

    private func id(_ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get("id"), let id = URLPath.decode(raw), !id.isEmpty else {
            throw APIError.invalidParameter("id", "not a valid percent-encoded id")
        }
        return id
    }

    // MARK: - Pages

    func home(_ request: Request) async throws -> Response {
        let statistics = try await store.statistics()
        let storylines = try await store.storylines(StorylineFilter(), page: PageRequest(limit: 10))
        var featured: HTML = .empty
        if let top = storylines.items.first,
            let detail = try await store.storyline(id: top.id, events: PageRequest(limit: PageRequest.maximumLimit))
        {
            featured = """
                <section class="featured" id="featured-storyline">
                <h2>Storyline: <a href="/storylines/\(URLPath.encode(top.id))">\(top.title)</a></h2>
                <p class="meta">\(top.eventCount) events · \(top.articleCount) articles · \(span(top.span))</p>
                \(Timeline.svg(detail.events.items, label: "Timeline of \(top.title)"))
                </section>
                """
        }
        let events = try await store.events(EventFilter(), page: PageRequest(limit: 10))
        let body: HTML = """
            <h1>News archive</h1>
            <p class="stats">\(statistics.articles) articles · \(statistics.events) events · \
            \(statistics.storylines) storylines · \(statistics.copies) copies · \(statistics.quotes) quotes</p>
            \(filters(SearchQuery(text: "")))
            \(featured)
            <section><h2>Storylines</h2>\(storylineList(storylines.items))
            <p><a href="/storylines">All storylines</a></p></section>
            <section><h2>Latest events</h2>\(eventList(events.items))<p><a href="/events">All events</a></p></section>
            """
        return Layout.page(title: "Archive", body: body)
    }

    func search(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request: request)
        let text = parameters.string("q") ?? ""
        let query = SearchQuery(
            text: text, from: try parameters.day("from"), to: try parameters.day("to"),
            speaker: parameters.string("speaker"), entity: parameters.string("entity"))
        let page = try await store.search(query, page: try parameters.page())
        let items = page.items.map { hit -> HTML in
            let kind: HTML =
                hit.kind == .quote ? "<span class=\"badge\">quote</span>" : "<span class=\"badge\">article</span>"
            let speaker: HTML = hit.speaker.map { "<span class=\"meta\"> — \($0)</span>" } ?? .empty
            return """
                <li class="hit hit-\(hit.kind.rawValue)" data-article-id="\(hit.article.id)">\(kind)\
                \(Layout.articleLink(hit.article.id, title: hit.article.title)) \
                <span class="meta">\(Layout.date(hit.article.date))</span>
                <p class="snippet">\(snippet(hit.snippet))\(speaker)</p></li>
                """
        }
        let keep: [(String, String?)] = [
            ("q", text), ("from", query.from?.description), ("to", query.to?.description), ("speaker", query.speaker),
            ("entity", query.entity),
        ]
        let summary: HTML =
            text.isEmpty
            ? "<p>Type words to search article titles, texts and quotes.</p>"
            : "<p class=\"meta\" id=\"result-count\">\(page.total) results for “\(text)”</p>"
        let body: HTML = """
            <h1>Search</h1>
            \(filters(query))
            \(summary)
            <ol class="results" id="results">\(items)</ol>
            \(Layout.pager(page, path: "/search", query: keep))
            """
        return Layout.page(title: text.isEmpty ? "Search" : "Search: \(text)", query: text, body: body)
    }

    func article(_ request: Request, id: String) async throws -> Response {
        guard let detail = try await store.article(id: id) else { return notFound("article", id) }
        let summary = detail.summary
        var meta: [HTML] = ["<span>\(Layout.date(summary.date))</span>"]
        if let source = summary.dateSource { meta.append("<span class=\"badge\">date: \(source.rawValue)</span>") }
        if let range = detail.dateRange {
            meta.append("<span>between \(range.from.description) and \(range.to.description)</span>")
        }
        if let outlet = summary.outlet { meta.append("<span>\(outlet)</span>") }
        if let url = summary.url {
            let lower = url.lowercased()
            meta.append(
                lower.hasPrefix("https://") || lower.hasPrefix("http://")
                    ? "<a rel=\"noopener noreferrer nofollow\" href=\"\(url)\">original</a>" : "<span>\(url)</span>")
        }
        meta.append("<span>\(summary.words) words · \(summary.source)</span>")
        let evidence: HTML =
            detail.dateEvidence.isEmpty
            ? .empty : "<p class=\"meta\">Date evidence: \(detail.dateEvidence.joined(separator: "; "))</p>"
        var context: HTML = .empty
        if let event = detail.event {
            var timeline: HTML = .empty
            if let storyline = detail.storyline,
                let full = try await store.storyline(
                    id: storyline.id, events: PageRequest(limit: PageRequest.maximumLimit))
            {
                timeline = """
                    <p>Storyline: <a href="/storylines/\(URLPath.encode(storyline.id))">\(storyline.title)</a> \
                    <span class="meta">\(storyline.eventCount) events · \(span(storyline.span))</span></p>
                    \(Timeline.svg(full.events.items, current: event.id, label: "Timeline of \(storyline.title)"))
                    """
            }
            context = """
                <section id="article-event"><h2>Event</h2>
                <p><a href="/events/\(URLPath.encode(event.id))">\(event.title)</a> \
                <span class="meta">\(Layout.date(event.date)) · \(event.articleCount) articles</span></p>
                \(timeline)</section>
                """
        }
        var copies: [HTML] = []
        for link in detail.copies.prefix(10) {
            copies.append(try await copyView(link, viewed: detail))
        }
        let copySection: HTML =
            copies.isEmpty
            ? .empty
            : "<section id=\"article-copies\"><h2>Copies (\(detail.copies.count))</h2>\(copies)</section>"
        let quotes = detail.quotes.map { quote -> HTML in
            let speaker: HTML =
                quote.speaker.map { "<a href=\"/quotes\(URLPath.query([("speaker", $0)]))\">\($0)</a>" }
                ?? "unattributed"
            return
                "<li><blockquote>\(quote.text)</blockquote><span class=\"meta\">— \(speaker)\(quote.verb.map { ", \($0)" } ?? "")</span></li>"
        }
        let quoteSection: HTML =
            quotes.isEmpty
            ? .empty : "<section id=\"article-quotes\"><h2>Quotes</h2><ul class=\"plain\">\(quotes)</ul></section>"
        let entities = detail.entities.map { entity -> HTML in
            "<li><span class=\"badge\">\(entity.type.rawValue)</span><a href=\"/search\(URLPath.query([("q", entity.name), ("entity", entity.name)]))\">\(entity.name)</a> <span class=\"meta\">×\(entity.mentions)</span></li>"
        }
        let entitySection: HTML =
            entities.isEmpty
            ? .empty
            : "<section id=\"article-entities\"><h2>Entities</h2><ul class=\"plain\">\(entities)</ul></section>"
        let body: HTML = """
            <article id="article" data-article-id="\(summary.id)">
            <h1 id="article-title">\(summary.title.flatMap { $0.isEmpty ? nil : $0 } ?? summary.id)</h1>
            <p class="meta">\(HTML.join(meta, separator: " · "))</p>
            \(evidence)
            <div class="text" id="article-text">\(Layout.paragraphs(detail.text))</div>
            </article>
            \(context)
            \(copySection)
            \(quoteSection)
            \(entitySection)
            """
        return Layout.page(title: summary.title ?? summary.id, body: body)
    }

    func event(_ request: Request, id: String) async throws -> Response {
        let page = try QueryParameters(request: request).page()
        guard let detail = try await store.event(id: id, articles: page) else { return notFound("event", id) }
        let summary = detail.summary
        var storyline: HTML = .empty
        if let line = detail.storyline,
            let full = try await store.storyline(id: line.id, events: PageRequest(limit: PageRequest.maximumLimit))
        {
            storyline = """
                <section id="event-storyline"><h2>Storyline: <a href="/storylines/\(URLPath.encode(line.id))">\(line.title)</a></h2>
                \(Timeline.svg(full.events.items, current: summary.id, label: "Timeline of \(line.title)"))</section>
                """
        }
        let body: HTML = """
            <h1 id="event-title" data-event-id="\(summary.id)">\(summary.title)</h1>
            <p class="meta">\(Layout.date(summary.date)) · \(summary.articleCount) articles</p>
            <section id="event-articles"><h2>Articles</h2>\(articleList(detail.articles.items))
            \(Layout.pager(detail.articles, path: "/events/\(URLPath.encode(id))", query: []))</section>
            \(storyline)
            """
        return Layout.page(title: summary.title, body: body)
    }

    func storyline(_ request: Request, id: String) async throws -> Response {
        let page = try QueryParameters(request: request).page()
        let wide = PageRequest(limit: max(page.limit, PageRequest.maximumLimit), offset: page.offset)
        guard let detail = try await store.storyline(id: id, events: wide) else { return notFound("storyline", id) }
        let summary = detail.summary
        let body: HTML = """
            <h1 id="storyline-title" data-storyline-id="\(summary.id)">\(summary.title)</h1>
            <p class="meta">\(summary.eventCount) events · \(summary.articleCount) articles · \(span(summary.span))</p>
            <section id="storyline-timeline"><h2>Timeline</h2>
            \(Timeline.svg(detail.events.items, label: "Timeline of \(summary.title)"))</section>
            <section><h2>Events</h2>\(eventList(detail.events.items))
            \(Layout.pager(detail.events, path: "/storylines/\(URLPath.encode(id))", query: []))</section>
            """
        return Layout.page(title: summary.title, body: body)
    }

    func storylines(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request: request)
        let minEvents = try parameters.integer("minEvents", minimum: 1) ?? 1
        let page = try await store.storylines(StorylineFilter(minEvents: minEvents), page: try parameters.page())
        let body: HTML = """
            <h1>Storylines</h1>
            <p class="meta"><a href="/storylines?minEvents=2">Only storylines with several events</a></p>
            \(storylineList(page.items))
            \(Layout.pager(page, path: "/storylines", query: [("minEvents", minEvents > 1 ? String(minEvents) : nil)]))
            """
        return Layout.page(title: "Storylines", body: body)
    }

    func events(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request: request)
        let filter = EventFilter(
            from: try parameters.day("from"), to: try parameters.day("to"),
            minArticles: try parameters.integer("minArticles", minimum: 1) ?? 1)
        let page = try await store.events(filter, page: try parameters.page())
        let keep: [(String, String?)] = [
            ("from", filter.from?.description), ("to", filter.to?.description),
            ("minArticles", filter.minArticles > 1 ? String(filter.minArticles) : nil),
        ]
        let body: HTML = """
            <h1>Events</h1>
            <p class="meta"><a href="/events?minArticles=2">Only events with several articles</a></p>
            \(eventList(page.items))
            \(Layout.pager(page, path: "/events", query: keep))
            """
        return Layout.page(title: "Events", body: body)
    }

    func quotes(_ request: Request) async throws -> Response {
        let parameters = QueryParameters(request: request)
        let speaker = parameters.string("speaker")
        let page = try await store.quotes(speaker: speaker, page: try parameters.page())
        let items = page.items.map { quote -> HTML in
            """
            <li><blockquote>\(quote.text)</blockquote><span class="meta">— \(quote.speaker ?? "unattributed") · \
            \(Layout.articleLink(quote.article, title: quote.articleTitle)) · \(Layout.date(quote.date))</span></li>
            """
        }
        let body: HTML = """
            <h1>Quotes\(speaker.map { " by “\($0)”" } ?? "")</h1>
            <form class="filters" action="/quotes" method="get"><input name="speaker" value="\(speaker)" \
            placeholder="Speaker" aria-label="Speaker"><button type="submit">Filter</button></form>
            <ul class="plain" id="quotes">\(items)</ul>
            \(Layout.pager(page, path: "/quotes", query: [("speaker", speaker)]))
            """
        return Layout.page(title: "Quotes", body: body)
    }

    // MARK: - Parts

    private func notFound(_ what: String, _ id: String) -> Response {
        Layout.page(
            title: "Not found", status: .notFound,
            body: "<h1>Not found</h1><p>No \(what) with id “\(id)”.</p><p><a href=\"/\">Back to the archive</a></p>")
    }

    private func span(_ range: DateRange?) -> String {
        guard let range else { return "undated" }
        return range.from == range.to ? range.from.description : "\(range.from) – \(range.to)"
    }

    private func filters(_ query: SearchQuery) -> HTML {
        """
        <form class="filters" action="/search" method="get" id="search-form">
        <input type="search" name="q" value="\(query.text)" placeholder="Words" aria-label="Words">
        <input type="date" name="from" value="\(query.from?.description)" aria-label="From">
        <input type="date" name="to" value="\(query.to?.description)" aria-label="To">
        <input name="speaker" value="\(query.speaker)" placeholder="Speaker" aria-label="Speaker">
        <input name="entity" value="\(query.entity)" placeholder="Person, place, organisation" aria-label="Entity">
        <button type="submit">Search</button>
        </form>
        """
    }

    private func snippet(_ snippet: Snippet) -> HTML {
        HTML.join(snippet.parts.map { $0.match ? "<mark>\($0.text)</mark>" : "\($0.text)" })
    }

    private func storylineList(_ storylines: [StorylineSummary]) -> HTML {
        let items = storylines.map { line -> HTML in
            """
            <li><a href="/storylines/\(URLPath.encode(line.id))">\(line.title)</a> <span class="meta">\
            \(line.eventCount) events · \(line.articleCount) articles · \(span(line.span))</span></li>
            """
        }
        return "<ul class=\"plain storylines\">\(items)</ul>"
    }

    private func eventList(_ events: [EventSummary]) -> HTML {
        let items = events.map { event -> HTML in
            """
            <li data-event-id="\(event.id)"><a href="/events/\(URLPath.encode(event.id))">\(event.title)</a> \
            <span class="meta">\(Layout.date(event.date)) · \(event.articleCount) articles</span></li>
            """
        }
        return "<ul class=\"plain events\">\(items)</ul>"
    }

    private func articleList(_ articles: [ArticleSummary]) -> HTML {
        let items = articles.map { article -> HTML in
            """
            <li>\(Layout.articleLink(article.id, title: article.title)) <span class="meta">\
            \(Layout.date(article.date))\(article.outlet.map { " · \($0)" } ?? "")</span></li>
            """
        }
        return "<ul class=\"plain articles\">\(items)</ul>"
    }

    /// One copy relation: the verdict, the swapped words, and aligned sentences with the swaps highlighted.
    private func copyView(_ link: CopyLink, viewed: ArticleDetail) async throws -> HTML {
        let copy = link.copy
        let relation: HTML =
            link.role == .copyOf
            ? "copies \(Layout.articleLink(link.other.id, title: link.other.title))"
            : "copied by \(Layout.articleLink(link.other.id, title: link.other.title))"
        let swaps = copy.explanation.swaps.prefix(12).map { swap -> HTML in
            "<li><del>\(swap.from)</del> → <ins>\(swap.to)</ins>\(swap.count > 1 ? " ×\(swap.count)" : "")</li>"
        }
        let swapList: HTML = swaps.isEmpty ? .empty : "<p>Swapped words:</p><ul class=\"swaps\">\(swaps)</ul>"
        var pairs: [HTML] = []
        if !copy.explanation.aligned.isEmpty, let other = try await store.article(id: link.other.id) {
            let (original, copied) = link.role == .copyOf ? (other, viewed) : (viewed, other)
            let a = Document(original.article).sentences
            let b = Document(copied.article).sentences
            let from = Set(copy.explanation.swaps.map(\.from))
            let to = Set(copy.explanation.swaps.map(\.to))
            for pair in copy.explanation.aligned.prefix(5)
            where a.indices.contains(pair.a) && b.indices.contains(pair.b) {
                pairs.append(
                    """
                    <div class="pair"><div>\(highlight(a[pair.a].text, words: from, tag: "del"))</div>\
                    <div>\(highlight(b[pair.b].text, words: to, tag: "ins"))</div></div>
                    """)
            }
        }
        let coverage =
            "\(Int((copy.explanation.coverageA * 100).rounded()))% / \(Int((copy.explanation.coverageB * 100).rounded()))%"
        return """
            <div class="copy copy-\(copy.kind.rawValue)" data-other-id="\(link.other.id)">
            <p><span class="badge">\(copy.kind.rawValue)</span>\(relation) <span class="meta">score \
            \(String(Int((copy.score * 100).rounded())))% · coverage \(coverage)</span></p>
            \(swapList)\(pairs)
            </div>
            """
    }

    /// A sentence with the words in `words` (lower case) wrapped in `tag` (`del` or `ins`); all text escaped.
    private func highlight(_ sentence: String, words: Set<String>, tag: String) -> HTML {
        guard !words.isEmpty else { return "\(sentence)" }
        let open: HTML = tag == "del" ? "<del>" : "<ins>"
        let close: HTML = tag == "del" ? "</del>" : "</ins>"
        var parts: [HTML] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            parts.append(words.contains(word.lowercased()) ? "\(open)\(word)\(close)" : "\(word)")
            word = ""
        }
        for character in sentence {
            if character.isLetter || character.isNumber || character == "'" || character == "’" {
                word.append(character)
            } else {
                flush()
                parts.append("\(String(character))")
            }
        }
        flush()
        return HTML.join(parts)
    }
}
