import Foundation
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

@testable import StorylinePostgres

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `storyline serve --db postgres://…`: the real executable serves the JSON API and the web page from PostgreSQL,
/// and two servers on one archive see each other's writes.
@Suite(
    "serve on PostgreSQL",
    .enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"),
    .enabled(if: ScratchPostgres.isConfigured, Comment(rawValue: ScratchPostgres.skipMessage)))
struct ServeOnPostgresTests {
    /// A running `storyline serve` and the port it listens on.
    struct Server {
        let process: WorkerProcess
        let port: Int

        static func start(_ url: String) async throws -> Server {
            let process = try WorkerProcess(["serve", "--db", url, "--port", "0"])
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if let match = process.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), let port = Int(match.1) {
                    return Server(process: process, port: port)
                }
                if !process.process.isRunning { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            process.kill9()
            throw ServeFailure(message: "server did not start: \(process.stderr)")
        }

        func request(_ path: String, method: String = "GET", body: Data? = nil) async throws -> (Int, Data) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            request.httpBody = body
            if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        }

        func json<T: Decodable>(_ type: T.Type, _ path: String) async throws -> T {
            let (status, data) = try await request(path)
            #expect(status == 200, "GET \(path): \(status) \(String(decoding: data, as: UTF8.self))")
            return try JSONDecoder().decode(type, from: data)
        }

        func stop() async {
            process.process.interrupt()
            _ = await process.wait(timeout: 20)
        }
    }

    struct ServeFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    @Test("the API and the web page answer from PostgreSQL; an article POSTed to one server is seen by another")
    func api() async throws {
        let url = try ScratchPostgres.makeURL()
        let store = try await PostgresArchiveStore(url: url)
        try await ArchiveConformance.loadFixture(into: store)
        let first = try await Server.start(url)
        let second = try await Server.start(url)
        defer {
            Task {
                await first.stop(); await second.stop()
            }
        }

        let statistics = try await first.json(ArchiveStatistics.self, "/api/stats")
        #expect(statistics.articles == ArchiveFixture.articles.count)
        let search = try await first.json(Page<SearchHit>.self, "/api/search?q=desalination")
        #expect(search.items.first?.article.id == "fx/oreth-minimum-flow")
        #expect(search.items.first?.snippet.matches.isEmpty == false)
        let storyline = try await first.json(StorylineDetail.self, "/api/storylines/\(ArchiveFixture.orethStoryline)")
        #expect(storyline.events.items.map(\.id) == ArchiveFixture.orethEvents)
        let (status, page) = try await first.request("/search?q=oreth")
        #expect(status == 200)
        #expect(String(decoding: page, as: UTF8.self).contains("<mark>"))

        let posted = Data(
            #"{"id": "posted-1", "title": "Harbour crane collapses", "text": "A crane collapsed at the harbour on Friday.", "date": "2024-05-03"}"#
                .utf8)
        let (postStatus, answer) = try await first.request("/api/articles", method: "POST", body: posted)
        #expect(postStatus == 200 || postStatus == 201, "\(String(decoding: answer, as: UTF8.self))")
        let seen = try await second.json(ArticleDetail.self, "/api/articles/posted-1")
        #expect(seen.summary.title == "Harbour crane collapses")
        #expect(seen.event != nil, "the posted article joined an event")
        #expect(try await store.consistencyProblems() == [])
        await first.stop()
        await second.stop()
    }
}
