import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `storyline events`: the archive's events, newest first.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the archive's events, newest first.",
        discussion: """
            Examples:
              storyline events --min-articles 3
              storyline events --from 2024-01-01 --to 2024-12-31 --json
            """
    )

    @Option(help: "Earliest event day, YYYY-MM-DD.")
    var from: Day?

    @Option(help: "Latest event day, YYYY-MM-DD.")
    var to: Day?

    @Option(help: "Only events with at least this many articles.")
    var minArticles = 1

    @OptionGroup var paging: PagingOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try await archive.open(create: false)
        let page = try await store.events(
            EventFilter(from: from, to: to, minArticles: minArticles), page: paging.request)
        if output.json { return try ArchiveOutput.json(page) }
        let color = Terminal.stdoutSupportsColor
        for event in page.items {
            print(
                "\(event.id.padding(8))\(event.date?.description ?? "undated   ")  \(String(event.articleCount).padding(4))"
                    + "\(event.title.prefix(80))" + ArchiveOutput.dim("  \(event.storyline ?? "")", color))
        }
        print(ArchiveOutput.dim(page.items.isEmpty ? "No events." : ArchiveOutput.footer(page), color))
    }

    /// A storyline and its events as a text timeline.
    static func describe(_ storyline: StorylineDetail, color: Bool) -> String {
        let summary = storyline.summary
        let span = summary.span.map { "\($0.from) … \($0.to)" } ?? "undated"
        var lines = [
            ArchiveOutput.bold(summary.title, color) + "  "
                + ArchiveOutput.dim(
                    "\(summary.id) · \(summary.eventCount) events · \(summary.articleCount) articles · \(span)", color)
        ]
        for event in storyline.events.items {
            lines.append(
                "  \(event.date?.description ?? "undated   ")  ● \(event.title)  "
                    + ArchiveOutput.dim("[\(event.id), \(event.articleCount) articles]", color))
        }
        return lines.joined(separator: "\n")
    }
}

/// `storyline storylines`: the archive's storylines, or one as a timeline.
struct StorylinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storylines",
        abstract: "List storylines (most events first), or show one storyline's events in date order.",
        discussion: """
            Examples:
              storyline storylines --min-events 2
              storyline storylines s3            the events of storyline s3, oldest first
              storyline storylines --json
            """
    )

    @Argument(help: "A storyline id to show as a timeline.")
    var id: String?

    @Option(help: "Only storylines with at least this many events.")
    var minEvents = 1

    @OptionGroup var paging: PagingOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try await archive.open(create: false)
        let color = Terminal.stdoutSupportsColor
        if let id {
            guard let detail = try await store.storyline(id: id, events: paging.request) else {
                Terminal.error("no storyline with id \"\(id)\" in \(archive.db)")
                throw StorylineExit.noInput
            }
            if output.json { return try ArchiveOutput.json(detail) }
            print(EventsCommand.describe(detail, color: color))
            return
        }
        let page = try await store.storylines(StorylineFilter(minEvents: minEvents), page: paging.request)
        if output.json { return try ArchiveOutput.json(page) }
        for storyline in page.items {
            let span = storyline.span.map { "\($0.from) … \($0.to)" } ?? "undated"
            print(
                "\(storyline.id.padding(8))\(String(storyline.eventCount).padding(4))events  \(span.padding(24))"
                    + "\(storyline.title.prefix(70))")
        }
        print(ArchiveOutput.dim(page.items.isEmpty ? "No storylines." : ArchiveOutput.footer(page), color))
    }
}
