import Foundation
import StorylineCore
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

@testable import StorylinePostgres

/// Several `storyline ingest` processes on one PostgreSQL archive: nothing lost, nothing duplicated, one event per
/// article, and a worker killed mid-batch leaves only whole batches behind.
@Suite(
    "Concurrent ingest on PostgreSQL",
    .enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"),
    .enabled(if: ScratchPostgres.isConfigured, Comment(rawValue: ScratchPostgres.skipMessage)),
    .serialized)
struct ConcurrentIngestTests {
    /// Writes `articles` as JSON Lines to a new temporary file.
    static func jsonLines(_ articles: [Article]) throws -> String {
        let folder = try ScratchFolder.make("input-")
        let path = folder.appendingPathComponent("articles.jsonl").path
        var text = ""
        for article in articles {
            var record: [String: String] = ["id": article.id, "text": article.text]
            record["title"] = article.title
            record["date"] = article.date?.description
            text += String(decoding: try JSONEncoder().encode(record), as: UTF8.self) + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The stored events' members, by event, from the rows; and the same from the saved analysis state.
    static func memberships(_ store: PostgresArchiveStore) async throws -> (
        rows: [String: Set<String>], state: [String: Set<String>]
    ) {
        let rows = try await store.read { queries in
            try await queries.rows(SQLStatement("SELECT id, event_id FROM articles")).map {
                (try $0.string("id"), try $0.optionalString("event_id") ?? "")
            }
        }
        var fromRows: [String: Set<String>] = [:]
        for (article, event) in rows { fromRows[event, default: []].insert(article) }
        let state = try await store.analysisState()
        var fromState: [String: Set<String>] = [:]
        for event in state.eventState.events where !event.articles.isEmpty {
            fromState[event.id, default: []].formUnion(event.articles)
        }
        return (fromRows, fromState)
    }

    @Test("4 workers on overlapping and identical inputs store each article once, each in exactly one event")
    func fourWorkers() async throws {
        let url = try ScratchPostgres.makeURL()
        let all = SyntheticArticles.make(count: 400, perDay: 10, length: 30)
        // The same content as the first 20 articles under other ids: whichever comes first is kept, once.
        let renamed = all.prefix(20).map { article -> Article in
            var copy = article
            copy.id = "dup-" + article.id
            return copy
        }
        let inputs = [
            try Self.jsonLines(Array(all[0..<200])),
            try Self.jsonLines(Array(all[100..<300])),
            try Self.jsonLines(renamed + Array(all[200..<400])),
        ]
        let lineCounts = [200, 200, 220, 200]
        // Worker 4 reads the same file as worker 2.
        let files = inputs + [inputs[1]]
        let workers = try files.map { file in
            try WorkerProcess(["ingest", file, "--db", url, "--batch-size", "25", "--json", "--quiet"])
        }
        var outcomes: [IngestOutcome] = []
        for worker in workers {
            let status = await worker.wait()
            #expect(status == 0, "worker failed: \(worker.stderr)")
            outcomes.append(try JSONDecoder().decode(IngestOutcome.self, from: worker.stdout))
        }
        for (outcome, lines) in zip(outcomes, lineCounts) {
            #expect(outcome.added.count + outcome.skipped.count == lines, "every line added or skipped, once")
        }
        let added = outcomes.flatMap(\.added).map(\.id)
        #expect(added.count == 400, "each distinct article added by exactly one worker")
        #expect(Set(added).count == 400)

        let store = try await PostgresArchiveStore(url: url)
        let statistics = try await store.statistics()
        #expect(statistics.articles == 400, "article count equals the number of distinct articles")
        let stored = try await store.read { queries in
            try await queries.rows(SQLStatement("SELECT id, content_hash FROM articles")).map {
                (try $0.string("id"), try $0.string("content_hash"))
            }
        }
        #expect(Set(stored.map(\.1)).count == 400, "no content stored twice")
        for (index, article) in all.enumerated() where index < 20 {
            let kept = stored.filter { $0.0 == article.id || $0.0 == "dup-" + article.id }
            #expect(kept.count == 1, "\(article.id) or its renamed copy, exactly one")
        }
        try await ArchiveConformance.checkEveryArticleInOneEvent(store)
        #expect(try await store.consistencyProblems() == [])
        let state = try await store.analysisState()
        #expect(state.version == statistics.batches, "one state version per committed batch")
        #expect(state.copyIndex.count == 400, "the copy index holds every article once")
        let memberships = try await Self.memberships(store)
        #expect(memberships.rows == memberships.state, "the rows and the saved event state agree on every event")
    }

    @Test("a worker killed (SIGKILL) mid-batch leaves only whole batches; running again completes the rest")
    func killedWorker() async throws {
        let url = try ScratchPostgres.makeURL()
        let articles = SyntheticArticles.make(count: 3_000, perDay: 20, length: 120)
        let input = try Self.jsonLines(articles)
        let store = try await PostgresArchiveStore(url: url)
        let worker = try WorkerProcess(["ingest", input, "--db", url, "--batch-size", "100", "--quiet"])

        // Kill once at least one batch has committed and the worker holds the write lock (is inside a batch).
        let deadline = Date().addingTimeInterval(240)
        var killedInsideBatch = false
        while Date() < deadline {
            let (batches, writing) = try await store.read { queries in
                let batches = try await queries.count(SQLStatement("SELECT count(*) AS count FROM ingest_batches"))
                let writing = try await queries.count(
                    SQLStatement(
                        """
                        SELECT count(*) AS count FROM pg_locks l JOIN pg_stat_activity s ON s.pid = l.pid
                        WHERE l.locktype = 'advisory' AND l.granted AND s.application_name = 'storyline'
                            AND s.pid <> pg_backend_pid()
                        """))
                return (batches, writing)
            }
            if batches >= 1 && writing > 0 {
                worker.kill9()
                killedInsideBatch = true
                break
            }
            if !worker.process.isRunning { break }
            try await Task.sleep(for: .milliseconds(5))
        }
        _ = await worker.wait()
        #expect(killedInsideBatch, "the worker was killed while it held the write lock")
        #expect(worker.process.terminationReason == .uncaughtSignal)

        // The server rolls the dead worker's transaction back when its connection drops.
        var problems = try await store.consistencyProblems()
        let statistics = try await store.statistics()
        #expect(statistics.articles > 0 && statistics.articles < 3_000, "some batches committed, not all")
        #expect(statistics.articles % 100 == 0, "only whole batches of 100: \(statistics.articles)")
        #expect(problems == [])
        let state = try await store.analysisState()
        #expect(state.version == statistics.batches)
        #expect(state.copyIndex.count == statistics.articles)
        try await ArchiveConformance.checkEveryArticleInOneEvent(store)

        let again = try WorkerProcess(["ingest", input, "--db", url, "--batch-size", "100", "--json", "--quiet"])
        let status = await again.wait()
        #expect(status == 0, "\(again.stderr)")
        let outcome = try JSONDecoder().decode(IngestOutcome.self, from: again.stdout)
        #expect(outcome.added.count == 3_000 - statistics.articles, "the rerun adds exactly what was missing")
        #expect(outcome.skipped.count == statistics.articles)
        #expect(try await store.statistics().articles == 3_000)
        problems = try await store.consistencyProblems()
        #expect(problems == [])
        try await ArchiveConformance.checkEveryArticleInOneEvent(store)
    }
}
