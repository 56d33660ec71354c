import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest
import StorylineStore

/// `storyline ingest`: add articles to the archive, incrementally.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the archive; new articles join existing events, storylines and copy groups.",
        discussion: """
            Reads inputs like `analyze` (files, folders, JSON Lines, HTML, `-` for standard input) and stores every \
            article not stored yet. Copies, events, storylines, dates, quotes and entities are computed \
            incrementally against what the archive already holds; nothing stored is recomputed.

            An article already stored (same id, or the same headline, date and words under another id) is skipped \
            and reported; re-ingesting the same input changes nothing and says so.

            Articles are stored in batches (--batch-size), each in one transaction: if the command is interrupted, \
            even by kill -9, the archive holds every batch committed before, none half-written, and running the \
            same command again completes the rest.

            Examples:
              storyline ingest ../articles                     into ./storyline.sqlite
              storyline ingest feed.jsonl --db news.sqlite
              STORYLINE_DB=news.sqlite storyline ingest new/   then: storyline serve
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Articles per transaction.")
    var batchSize = 500

    @Flag(help: "Print nothing on stderr but errors (no per-batch lines).")
    var quiet = false

    func validate() throws {
        guard !input.paths.isEmpty else { throw ValidationError("give at least one file, folder or `-`") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func run() async throws {
        let logger = LogSetup.logger("ingest")
        let read = try input.readArticles()
        let store = try await archive.open(create: true)
        let articles = read.articles
        let batches = stride(from: 0, to: articles.count, by: batchSize).map {
            Array(articles[$0..<min($0 + batchSize, articles.count)])
        }
        let ingestor = ArchiveIngestor(options: try input.analysis.analysisOptions())
        // The last batch saves the whole analysis state, so the next command starts from it without replaying.
        var last = ingestor
        last.checkpoints = .everyBatch
        var total = IngestOutcome()
        // Each batch is prepared (documents, dates, names, quotes) while the one before it is written.
        func preparing(_ index: Int) -> Task<PreparedBatch, any Error>? {
            guard index < batches.count else { return nil }
            return Task { try await store.prepare(batches[index], with: ingestor) }
        }
        var next = preparing(0)
        for index in batches.indices {
            let outcome: IngestOutcome
            do {
                guard let prepared = try await next?.value else { break }
                next = preparing(index + 1)
                outcome = try await store.ingest(prepared, with: index == batches.count - 1 ? last : ingestor)
            } catch let error as ArchiveError {
                Terminal.error("batch \(index + 1) of \(batches.count) failed, nothing of it was stored: \(error)")
                throw StorylineExit.ioError
            }
            total.merge(outcome)
            if !quiet && batches.count > 1 {
                Terminal.error(
                    "batch \(index + 1)/\(batches.count) committed: \(outcome.added.count) added, "
                        + "\(outcome.skipped.count) already stored")
            }
            logger.info("batch \(index + 1): \(outcome.added.count) added, \(outcome.skipped.count) skipped")
        }
        if output.json {
            try ArchiveOutput.json(total)
        } else {
            print(summary(total, read: read, color: Terminal.stdoutSupportsColor))
        }
        if read.hasMissingInput { throw StorylineExit.noInput }
    }

    private func summary(_ outcome: IngestOutcome, read: IngestResult, color: Bool) -> String {
        var lines: [String] = []
        let sameID = outcome.skipped.filter { $0.reason == .sameID }.count
        let sameContent = outcome.skipped.count - sameID
        if outcome.added.isEmpty {
            lines.append(
                ArchiveOutput.bold("Nothing changed", color)
                    + ": all \(outcome.skipped.count) articles read are already in \(archive.db) "
                    + "(\(sameID) same id, \(sameContent) same content under another id).")
        } else {
            lines.append(
                ArchiveOutput.bold("Added \(outcome.added.count) articles", color) + " to \(archive.db): "
                    + "\(outcome.newEvents) opened new events, \(outcome.joinedEvents) joined existing events; "
                    + "\(outcome.added.reduce(0) { $0 + $1.copies }) copy relations found.")
            if !outcome.skipped.isEmpty {
                lines.append(
                    "Skipped \(outcome.skipped.count) already stored (\(sameID) same id, \(sameContent) same content "
                        + "under another id).")
            }
        }
        if !outcome.redated.isEmpty {
            lines.append(
                "Dated \(outcome.redated.count) stored article\(outcome.redated.count == 1 ? "" : "s") that had no "
                    + "date, from the new articles' evidence.")
        }
        for skipped in outcome.skipped.filter({ $0.reason == .sameContent }).prefix(10) {
            lines.append(ArchiveOutput.dim("  \(skipped.id): same content as \(skipped.existing)", color))
        }
        if read.skipped > 0 { lines.append("\(read.skipped) inputs were unreadable (see the messages above).") }
        return lines.joined(separator: "\n")
    }
}
