import Foundation
import StorylineSQLite
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` in the middle of a large ingest leaves the archive as it was before the batch or after it, and the
/// next ingest completes with no duplicates: a real child process, killed with SIGKILL mid-batch.
@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct IngestKillTests {
    static let total = 12_000
    static let batch = 1_000

    /// Writes a JSON Lines file of `total` distinct articles of about 120 words.
    static func writeInput(_ url: URL) throws {
        var text = ""
        for article in SyntheticArticles.make(count: total, prefix: "kill", perDay: 40, length: 120) {
            let object: [String: Any] = [
                "id": article.id, "title": article.title ?? "", "date": article.date!.description, "text": article.text,
            ]
            text += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        try Data(text.utf8).write(to: url)
    }

    @Test("SIGKILL mid-batch: whole batches only, integrity ok; a re-run completes with no duplicates")
    func killMidBatch() async throws {
        let folder = try ScratchFolder.make("kill-")
        let input = folder.appendingPathComponent("large.jsonl")
        let db = folder.appendingPathComponent("archive.sqlite").path
        try Self.writeInput(input)
        let arguments = [
            "ingest", input.path, "--db", db, "--batch-size", String(Self.batch), "--max-bytes", "500000000",
        ]

        let killedAfter = try await Blocking.run { try Self.runAndKill(arguments, afterBatch: 2) }
        let store = try SQLiteArchiveStore(path: db)
        #expect(try store.integrityCheck() == ["ok"])
        let stored = try await store.statistics()
        print(
            "kill test: killed \(String(format: "%.0f", killedAfter.delay * 1000)) ms into batch 3; \(stored.articles) articles stored in \(stored.batches) batches"
        )
        #expect(stored.articles % Self.batch == 0, "a half-written batch: \(stored.articles) articles")
        #expect(stored.articles >= 2 * Self.batch && stored.articles < Self.total, "killed mid-run: \(stored.articles)")
        #expect(stored.batches == stored.articles / Self.batch)
        #expect(
            try await store.analysisState().version == stored.batches, "state saved with every batch, and only then")
        try await ArchiveConformance.checkEveryArticleInOneEvent(store)

        let rerun = try CommandRunner.run(arguments + ["--json", "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let outcome = try JSONDecoder().decode(IngestOutcome.self, from: rerun.stdout)
        #expect(outcome.added.count == Self.total - stored.articles)
        #expect(outcome.skipped.count == stored.articles)
        #expect(outcome.skipped.allSatisfy { $0.reason == .sameID })
        let final = try await store.statistics()
        #expect(final.articles == Self.total)
        #expect(try store.integrityCheck() == ["ok"])
        try await ArchiveConformance.checkEveryArticleInOneEvent(store)
        try? FileManager.default.removeItem(at: folder)
    }

    struct Killed {
        var delay: Double
    }

    /// Starts `storyline`, waits until batch `afterBatch` is committed, then kills it with SIGKILL about half a
    /// batch later (the time the batches so far took, halved).
    static func runAndKill(_ arguments: [String], afterBatch: Int) throws -> Killed {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.executable!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CommandRunner.packageRoot)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var text = ""
        var commits: [Date] = []
        while commits.count < afterBatch {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty {
                process.waitUntilExit()
                throw CommandFailure(message: "storyline exited before batch \(afterBatch): \(text)")
            }
            text += String(decoding: data, as: UTF8.self)
            let count = text.components(separatedBy: " committed: ").count - 1
            while commits.count < count { commits.append(Date()) }
        }
        let perBatch = commits.last!.timeIntervalSince(commits.count > 1 ? commits[commits.count - 2] : started)
        let delay = max(0.05, perBatch / 2)
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL else {
            throw CommandFailure(message: "storyline was not killed (status \(process.terminationStatus))")
        }
        return Killed(delay: delay)
    }

    struct CommandFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Runs blocking code on a thread of its own.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}
