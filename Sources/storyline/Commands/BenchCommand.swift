import ArgumentParser

/// `storyline bench`: measure speed, memory and quality at scale.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure how Storyline's cost and memory grow with the archive, and the floor to compare with.",
        discussion: """
            Examples:
              storyline bench scale --articles 10k,100k,1M     ingest a synthetic stream, report at each size
              storyline bench scale --articles 10k --json      the same as JSON (scripts/scale-plot draws it)
              storyline bench floor ../shared/data/bbc-dev     time to just read and split a corpus into words
              storyline bench generate --articles 1k > s.jsonl the synthetic stream as labelled JSON Lines
              storyline bench state --articles 10k             save/load the archive's state: binary vs JSON
              storyline bench archive --articles 50k           batch cost as a real archive grows

            Build with `swift build -c release` before measuring: debug builds are 10-50× slower.
            See docs/performance.md for what each figure means.
            """,
        subcommands: [
            BenchScaleCommand.self, BenchFloorCommand.self, BenchGenerateCommand.self, BenchStateCommand.self,
            BenchArchiveCommand.self,
        ]
    )
}
