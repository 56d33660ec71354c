import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `storyline show`: one article (or event, or storyline) with everything the archive knows about it.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an article with its dates, copies (explained), event, storyline, quotes and entities.",
        discussion: """
            The id is an article id; when no article has it, an event or storyline id is tried. Exit code 66 when \
            nothing has this id.

            Examples:
              storyline show wire/2024-03-12-velmora-strike
              storyline show e12 --json
            """
    )

    @Argument(help: "Article, event or storyline id.")
    var id: String

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try await archive.open(create: false)
        let color = Terminal.stdoutSupportsColor
        if let detail = try await store.article(id: id) {
            if output.json { return try ArchiveOutput.json(detail) }
            print(describe(detail, color: color))
        } else if let event = try await store.event(id: id, articles: PageRequest(limit: PageRequest.maximumLimit)) {
            if output.json { return try ArchiveOutput.json(event) }
            print(ArchiveOutput.bold(event.summary.title, color) + "  \(event.summary.date?.description ?? "undated")")
            print(
                "event \(event.summary.id) · \(event.summary.articleCount) articles · storyline \(event.summary.storyline ?? "-")"
            )
            for article in event.articles.items {
                print("  \(article.date?.description ?? "undated   ")  \(article.title ?? article.id)  [\(article.id)]")
            }
        } else if let storyline = try await store.storyline(
            id: id, events: PageRequest(limit: PageRequest.maximumLimit))
        {
            if output.json { return try ArchiveOutput.json(storyline) }
            print(EventsCommand.describe(storyline, color: color))
        } else {
            Terminal.error("no article, event or storyline with id \"\(id)\" in \(archive.db)")
            throw StorylineExit.noInput
        }
    }

    private func describe(_ detail: ArticleDetail, color: Bool) -> String {
        let summary = detail.summary
        var lines = [ArchiveOutput.bold(summary.title ?? summary.id, color)]
        var date = summary.date?.description ?? "undated"
        if let source = summary.dateSource { date += " (\(source.rawValue))" }
        if let range = detail.dateRange { date += ", between \(range.from) and \(range.to)" }
        lines.append(ArchiveOutput.dim("\(summary.id) · \(date) · \(summary.words) words · \(summary.source)", color))
        if !detail.dateEvidence.isEmpty {
            lines.append(ArchiveOutput.dim("date evidence: " + detail.dateEvidence.joined(separator: "; "), color))
        }
        if let event = detail.event {
            lines.append(
                "event \(event.id): \(event.title) (\(event.date?.description ?? "undated"), \(event.articleCount) articles)"
            )
        }
        if let storyline = detail.storyline {
            lines.append("storyline \(storyline.id): \(storyline.title) (\(storyline.eventCount) events)")
        }
        lines.append("")
        lines.append(detail.text)
        if !detail.copies.isEmpty {
            lines.append("")
            lines.append(ArchiveOutput.bold("Copies", color))
            for link in detail.copies {
                let relation = link.role == .copyOf ? "copies" : "copied by"
                var line =
                    "  \(link.copy.kind.rawValue) · \(relation) \(link.other.id) · score \(String(format: "%.2f", link.copy.score))"
                let swaps = link.copy.explanation.swaps.prefix(6).map { "\($0.from)→\($0.to)" }
                if !swaps.isEmpty { line += " · swaps: " + swaps.joined(separator: ", ") }
                lines.append(line)
            }
        }
        if !detail.quotes.isEmpty {
            lines.append("")
            lines.append(ArchiveOutput.bold("Quotes", color))
            for quote in detail.quotes { lines.append("  “\(quote.text)” — \(quote.speaker ?? "unattributed")") }
        }
        if !detail.entities.isEmpty {
            lines.append("")
            lines.append(
                ArchiveOutput.bold("Entities", color) + " "
                    + detail.entities.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
