import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest
import StorylineStore

/// `storyline demo`: analyse the example corpus shipped in `Examples/`.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Analyse the shipped example corpus (Examples/), store it in an SQLite archive, print the findings.",
        discussion: """
            The corpus is fictional: a wire story with exact, near, partial and synonym-spun copies, several \
            events, a storyline over two years, undated articles and quoted speakers, in .txt, .jsonl and .html.

            The articles are also ingested into an archive (default storyline-demo.sqlite in the current folder; \
            running the demo again finds them already stored), so that the next commands have something to show:
              storyline search strike --db storyline-demo.sqlite
              storyline storylines --db storyline-demo.sqlite
              storyline serve --db storyline-demo.sqlite        then open http://127.0.0.1:8080/
            """
    )

    @Option(help: "The example folder (default: Examples/ in the current directory or the package).")
    var examples: String?

    @Option(
        help: ArgumentHelp(
            "Archive the demo stores the corpus in (an SQLite file, or a postgres:// URL).", valueName: "file|url"))
    var db = "storyline-demo.sqlite"

    @Flag(help: "Only analyse; store nothing.")
    var noArchive = false

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let folder = try examples ?? DemoCommand.locateExamples()
        let input = try InputOptions.parse([folder])
        let read = try input.readArticles()
        let report = ReportRunner.analyze(read.articles, options: try input.analysis.analysisOptions())
        if output.json {
            Terminal.write(try report.jsonData())
        } else {
            print(ReportSummary(report: report, read: read).text(color: Terminal.stdoutSupportsColor))
        }
        guard !noArchive else { return }
        let summary: String
        do {
            let store = try await ArchiveFactory.open(db, create: true)
            let outcome = try await store.ingest(read.articles)
            let statistics = try await store.statistics()
            summary = """
                Archive \(db): \(outcome.added.count) articles added, \(outcome.skipped.count) already stored; it holds \
                \(statistics.articles) articles, \(statistics.events) events, \(statistics.storylines) storylines.
                Next: storyline search strike --db \(db)
                      storyline serve --db \(db)    (then open http://127.0.0.1:8080/)
                """
        } catch let error as ArchiveError {
            Terminal.error("the demo could not store the corpus in \(db): \(error)")
            throw StorylineExit.ioError
        }
        if output.json { Terminal.error(summary) } else { print("\n" + summary) }
    }

    /// Finds `Examples/` in the working directory, else beside the package this binary was built from.
    static func locateExamples() throws -> String {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Examples",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples").path,
        ]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) { return candidate }
        Terminal.error("cannot find the Examples/ folder; run from the package root or pass --examples PATH")
        throw StorylineExit.noInput
    }
}
