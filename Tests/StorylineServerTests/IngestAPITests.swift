import Foundation
import StorylineCore
import StorylineSQLite
import StorylineServer
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

/// `POST /api/articles`: what is added, what it joined, and bad input that must store nothing.
@Suite("Ingest over HTTP")
struct IngestAPITests {
    struct Answer: Decodable {
        var added: [IngestOutcome.Added]
        var skipped: [IngestOutcome.Skipped]
        var warnings: [String]
    }

    static let json = ["Content-Type": "application/json"]

    @Test(
        "one JSON article is added and says which event and storyline it joined; posting it again changes nothing",
        arguments: ArchiveBackend.available)
    func single(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend, fixture: false) { server in
            let body =
                #"{"id": "new-1", "title": "Harbour council votes", "date": "2024-05-01", "text": "The harbour council voted on the budget."}"#
            let response = try await server.request("POST", "/api/articles", headers: Self.json, body: Array(body.utf8))
            #expect(response.status == 201)
            let answer = try response.json(Answer.self)
            let added = try #require(answer.added.first)
            #expect(added.id == "new-1")
            #expect(added.event != nil && added.storyline != nil)
            let detail = try await server.get("/api/articles/new-1").json(ArticleDetail.self)
            #expect(detail.event?.id == added.event)
            let again = try await server.request("POST", "/api/articles", headers: Self.json, body: Array(body.utf8))
            #expect(again.status == 200)
            #expect(try again.json(Answer.self).skipped == [.init(id: "new-1", reason: .sameID, existing: "new-1")])
            #expect(try await server.store.statistics().articles == 1)
        }
    }

    @Test(
        "JSON Lines and JSON arrays add several articles in one batch; a missing id gets a content id",
        arguments: ArchiveBackend.available)
    func many(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend, fixture: false) { server in
            let lines = """
                {"id": "l-1", "text": "First line article about the harbour."}
                {"text": "Second line article without an id, about the river."}
                """
            let response = try await server.request(
                "POST", "/api/articles", headers: ["Content-Type": "application/x-ndjson"], body: Array(lines.utf8))
            #expect(response.status == 201)
            let answer = try response.json(Answer.self)
            #expect(answer.added.count == 2)
            #expect(answer.added.contains { $0.id.hasPrefix("post-") })
            let array =
                #"[{"id": "a-1", "text": "Array one."}, {"id": "a-2", "text": "Array two.", "date": "someday"}]"#
            let second = try await server.request("POST", "/api/articles", headers: Self.json, body: Array(array.utf8))
            #expect(second.status == 201)
            let secondAnswer = try second.json(Answer.self)
            #expect(secondAnswer.added.map(\.id).sorted() == ["a-1", "a-2"])
            #expect(secondAnswer.warnings.contains { $0.contains("date") })
            let pretty = "{\n  \"id\": \"p-1\",\n  \"text\": \"Pretty printed.\"\n}"
            #expect(
                try await server.request("POST", "/api/articles", headers: Self.json, body: Array(pretty.utf8)).status
                    == 201)
            #expect(try await server.store.statistics().articles == 5)
        }
    }

    @Test(
        "bad bodies get a 4xx JSON error and store nothing",
        arguments: [
            ("application/json", "{not json", 400, "invalid_json"),
            ("application/json", #"{"id": "x", "title": "no text"}"#, 422, "missing_text"),
            ("application/json", #"{"id": "x", "text": "   "}"#, 422, "invalid_article"),
            ("application/json", #"{"id": "x", "text": 42}"#, 422, "invalid_article"),
            ("application/json", "[1, 2]", 400, "invalid_json"),
            ("application/json", "\"just a string\"", 400, "invalid_json"),
            ("application/x-ndjson", "{\"id\": \"ok\", \"text\": \"fine\"}\n{broken", 400, "invalid_json"),
            ("application/x-ndjson", "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"bad\"}", 422, "missing_text"),
            ("application/json", "   ", 400, "empty_body"),
            ("text/plain", #"{"id": "x", "text": "right body, wrong type"}"#, 415, "unsupported_media_type"),
            ("application/xml", "<article/>", 415, "unsupported_media_type"),
        ])
    func badBodies(contentType: String, body: String, status: Int, code: String) async throws {
        try await ServerHarness.with(fixture: false) { server in
            let response = try await server.request(
                "POST", "/api/articles", headers: ["Content-Type": contentType], body: Array(body.utf8))
            #expect(response.status == status, "\(response.text)")
            #expect(response.errorCode == code)
            #expect(try await server.store.statistics().articles == 0)
        }
    }

    @Test("a body without Content-Type is refused with 415; invalid UTF-8 with 400")
    func missingTypeAndUTF8() async throws {
        try await ServerHarness.with(fixture: false) { server in
            let untyped = try await server.request("POST", "/api/articles", body: Array(#"{"text": "x"}"#.utf8))
            #expect(untyped.status == 415)
            let bytes: [UInt8] = Array(#"{"text": ""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
            let invalid = try await server.request("POST", "/api/articles", headers: Self.json, body: bytes)
            #expect(invalid.status == 400)
            #expect(invalid.errorCode == "invalid_utf8")
            #expect(try await server.store.statistics().articles == 0)
        }
    }

    @Test("a 50 MB body is refused with 413 and nothing is stored (declared length and chunked)")
    func oversized() async throws {
        try await ServerHarness.with(fixture: false) { server in
            let size = 50 * 1024 * 1024
            var record = Array(#"{"id": "huge", "text": ""#.utf8)
            record += [UInt8](repeating: UInt8(ascii: "a"), count: size - record.count - 2)
            record += Array(#""}"#.utf8)
            let port = server.port
            let body = record
            let declared = try await Blocking.run {
                let client = try HTTPTestClient(port: port)
                try client.send(
                    Array(
                        "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
                            .utf8))
                let sender = Thread { try? client.send(body) }
                sender.start()
                return try client.readResponse()
            }
            #expect(declared.status == 413)
            #expect(declared.errorCode == "body_too_large")
            let chunked = try await Blocking.run {
                let client = try HTTPTestClient(port: port)
                try client.send(
                    Array(
                        "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            .utf8))
                let sender = Thread {
                    var offset = 0
                    while offset < body.count {
                        let end = min(offset + 1 << 20, body.count)
                        let chunk =
                            Array(String(end - offset, radix: 16).utf8) + [13, 10] + Array(body[offset..<end]) + [
                                13, 10,
                            ]
                        guard (try? client.send(chunk)) != nil else { return }
                        offset = end
                    }
                    try? client.send(Array("0\r\n\r\n".utf8))
                }
                sender.start()
                return try client.readResponse()
            }
            #expect(chunked.status == 413)
            #expect(chunked.errorCode == "body_too_large")
            #expect(try await server.store.statistics().articles == 0)
            #expect(try await server.get("/api/stats").status == 200)
        }
    }

    @Test(
        "concurrent posts are serialised: every article stored once, events consistent",
        arguments: ArchiveBackend.available)
    func concurrentPosts(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend, fixture: false) { server in
            let articles = SyntheticArticles.make(count: 40, start: nil)
            let port = server.port
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    let slice = Array(articles[(index * 2)..<(index * 2 + 4 > 40 ? 40 : index * 2 + 4)])
                    let lines = slice.map { #"{"id": "\#($0.id)", "text": "\#($0.text)"}"# }.joined(separator: "\n")
                    group.addTask {
                        try await Blocking.run {
                            try HTTPTestClient.fetch(
                                port: port, "POST", "/api/articles", headers: ["Content-Type": "application/x-ndjson"],
                                body: Array(lines.utf8)
                            ).status
                        }
                    }
                }
                var all: [Int] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.allSatisfy { $0 == 201 || $0 == 200 })
            #expect(try await server.store.statistics().articles == 40)
            try await ArchiveConformance.checkEveryArticleInOneEvent(server.store)
        }
    }

    @Test("when the ingest queue is full, requests are turned away with 503 and nothing half-stored")
    func boundedQueue() async throws {
        let configuration = ArchiveServerConfiguration(port: 0, maxConcurrentIngests: 1, maxQueuedIngests: 0)
        try await ServerHarness.with(fixture: false, configuration: configuration) { server in
            let port = server.port
            let articles = SyntheticArticles.make(count: 300, start: nil, length: 200)
            let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
                for index in 0..<6 {
                    let lines = articles[(index * 50)..<(index * 50 + 50)].map {
                        #"{"id": "\#($0.id)", "text": "\#($0.text)"}"#
                    }.joined(separator: "\n")
                    group.addTask {
                        let response = try await Blocking.run {
                            try HTTPTestClient.fetch(
                                port: port, "POST", "/api/articles", headers: ["Content-Type": "application/x-ndjson"],
                                body: Array(lines.utf8))
                        }
                        return (response.status, response.status == 201 ? 50 : 0)
                    }
                }
                var all: [(Int, Int)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(results.allSatisfy { $0.0 == 201 || $0.0 == 503 })
            #expect(results.contains { $0.0 == 201 })
            #expect(try await server.store.statistics().articles == results.reduce(0) { $0 + $1.1 })
        }
    }
}
