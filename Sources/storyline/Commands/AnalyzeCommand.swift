import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline analyze`: read articles and print the report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles: copies, events, storylines, dates, quotes and entities.",
        discussion: """
            Reads every input, then prints a short summary, or with --json the full report \
            (articles, copies, events, storylines, quotes, entities; documented in docs/report.md). \
            The same input always gives byte-identical JSON.

            Bad inputs (empty, binary, invalid UTF-8, too large, malformed JSON Lines, HTML without text, missing \
            paths) are reported on stderr, one line each naming the file and line, and skipped; --strict makes \
            the first one fatal.

            Examples:
              storyline analyze ../articles
              storyline analyze feed.jsonl page.html notes.txt --json > report.json
              cat feed.jsonl | storyline analyze - --json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !input.paths.isEmpty else { throw ValidationError("give at least one file, folder or `-`") }
    }

    func run() async throws {
        let logger = LogSetup.logger("analyze")
        let read = try input.readArticles()
        logger.info("read \(read.articles.count) articles, skipped \(read.skipped)")
        let report = ReportRunner.analyze(read.articles, options: try input.analysis.analysisOptions())
        if output.json {
            Terminal.write(try report.jsonData())
        } else {
            print(ReportSummary(report: report, read: read).text(color: Terminal.stdoutSupportsColor))
        }
        if read.hasMissingInput { throw StorylineExit.noInput }
    }
}

/// Runs the analyzer with a progress bar when the input is large.
enum ReportRunner {
    /// Analyses `articles`, drawing progress on stderr for inputs of 200 articles or more.
    static func analyze(_ articles: [Article], options: AnalysisOptions = AnalysisOptions()) -> Report {
        let bar = articles.count >= 200 ? ProgressBar(label: "analysing") : nil
        let report = Analyzer(options: options).analyze(articles) { done, total in bar?.update(done, of: total) }
        bar?.finish()
        return report
    }
}
