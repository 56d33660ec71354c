import ArgumentParser
import Foundation
import StorylineCore

/// `storyline bench generate`: write the synthetic stream as labelled JSON Lines.
struct BenchGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the synthetic news stream as JSON Lines, with its ground truth.",
        discussion: """
            One article per line: id, title, text, date, a "label" (the event, or the copy group with \
            --label copies, so `storyline eval` can score it) and "truth" (event, storyline, copyGroup, copyOf, \
            copyKind). The same seed always writes the same stream.

            Examples:
              storyline bench generate --articles 2k > stream.jsonl
              storyline bench generate --articles 2k --label copies > copies.jsonl && \
            storyline eval copies copies.jsonl
            """
    )

    /// Which truth goes into the `label` field.
    enum Label: String, ExpressibleByArgument, CaseIterable {
        case events, copies, storylines
    }

    @Option(help: "Number of articles.")
    var articles = ArticleCounts(argument: "1k")!

    @Option(help: "Seed of the stream.")
    var seed: UInt64 = 1

    @Option(help: "Days the stream spans.")
    var spanDays = 1_095

    @Option(help: "What the label field holds: events, copies or storylines.")
    var label = Label.events

    func run() async throws {
        struct Line: Encodable {
            let id: String
            let title: String?
            let text: String
            let date: Day?
            let label: String
            let truth: SyntheticTruth
        }
        let count = articles.values.last!
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var buffer = Data()
        for item in SyntheticStream(SyntheticOptions(seed: seed, articles: count, spanDays: spanDays)) {
            let truth = item.truth
            let value: Int
            switch label {
            case .events: value = truth.event
            case .copies: value = truth.copyGroup
            case .storylines: value = truth.storyline
            }
            let line = Line(
                id: item.article.id, title: item.article.title, text: item.article.text, date: item.article.date,
                label: String(value), truth: truth)
            buffer.append(try encoder.encode(line))
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                Terminal.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        Terminal.write(buffer)
    }
}
