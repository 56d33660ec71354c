import Foundation
import StorylineCore
import StorylineSQLite
import StorylineStore
import StorylineTestSupport
import Testing

/// `storyline ingest | search | show | events | storylines` on a temporary archive (SQLite, and PostgreSQL when a
/// test server is configured).
@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct ArchiveCommandTests {
    static func temporaryDB() -> String { ScratchFolder.archivePath("cli-") }

    @Test(
        "ingest stores the examples, and ingesting them again changes nothing and says so",
        arguments: ArchiveBackend.available)
    func ingestTwice(_ backend: ArchiveBackend) throws {
        let db = try backend.makeLocation()
        let first = try CommandRunner.run([
            "ingest", "Examples/wire", "Examples/press", "Examples/feeds", "--db", db, "--json",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let outcome = try JSONDecoder().decode(IngestOutcome.self, from: first.stdout)
        #expect(outcome.added.count == 15)
        #expect(outcome.added.allSatisfy { $0.event != nil && $0.storyline != nil })
        let second = try CommandRunner.run(["ingest", "Examples/wire", "Examples/press", "Examples/feeds", "--db", db])
        #expect(second.status == 0)
        #expect(second.text.contains("Nothing changed"))
        #expect(second.text.contains("15 same id"))
    }

    @Test(
        "the last batch of an ingest command saves the whole state, so the next process replays nothing",
        arguments: ArchiveBackend.available)
    func lastBatchCheckpoints(_ backend: ArchiveBackend) async throws {
        let db = try backend.makeLocation()
        let run = try CommandRunner.run([
            "ingest", "Examples/wire", "Examples/press", "Examples/feeds", "--db", db, "--batch-size", "4", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let state = try await backend.open(db).analysisState()
        #expect(state.version == 4, "15 articles in batches of 4")
        #expect(state.copyIndex.count == 15)
        // Batches 2 and 3 only advanced the version (fewer than 2,000 articles since the first batch's checkpoint);
        // without the final checkpoint a new process would replay 11 articles.
        #expect(state.pendingArticles == 0)
    }

    @Test("the same content under another path is recognised and skipped", arguments: ArchiveBackend.available)
    func sameContentElsewhere(_ backend: ArchiveBackend) throws {
        let db = try backend.makeLocation()
        let folder = URL(fileURLWithPath: Self.temporaryDB()).deletingLastPathComponent().appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = CommandRunner.packageRoot + "/Examples/wire/2024-03-12-velmora-strike.txt"
        try FileManager.default.copyItem(atPath: source, toPath: folder.appendingPathComponent("renamed.txt").path)
        #expect(try CommandRunner.run(["ingest", "Examples/wire", "--db", db]).status == 0)
        let again = try CommandRunner.run(["ingest", folder.path, "--db", db, "--json"])
        let outcome = try JSONDecoder().decode(IngestOutcome.self, from: again.stdout)
        #expect(outcome.added.isEmpty)
        #expect(outcome.skipped == [.init(id: "renamed", reason: .sameContent, existing: "2024-03-12-velmora-strike")])
    }

    @Test(
        "search, show, events and storylines read the archive, as text and as JSON", arguments: ArchiveBackend.available
    )
    func readCommands(_ backend: ArchiveBackend) throws {
        let db = try backend.makeLocation()
        #expect(try CommandRunner.run(["ingest", "Examples", "--db", db]).status == 0)
        let search = try CommandRunner.run(["search", "strike", "Velmora", "--db", db, "--json"])
        #expect(search.status == 0, "\(search.stderr)")
        let hits = try JSONDecoder().decode(Page<SearchHit>.self, from: search.stdout)
        #expect(hits.total > 0)
        #expect(hits.items.allSatisfy { !$0.snippet.matches.isEmpty })
        let text = try CommandRunner.run(["search", "strike", "--db", db, "--limit", "2"])
        #expect(text.text.contains("[strike]") || text.text.contains("[Strike]"))
        #expect(text.text.contains("next: --offset 2"))
        let show = try CommandRunner.run(["show", "wire/2024-03-12-velmora-strike", "--db", db, "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let detail = try JSONDecoder().decode(ArticleDetail.self, from: show.stdout)
        #expect(detail.summary.date == Day(year: 2024, month: 3, day: 12))
        let eventID = try #require(detail.event?.id)
        let event = try CommandRunner.run(["show", eventID, "--db", db])
        #expect(event.text.contains("event \(eventID)"))
        let events = try CommandRunner.run(["events", "--db", db, "--json", "--limit", "3"])
        let eventPage = try JSONDecoder().decode(Page<EventSummary>.self, from: events.stdout)
        #expect(eventPage.items.count == 3)
        let storylines = try CommandRunner.run(["storylines", "--db", db, "--json"])
        let storylinePage = try JSONDecoder().decode(Page<StorylineSummary>.self, from: storylines.stdout)
        #expect(storylinePage.total > 0)
        let one = try CommandRunner.run(["storylines", storylinePage.items[0].id, "--db", db])
        #expect(one.status == 0)
        #expect(one.text.contains("●"))
    }

    @Test("exit codes: missing archive 66, unknown id 66, bad flags or URL 64, unreachable server 74")
    func exitCodes() throws {
        let db = Self.temporaryDB()
        let missing = try CommandRunner.run(["search", "x", "--db", db])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no archive at"))
        #expect(!FileManager.default.fileExists(atPath: db), "reading must not create an archive")
        #expect(try CommandRunner.run(["ingest", "Examples/wire", "--db", db]).status == 0)
        #expect(try CommandRunner.run(["show", "nothing-here", "--db", db]).status == 66)
        #expect(try CommandRunner.run(["events", "--db", db, "--limit", "0"]).status == 64)
        #expect(try CommandRunner.run(["search", "--db", db, "--", "!!"]).status == 64)
        #expect(try CommandRunner.run(["search", "x", "--from", "2024-99-01", "--db", db]).status == 64)
        #expect(
            try CommandRunner.run(["events", "--db", "postgres://localhost/db"]).status == 64, "a URL without a user")
        let unreachable = try CommandRunner.run(["events", "--db", "postgres://u@127.0.0.1:1/db"])
        #expect(unreachable.status == 74)
        #expect(unreachable.stderr.contains("cannot open archive postgres://u@127.0.0.1:1/db"))
        let env = try CommandRunner.run(["events"], environment: ["STORYLINE_DB": db])
        #expect(env.status == 0, "STORYLINE_DB selects the archive: \(env.stderr)")
    }

    @Test("articles from standard input are stored even when another path is missing (exit 66)")
    func stdinAndMissing() async throws {
        let db = Self.temporaryDB()
        let input = Data(#"{"id": "stdin-1", "text": "From standard input."}"#.utf8)
        let result = try CommandRunner.run(["ingest", "-", "/nonexistent/path", "--db", db], input: input)
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/path"))
        let store = try SQLiteArchiveStore(path: db)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try await store.article(id: "stdin-1")?.text == "From standard input.")
    }
}
