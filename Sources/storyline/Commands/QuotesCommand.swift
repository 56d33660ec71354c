import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline quotes`: what a person said, with dates, the same sentence grouped across articles and years.
struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List what a person said, with dates; repeated sentences are grouped.",
        discussion: """
            Reads the inputs, finds direct quotes and their speakers, and lists the quotes of the speaker asked \
            for (full name, surname, or a spelling one letter apart: "Zelenskyy" finds "Volodymyr Zelensky"). \
            Each article is dated (its date line or marker, else an inferred date, marked ~). The same sentence \
            said again in another article or year is shown once with every date it appeared.
            Without --speaker, every attributed quote is listed, by speaker.

            Examples:
              storyline quotes --speaker Peskov ../shared/seeds
              storyline quotes --speaker "Dmitry Peskov" feed.jsonl --json
              storyline quotes Examples
            """
    )

    @Option(help: "Speaker to list: full name or surname (case-insensitive).")
    var speaker: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !input.paths.isEmpty else { throw ValidationError("give at least one file, folder or `-`") }
        if let speaker, speaker.allSatisfy(\.isWhitespace) { throw ValidationError("--speaker needs a name") }
    }

    /// The JSON shape of the command's output.
    struct Output: Codable {
        var speaker: String?
        var groups: [SpeakerGroups]
    }

    /// One speaker's grouped quotes.
    struct SpeakerGroups: Codable {
        var speaker: String
        var quotes: Int
        var groups: [QuoteGroup]
    }

    func run() async throws {
        let read = try input.readArticles()
        let report = ReportRunner.analyze(read.articles, options: try input.analysis.analysisOptions())
        var dates: [String: DateResolution] = [:]
        for article in report.articles {
            dates[article.id] = DateResolution(date: article.date, source: article.dateSource)
        }
        var bySpeaker: [String: [QuoteReport]] = [:]
        for quote in report.quotes {
            guard let name = quote.speaker else { continue }
            if let speaker, !QuoteGrouping.speaker(name, matches: speaker) { continue }
            bySpeaker[name, default: []].append(quote)
        }
        let result = bySpeaker.keys.sorted().map { name in
            SpeakerGroups(
                speaker: name, quotes: bySpeaker[name]!.count,
                groups: QuoteGrouping.groups(bySpeaker[name]!, dates: dates))
        }
        if output.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(try encoder.encode(Output(speaker: speaker, groups: result)) + Data("\n".utf8))
        } else if result.isEmpty {
            Terminal.error(
                speaker.map { "no quotes by \"\($0)\" in \(read.articles.count) articles" }
                    ?? "no attributed quotes found")
        } else {
            print(text(result))
        }
        if read.hasMissingInput { throw StorylineExit.noInput }
    }

    private func text(_ speakers: [SpeakerGroups]) -> String {
        var lines: [String] = []
        for entry in speakers {
            let repeated = entry.groups.filter { $0.occurrences.count > 1 }.count
            lines.append(
                "\(entry.speaker): \(entry.quotes) quotes, \(entry.groups.count) distinct, \(repeated) repeated")
            for group in entry.groups {
                lines.append("  \"\(group.text)\"")
                for occurrence in group.occurrences {
                    let date =
                        occurrence.date.map { "\($0)\(occurrence.dateSource == .inferred ? "~" : " ")" }
                        ?? "undated    "
                    var line = "    \(date) \(occurrence.article) (sentence \(occurrence.sentence)"
                    line += occurrence.verb.map { ", \($0))" } ?? ")"
                    if occurrence.text != group.text { line += ": \"\(occurrence.text)\"" }
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
