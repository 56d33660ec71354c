import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `storyline search`: full-text search over the archive's articles and quotes.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive's articles and quotes, best match first, with snippets.",
        discussion: """
            Every word must match (English stemming: "talks" finds "talk"); a word ending in * matches a prefix. \
            Punctuation and operators are ignored. Filters narrow the hits to a date range, to articles quoting a \
            speaker, or to articles mentioning an entity (names match case-insensitively, in part).

            Examples:
              storyline search peace talks
              storyline search ceasefire --from 2022-03-01 --to 2022-03-31
              storyline search negotiations --speaker peskov --json
              storyline search strike --entity velmora --limit 50 --offset 50
            """
    )

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(help: "Earliest publication day, YYYY-MM-DD.")
    var from: Day?

    @Option(help: "Latest publication day, YYYY-MM-DD.")
    var to: Day?

    @Option(help: "Keep quotes by this speaker, and articles that quote them.")
    var speaker: String?

    @Option(help: "Keep articles that mention this person, place or organisation.")
    var entity: String?

    @OptionGroup var paging: PagingOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !SearchTerm.parse(words.joined(separator: " ")).isEmpty else {
            throw ValidationError("give at least one word to search for")
        }
    }

    func run() async throws {
        let store = try await archive.open(create: false)
        let query = SearchQuery(
            text: words.joined(separator: " "), from: from, to: to, speaker: speaker, entity: entity)
        let page = try await store.search(query, page: paging.request)
        if output.json { return try ArchiveOutput.json(page) }
        let color = Terminal.stdoutSupportsColor
        if page.items.isEmpty {
            print("No match for \"\(query.text)\".")
            return
        }
        for (index, hit) in page.items.enumerated() {
            let kind = hit.kind == .quote ? "quote " : ""
            let date = hit.article.date?.description ?? "undated   "
            print(
                "\(String(page.offset + index + 1).padding(4))\(date)  \(kind)"
                    + ArchiveOutput.bold(hit.article.title ?? hit.article.id, color)
                    + ArchiveOutput.dim("  [\(hit.article.id)]", color))
            let snippet = hit.snippet.parts.map { part in
                part.match ? (color ? "\u{1B}[1;33m\(part.text)\u{1B}[0m" : "[\(part.text)]") : part.text
            }.joined().replacingOccurrences(of: "\n", with: " ")
            print("      " + snippet + (hit.speaker.map { " — \($0)" } ?? ""))
        }
        print(ArchiveOutput.dim(ArchiveOutput.footer(page), color))
    }
}
