import Hummingbird
import StorylineCore
import StorylineStore

/// The frame of every page: header with the search box, navigation, the page's body, a footer.
enum Layout {
    /// A complete page as a response. Scripts are forbidden by the Content-Security-Policy header as a second
    /// line of defence; the first is that every text is escaped (``HTML``).
    static func page(title: String, query: String? = nil, status: HTTPResponse.Status = .ok, body: HTML) -> Response {
        let html: HTML = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Storyline</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">Storyline</a>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="\(query)" placeholder="Search articles and quotes" aria-label="Search">
            <button type="submit">Search</button>
            </form>
            <nav><a href="/storylines">Storylines</a> <a href="/events">Events</a> <a href="/quotes">Quotes</a> \
            <a href="/api/openapi.json">API</a></nav>
            </header>
            <main>
            \(body)
            </main>
            <footer>Storyline news archive</footer>
            </body>
            </html>
            """
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html.rendered)))
    }

    /// Previous/next links for a page of a list, keeping the other query parameters.
    static func pager<Item>(_ page: Page<Item>, path: String, query: [(String, String?)]) -> HTML {
        guard page.total > page.items.count else { return .empty }
        var links: [HTML] = []
        if page.offset > 0 {
            let previous = max(0, page.offset - page.limit)
            let href = path + URLPath.query(query + [("offset", previous == 0 ? nil : String(previous))])
            links.append("<a rel=\"prev\" href=\"\(href)\">← Previous</a>")
        }
        let first = page.items.isEmpty ? 0 : page.offset + 1
        links.append("<span>\(first)–\(page.offset + page.items.count) of \(page.total)</span>")
        if let next = page.nextOffset {
            links.append(
                "<a rel=\"next\" href=\"\(path + URLPath.query(query + [("offset", String(next))]))\">Next →</a>")
        }
        return "<nav class=\"pager\">\(HTML.join(links, separator: " "))</nav>"
    }

    /// A date for display, or "undated".
    static func date(_ day: Day?) -> String { day?.description ?? "undated" }

    /// Paragraphs of an article's text, each escaped.
    static func paragraphs(_ text: String) -> HTML {
        let blocks = text.split(whereSeparator: \.isNewline).map { $0.trimmed }.filter { !$0.isEmpty }
        return HTML.join(blocks.map { "<p>\($0)</p>" }, separator: "\n")
    }

    /// A link to an article, its title (or id) as text.
    static func articleLink(_ id: String, title: String?) -> HTML {
        "<a class=\"article-link\" href=\"/articles/\(URLPath.encode(id))\">\(title.flatMap { $0.isEmpty ? nil : $0 } ?? id)</a>"
    }

    /// The style sheet (inline, so the page needs no other request).
    static let stylesheet: HTML = """
        :root{--ink:#1d2733;--muted:#5f6b7a;--line:#d9dee5;--accent:#0b5cad;--mark:#ffe58a;--bg:#fbfcfd}
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:var(--ink);background:var(--bg)}
        header.top{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.75rem 1.5rem;border-bottom:1px solid var(--line);background:#fff}
        .brand{font-weight:700;font-size:1.2rem;color:var(--ink);text-decoration:none}
        form.search{display:flex;gap:.4rem;flex:1;min-width:16rem}form.search input{flex:1;padding:.4rem .6rem;border:1px solid var(--line);border-radius:6px}
        button{padding:.4rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:6px;cursor:pointer}
        nav a{margin-right:.8rem}a{color:var(--accent)}main{max-width:62rem;margin:0 auto;padding:1.5rem}
        footer{color:var(--muted);text-align:center;padding:2rem;font-size:.85rem}
        .meta{color:var(--muted);font-size:.9rem}.badge{display:inline-block;font-size:.75rem;padding:0 .45rem;border-radius:999px;border:1px solid var(--line);color:var(--muted);margin-right:.4rem}
        mark{background:var(--mark);padding:0 .1em}ins{background:#d4f5dc;text-decoration:none;padding:0 .15em}del{background:#fbd9d9;padding:0 .15em}
        ol.results,ul.plain{list-style:none;padding:0}ol.results li,ul.plain li{padding:.6rem 0;border-bottom:1px solid var(--line)}
        .snippet{margin:.2rem 0 0}.pager{margin:1rem 0;display:flex;gap:1rem;align-items:center}
        section{margin:2rem 0}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
        .copy{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.8rem 0;background:#fff}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;font-size:.92rem;margin:.5rem 0}.pair div{background:#f4f6f8;padding:.5rem;border-radius:6px}
        blockquote{margin:.5rem 0;padding:.3rem 1rem;border-left:3px solid var(--accent);background:#fff}
        svg.timeline{width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
        svg.timeline .axis{stroke:var(--muted);stroke-width:1.5}svg.timeline .tick{stroke:var(--line)}
        svg.timeline text{font-size:12px;fill:var(--ink)}svg.timeline .year{fill:var(--muted)}
        svg.timeline circle{fill:var(--accent);fill-opacity:.8;stroke:#fff;stroke-width:2}svg.timeline a:hover circle,svg.timeline circle.current{fill:#d9480f}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}.filters input{padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px}
        .stats{color:var(--muted)}
        """
}
