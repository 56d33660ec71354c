import ArgumentParser

/// The `storyline` command: news intelligence from the command line.
@main
struct Storyline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Find copies, events, storylines, dates and quotes in news articles.",
        discussion: """
            Feed it a folder of .txt/.md files (an optional `date YYYY-MM-DD` marker may open a file), JSON Lines \
            (one article per line: text, id, title, date, url, source) or HTML pages, or `-` for JSON Lines on \
            standard input.

            Examples:
              storyline demo                          analyse the shipped example corpus
              storyline analyze ./articles --json     the full JSON report (see docs/report.md)
              cat feed.jsonl | storyline analyze -    read JSON Lines from standard input
              storyline ingest ./articles             add articles to the archive (storyline.sqlite)
              storyline search peace talks            full-text search of the archive
              storyline serve                         web page and JSON API on http://127.0.0.1:8080/
              storyline eval copies data.eval.jsonl   score copy detection against gold labels
              storyline explain ID1 ID2 ./articles    why two articles are (not) copies, changes marked
              storyline quotes --speaker Peskov DIR   what a person said, with dates
              storyline bench scale --articles 10k    cost and memory as the archive grows

            Exit codes: 0 success; 64 usage error; 65 bad input data under --strict; 66 an input path (or the \
            archive, or the id asked for) is missing; 74 the archive cannot be opened or written.
            Environment: STORYLINE_LOG_LEVEL (trace…critical, default warning), STORYLINE_MAX_BYTES, STORYLINE_DB.
            """,
        version: "0.1.0",
        subcommands: [
            AnalyzeCommand.self, DemoCommand.self, IngestCommand.self, SearchCommand.self, ShowCommand.self,
            EventsCommand.self, StorylinesCommand.self, ServeCommand.self, ExplainCommand.self, QuotesCommand.self,
            EvalCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Tunes the allocator, then runs the command line.
    static func main() async {
        AllocatorTuning.apply()
        await main(nil)
    }
}
