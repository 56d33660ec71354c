import Foundation
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

@testable import StorylineServer

/// The JSON API over a real socket on 127.0.0.1, against the fixture archive.
@Suite("JSON API")
struct APITests {
    struct ArticlePage: Decodable {
        var items: [ArticleSummary]
        var total: Int
        var nextOffset: Int?
    }

    @Test("articles are listed newest first and paged; q, from and to filter them", arguments: ArchiveBackend.available)
    func articles(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let first = try await server.get("/api/articles?limit=3")
            #expect(first.status == 200)
            #expect(first.headers["content-type"]?.hasPrefix("application/json") == true)
            let page = try first.json(ArticlePage.self)
            #expect(page.total == ArchiveFixture.articles.count)
            #expect(page.items.count == 3)
            #expect(page.nextOffset == 3)
            #expect(page.items.first?.id == "fx/oreth-treaty")
            let next = try await server.get("/api/articles?limit=3&offset=3").json(ArticlePage.self)
            #expect(Set(next.items.map(\.id)).isDisjoint(with: page.items.map(\.id)))
            let text = try await server.get("/api/articles?q=desalination").json(ArticlePage.self)
            #expect(text.items.first?.id == "fx/oreth-minimum-flow")
            let dated = try await server.get("/api/articles?from=2025-01-01&to=2025-12-31").json(ArticlePage.self)
            #expect(Set(dated.items.map(\.id)) == ["fx/oreth-accord-signed", "fx/oreth-treaty"])
        }
    }

    @Test(
        "one article by id, with a / in the id sent as %2F; unknown ids are a JSON 404",
        arguments: ArchiveBackend.available)
    func article(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let response = try await server.get("/api/articles/\(URLPath.encode(ArchiveFixture.spunCopy))")
            #expect(response.status == 200)
            let detail = try response.json(ArticleDetail.self)
            #expect(detail.copies.first?.role == .copyOf)
            #expect(detail.copies.first?.copy.explanation.swaps.contains { $0.to == "walkout" } == true)
            #expect(detail.event?.id == "fx-e-port-2")
            #expect(detail.summary.dateSource == .inferred)
            let missing = try await server.get("/api/articles/no-such-article")
            #expect(missing.status == 404)
            #expect(missing.errorCode == "not_found")
            let markup = try await server.get("/api/articles/\(URLPath.encode(ArchiveFixture.markupArticle))")
            #expect(try markup.json(ArticleDetail.self).text.contains("<script>"))
        }
    }

    @Test("events, storylines (timeline order), quotes by speaker, search", arguments: ArchiveBackend.available)
    func lists(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let events = try await server.get("/api/events?limit=2&minArticles=2")
            #expect(events.status == 200)
            let eventPage = try events.json(Page<EventSummary>.self)
            #expect(eventPage.total == 4)
            #expect(eventPage.items.count == 2)
            let event = try await server.get("/api/events/fx-e-port-2").json(EventDetail.self)
            #expect(event.articles.items.map(\.id) == [ArchiveFixture.original, ArchiveFixture.spunCopy])
            let storylines = try await server.get("/api/storylines?minEvents=2").json(Page<StorylineSummary>.self)
            #expect(storylines.items.map(\.id) == [ArchiveFixture.orethStoryline, ArchiveFixture.portStoryline])
            let timeline = try await server.get("/api/storylines/\(ArchiveFixture.orethStoryline)").json(
                StorylineDetail.self)
            #expect(timeline.events.items.map(\.id) == ArchiveFixture.orethEvents)
            let quotes = try await server.get("/api/quotes?speaker=okonkwo").json(Page<QuoteRecord>.self)
            #expect(quotes.total == 2)
            let search = try await server.get("/api/search?q=rulebook").json(Page<SearchHit>.self)
            #expect(Set(search.items.map(\.kind)) == [.article, .quote])
            let filtered = try await server.get("/api/search?q=oreth&to=2023-12-31&kind=article").json(
                Page<SearchHit>.self)
            #expect(Set(filtered.items.map(\.article.id)) == ["fx/oreth-talks-open", "fx/oreth-first-round"])
            let stats = try await server.get("/api/stats").json(ArchiveStatistics.self)
            #expect(stats.articles == ArchiveFixture.articles.count)
        }
    }

    @Test(
        "bad query parameters and unknown routes are JSON 4xx",
        arguments: [
            ("/api/articles?limit=abc", 400, "invalid_parameter"),
            ("/api/articles?offset=-1", 400, "invalid_parameter"),
            ("/api/articles?from=2024-13-01", 400, "invalid_parameter"), ("/api/search", 400, "missing_parameter"),
            ("/api/search?q=x&kind=video", 400, "invalid_parameter"), ("/api/nothing-here", 404, "not_found"),
            ("/api/events/nope", 404, "not_found"), ("/api/storylines/nope", 404, "not_found"),
            ("/api/articles/%ZZ", 400, "invalid_parameter"),
        ])
    func badRequests(path: String, status: Int, code: String) async throws {
        try await ServerHarness.with { server in
            let response = try await server.get(path)
            #expect(response.status == status)
            #expect(response.errorCode == code)
            #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        }
    }

    @Test(
        "compare: two stored articles side by side, with errors for a missing or unknown id",
        arguments: ArchiveBackend.available)
    func compare(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let a = URLPath.encode(ArchiveFixture.original)
            let b = URLPath.encode(ArchiveFixture.spunCopy)
            let response = try await server.get("/api/compare?a=\(a)&b=\(b)")
            #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            #expect((answer["a"] as? [String: Any])?["id"] as? String == ArchiveFixture.original)
            #expect((answer["b"] as? [String: Any])?["id"] as? String == ArchiveFixture.spunCopy)
            let story = try #require(answer["story"] as? [String: Any])
            let cosine = try #require(story["cosine"] as? Double)
            #expect(cosine > 0.2, "the two tell one story in other words: \(story)")
            #expect((story["sharedTerms"] as? [String] ?? []).contains { $0.lowercased() == "velmora" })
            let explanation = try #require(answer["explanation"] as? [String: Any])
            #expect(!(explanation["aligned"] as? [Any] ?? []).isEmpty, "the spun sentence is aligned")

            let other = URLPath.encode("fx/oreth-treaty")
            let far = try await server.get("/api/compare?a=\(a)&b=\(other)")
            let farStory = try #require(
                (try JSONSerialization.jsonObject(with: Data(far.body)) as? [String: Any])?["story"] as? [String: Any])
            #expect((farStory["cosine"] as? Double ?? 1) < cosine, "a port strike and a river treaty are further apart")

            #expect(try await server.get("/api/compare?a=\(a)").errorCode == "missing_parameter")
            let unknown = try await server.get("/api/compare?a=\(a)&b=nope")
            #expect(unknown.status == 404)
            #expect(unknown.errorCode == "not_found")
        }
    }

    @Test("an oversized limit is clamped to 200, not an error")
    func clampedLimit() async throws {
        try await ServerHarness.with { server in
            let page = try await server.get("/api/articles?limit=100000").json(Page<ArticleSummary>.self)
            #expect(page.limit == 200)
        }
    }

    @Test(
        "the OpenAPI document lists exactly the served routes, and each route answers",
        arguments: ArchiveBackend.available)
    func openAPI(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let response = try await server.get("/api/openapi.json")
            #expect(response.status == 200)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented: Set<String> = []
            for (path, operations) in paths {
                for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            let served = Set(ArchiveServer.apiRoutes.map { "\($0.method) \($0.path)" })
            #expect(documented == served)
            for route in ArchiveServer.apiRoutes where route.method == "GET" {
                let path = route.path.replacingOccurrences(of: "{id}", with: "fx-e-port-2") + "?q=oreth"
                let answer = try await server.get(path)
                #expect(answer.errorCode != "not_found" || route.path.hasSuffix("{id}"), "\(route.path) is not served")
                #expect(answer.status < 500)
            }
            try validateWithPython(response.body)
        }
    }

    /// Validates the document with openapi-spec-validator when Python has it (it is on the CI machine).
    private func validateWithPython(_ document: [UInt8]) throws {
        let file = try ScratchFolder.make("openapi-").appendingPathComponent("openapi.json")
        try Data(document).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import json, sys
            try:
                from openapi_spec_validator import validate
            except ImportError:
                print("skip: openapi_spec_validator not installed"); sys.exit(0)
            validate(json.load(open(sys.argv[1])))
            print("valid")
            """, file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "openapi-spec-validator: \(text)")
    }
}
