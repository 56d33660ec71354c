import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `storyline bench archive`: ingest a synthetic stream into a real archive, batch by batch, and report how the cost
/// of a batch grows with the archive.
struct BenchArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Ingest a synthetic stream into an archive batch by batch and report how a batch's cost grows.",
        discussion: """
            Does what `storyline ingest` does with the stream of `storyline bench generate` (full-length articles \
            with copies, events and storylines), one --batch-size batch per transaction, into a new archive: a \
            temporary SQLite file (removed afterwards), or --db (an SQLite file that does not exist yet, or a \
            postgres:// URL whose schema is empty). Each batch is timed on the wall clock. The batches are \
            reported in --windows groups:
              articles     archive size at the end of the group
              median s     median seconds of the group's batches that only advanced the state
              articles/s   the group's articles over all its time, checkpoints included
              checkpoints  batches of the group that saved the whole state, and their seconds
            `growth` is the last group's median over the first's: what the cost of a batch does as the archive \
            grows (the state is saved whole only at checkpoints; see docs/scaling.md).

            Examples:
              storyline bench archive --articles 50k
              storyline bench archive --articles 20k --db postgres://localhost/news?schema=bench --json
            """
    )

    @Option(help: "Articles of the synthetic stream (k and M suffixes accepted).")
    var articles = ArticleCounts(argument: "20k")!

    @Option(help: "Articles per batch (one transaction each), as `storyline ingest --batch-size`.")
    var batchSize = 500

    @Option(help: "Groups the batches are reported in.")
    var windows = 10

    @Option(help: "Seed of the synthetic stream.")
    var seed: UInt64 = 1

    @Option(help: "A new archive to ingest into (default: a temporary SQLite file, removed afterwards).")
    var db: String?

    @Flag(help: "Print the measurements as JSON.")
    var json = false

    /// One timed batch.
    struct Batch: Codable {
        var articles: Int
        var seconds: Double
        var checkpointed: Bool
    }

    /// One group of batches.
    struct Window: Codable {
        var firstBatch: Int
        var lastBatch: Int
        var archiveArticles: Int
        var medianSeconds: Double
        var articlesPerSecond: Double
        var checkpoints: [Checkpoint]
    }

    /// A batch that saved the whole state.
    struct Checkpoint: Codable {
        var batch: Int
        var archiveArticles: Int
        var seconds: Double
    }

    /// What the command prints with --json.
    struct Result: Codable {
        var articles: Int
        var batchSize: Int
        var backend: String
        var totalSeconds: Double
        var articlesPerSecond: Double
        var growth: Double
        var peakResidentBytes: Int?
        var windows: [Window]
        var batches: [Batch]
    }

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard windows > 0 else { throw ValidationError("--windows must be positive") }
    }

    func run() async throws {
        let count = articles.values.last!
        let stream = SyntheticStream(SyntheticOptions(seed: seed, articles: count)).map(\.article)
        var temporary: URL?
        let location: String
        if let db {
            location = db
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "storyline-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            temporary = folder
            location = folder.appendingPathComponent("archive.sqlite").path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let store = try await ArchiveFactory.open(location, create: true)
        guard try await store.statistics().articles == 0 else {
            Terminal.error("\(location) already holds articles; bench archive needs a new, empty archive")
            throw ExitCode.validationFailure
        }
        let ingestor = ArchiveIngestor()
        let bar = ProgressBar(label: "archive")
        var batches: [Batch] = []
        let began = MonotonicClock.nanoseconds()
        for start in stride(from: 0, to: stream.count, by: batchSize) {
            let slice = Array(stream[start..<min(start + batchSize, stream.count)])
            let t0 = MonotonicClock.nanoseconds()
            let outcome = try await store.ingest(slice, with: ingestor)
            let seconds = Double(MonotonicClock.nanoseconds() - t0) / 1e9
            batches.append(Batch(articles: outcome.added.count, seconds: seconds, checkpointed: outcome.checkpointed))
            bar.update(start + slice.count, of: stream.count)
        }
        bar.finish()
        let total = Double(MonotonicClock.nanoseconds() - began) / 1e9
        let result = summary(batches, total: total, backend: ArchiveFactory.backend(of: location).rawValue)
        if json {
            var data = try Report.encoder.encode(result)
            data.append(0x0A)
            Terminal.write(data)
        } else {
            print(table(result))
        }
    }

    /// The batches grouped into windows, with the run's totals.
    func summary(_ batches: [Batch], total: Double, backend: String) -> Result {
        let size = max(1, (batches.count + windows - 1) / windows)
        var groups: [Window] = []
        var stored = 0
        for first in stride(from: 0, to: batches.count, by: size) {
            let group = Array(batches[first..<min(first + size, batches.count)])
            var checkpoints: [Checkpoint] = []
            for (offset, batch) in group.enumerated() {
                stored += batch.articles
                if batch.checkpointed {
                    checkpoints.append(
                        Checkpoint(batch: first + offset + 1, archiveArticles: stored, seconds: batch.seconds))
                }
            }
            let plain = group.filter { !$0.checkpointed }.map(\.seconds).sorted()
            let seconds = group.reduce(0) { $0 + $1.seconds }
            groups.append(
                Window(
                    firstBatch: first + 1, lastBatch: first + group.count, archiveArticles: stored,
                    medianSeconds: plain.isEmpty ? 0 : plain[plain.count / 2],
                    articlesPerSecond: seconds > 0 ? Double(group.reduce(0) { $0 + $1.articles }) / seconds : 0,
                    checkpoints: checkpoints))
        }
        let medians = groups.map(\.medianSeconds).filter { $0 > 0 }
        let growth = (medians.first).flatMap { first in medians.last.map { first > 0 ? $0 / first : 0 } } ?? 0
        return Result(
            articles: stored, batchSize: batchSize, backend: backend, totalSeconds: total,
            articlesPerSecond: total > 0 ? Double(stored) / total : 0, growth: growth,
            peakResidentBytes: ProcessMemory.current()?.peakResidentBytes, windows: groups, batches: batches)
    }

    /// The human table of a result.
    func table(_ result: Result) -> String {
        var rows = [["batches", "articles", "median s", "articles/s", "checkpoints (batch: seconds)"]]
        for window in result.windows {
            rows.append([
                "\(window.firstBatch)-\(window.lastBatch)", String(window.archiveArticles),
                String(format: "%.3f", window.medianSeconds), String(format: "%.0f", window.articlesPerSecond),
                window.checkpoints.map { "\($0.batch): \(String(format: "%.2f", $0.seconds))" }
                    .joined(separator: ", "),
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            var line = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        let peak = result.peakResidentBytes.map { String(format: ", peak memory %.0f MB", Double($0) / 1_048_576) }
        lines.append(
            "\(result.articles) articles in \(String(format: "%.1f", result.totalSeconds)) s "
                + "(\(String(format: "%.0f", result.articlesPerSecond)) articles/s, \(result.backend), batches of "
                + "\(result.batchSize))\(peak ?? ""); median batch grew \(String(format: "%.2f", result.growth))× "
                + "from the first group to the last")
        return lines.joined(separator: "\n")
    }
}
