import Foundation
import StorylineStoreConformance
import Testing

@testable import StorylineServer

/// The server-rendered pages, fetched over a real socket from the fixture archive.
@Suite("Web pages")
struct WebPageTests {
    @Test("the home page has a search box and the top storyline on a timeline with its three events")
    func home() async throws {
        try await ServerHarness.with { server in
            let page = try await server.get("/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
            #expect(page.text.contains("<form class=\"search\" action=\"/search\" method=\"get\""))
            #expect(page.text.contains("id=\"featured-storyline\""))
            for event in ArchiveFixture.orethEvents { #expect(page.text.contains("data-event-id=\"\(event)\"")) }
            let svg = try #require(page.text.range(of: "<svg class=\"timeline\"").map { page.text[$0.lowerBound...] })
            let positions = ArchiveFixture.orethEvents.compactMap {
                svg.range(of: "data-event-id=\"\($0)\"")?.lowerBound
            }
            #expect(positions == positions.sorted(), "events are drawn in date order")
        }
    }

    @Test("search results show snippets with the matches marked")
    func search() async throws {
        try await ServerHarness.with { server in
            let page = try await server.get("/search?q=desalination")
            #expect(page.status == 200)
            #expect(page.text.contains("<mark>desalination</mark>") || page.text.contains("<mark>Desalination</mark>"))
            #expect(page.text.contains("data-article-id=\"fx/oreth-minimum-flow\""))
            #expect(page.text.contains("href=\"/articles/fx%2Foreth-minimum-flow\""))
            let filtered = try await server.get("/search?q=river&speaker=okonkwo")
            #expect(filtered.text.contains("value=\"okonkwo\""))
            let bad = try await server.get("/search?q=x&from=yesterday")
            #expect(bad.status == 400)
            #expect(bad.headers["content-type"]?.hasPrefix("text/html") == true)
        }
    }

    @Test("a copy's page shows its original, the swapped words and the aligned sentences highlighted")
    func copyExplanation() async throws {
        try await ServerHarness.with { server in
            let page = try await server.get("/articles/\(URLPath.encode(ArchiveFixture.spunCopy))")
            #expect(page.status == 200)
            #expect(page.text.contains("id=\"article-copies\""))
            #expect(page.text.contains("<del>strike</del> → <ins>walkout</ins>"))
            #expect(page.text.contains("<div class=\"pair\">"))
            #expect(page.text.contains("<ins>walkout</ins> at the port"))
            #expect(page.text.contains("id=\"article-event\""))
            #expect(page.text.contains("class=\"current\""), "the article's event is marked on the timeline")
        }
    }

    @Test("markup in article text, titles, quotes, speakers and ids is shown as text on every page")
    func escaping() async throws {
        try await ServerHarness.with { server in
            let article = try await server.get("/articles/\(URLPath.encode(ArchiveFixture.markupArticle))")
            #expect(article.status == 200)
            #expect(
                article.text.contains(
                    "&lt;script&gt;document.title=&#39;\(ArchiveFixture.scriptMarker)&#39;&lt;/script&gt;"))
            #expect(article.text.contains("&lt;b&gt;Markup&lt;/b&gt; &amp; &quot;quotes&quot;"))
            #expect(article.text.contains("Eve &lt;Hacker&gt;"))
            let pages = [
                "/", "/search?q=markup", "/search?q=script",
                "/articles/\(URLPath.encode(ArchiveFixture.markupArticle))",
                "/events/fx-e-markup", "/storylines/\(ArchiveFixture.markupStoryline)", "/quotes", "/storylines",
                "/events",
                "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/search?q=%3Cscript%3E&speaker=%22%3E%3Cscript%3E",
            ]
            for path in pages {
                let page = try await server.get(path)
                #expect(page.status == 200 || page.status == 404, "\(path)")
                #expect(!page.text.lowercased().contains("<script"), "\(path) holds a script element")
                #expect(!page.text.lowercased().contains("<img"), "\(path) holds an img element")
                #expect(!page.text.contains("onerror=\""), "\(path) holds an event handler attribute")
            }
        }
    }

    @Test("storyline, event, lists and unknown ids")
    func otherPages() async throws {
        try await ServerHarness.with { server in
            let storyline = try await server.get("/storylines/\(ArchiveFixture.orethStoryline)")
            #expect(storyline.text.components(separatedBy: "<a class=\"event\"").count - 1 == 3)
            #expect(storyline.text.contains(">2024</text>") && storyline.text.contains(">2025</text>"), "year ticks")
            let event = try await server.get("/events/fx-e-port-2")
            #expect(event.text.contains("Port strike ends"))
            #expect(event.text.contains(ArchiveFixture.original.replacingOccurrences(of: "/", with: "%2F")))
            let quotes = try await server.get("/quotes?speaker=Okonkwo")
            #expect(quotes.text.contains("The river now has a rulebook"))
            let paged = try await server.get("/events?limit=2")
            #expect(
                paged.text.contains("rel=\"next\" href=\"/events?offset=2\"") || paged.text.contains("rel=\"next\""))
            let missing = try await server.get("/articles/nothing")
            #expect(missing.status == 404)
            #expect(missing.text.contains("No article with id"))
        }
    }
}
