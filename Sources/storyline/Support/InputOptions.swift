import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .jsonl, .html); `-` reads JSON Lines from standard input.")
    var paths: [String] = []

    @Flag(help: "Stop at the first bad input (exit 65, or 66 for a missing path) instead of skipping it.")
    var strict = false

    @Option(help: "Largest input file accepted, in bytes (env STORYLINE_MAX_BYTES; default 20 MB).")
    var maxBytes: Int =
        Int(ProcessInfo.processInfo.environment["STORYLINE_MAX_BYTES"] ?? "") ?? IngestOptions.defaultMaxBytes

    @Option(help: ArgumentHelp("JSON Lines field holding the article text.", valueName: "name"))
    var textField = "text"

    @Option(help: ArgumentHelp("JSON Lines field holding the article id.", valueName: "name"))
    var idField = "id"

    @Option(help: ArgumentHelp("JSON Lines field holding the headline.", valueName: "name"))
    var titleField = "title"

    @Option(help: ArgumentHelp("JSON Lines field holding the publication date.", valueName: "name"))
    var dateField = "date"

    @OptionGroup var analysis: AnalysisFlags

    /// The ingest options these flags describe.
    var ingestOptions: IngestOptions {
        var fields = JSONFieldNames()
        fields.text = textField
        fields.id = idField
        fields.title = titleField
        fields.date = dateField
        return IngestOptions(maxBytes: maxBytes, fields: fields)
    }

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    /// Reads the inputs, printing one line per issue on stderr; exits with 65/66 under --strict.
    func readArticles(showProgress: Bool = true) throws -> IngestResult {
        let reader = ArticleReader(options: ingestOptions)
        let bar = showProgress ? ProgressBar(label: "reading") : nil
        let result = reader.read(
            paths, standardInput: { StandardInput.readAll() },
            progress: { done, total in if total > 20 { bar?.update(done, of: total) } })
        bar?.finish()
        for issue in result.issues {
            Terminal.error(issue.skipsInput ? "skipped \(issue)" : "warning: \(issue)")
            if strict && issue.skipsInput {
                throw issue.kind == .missing ? StorylineExit.noInput : StorylineExit.dataError
            }
        }
        return result
    }
}

/// Output format options shared by reporting commands.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print machine-readable JSON on stdout instead of a human summary.")
    var json = false
}
