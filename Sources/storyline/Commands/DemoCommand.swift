import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline demo`: analyse the example corpus shipped in `Examples/`.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Analyse the shipped example corpus (Examples/) and print what Storyline finds.",
        discussion: """
            The corpus is fictional: a wire story with exact, near, partial and synonym-spun copies, several \
            events, a storyline over two years, undated articles and quoted speakers, in .txt, .jsonl and .html.
            """
    )

    @Option(help: "The example folder (default: Examples/ in the current directory or the package).")
    var examples: String?

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let folder = try examples ?? DemoCommand.locateExamples()
        let input = try InputOptions.parse([folder])
        let read = try input.readArticles()
        let report = ReportRunner.analyze(read.articles)
        if output.json {
            Terminal.write(try report.jsonData())
        } else {
            print(ReportSummary(report: report, read: read).text(color: Terminal.stdoutSupportsColor))
        }
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
