import ArgumentParser
import Foundation
import StorylineCore

/// Flags that tune the analyses, shared by every command that analyses articles (analyze, quotes, explain, ingest,
/// serve): the reading of all-numeric dates, which no text can settle by itself, and the embedding table that
/// brings together short texts of one event.
struct AnalysisFlags: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How to read all-numeric dates such as 03/04/2022: day-first (3 April, most of the world), month-first "
                + "(4 March, United States) or ambiguous (no date unless the weekdays in the text settle it). "
                + "Env STORYLINE_NUMERIC_DATES.",
            valueName: "order"))
    var numericDates: NumericDateOrderFlag =
        NumericDateOrderFlag(rawValue: ProcessInfo.processInfo.environment["STORYLINE_NUMERIC_DATES"] ?? "")
        ?? .ambiguous

    @OptionGroup var embeddings: EmbeddingFlags

    /// The analysis options these flags describe, without the embedding table (everything else at its tuned
    /// default): enough for analyses that do not cluster events.
    var baseOptions: AnalysisOptions {
        var options = AnalysisOptions()
        options.dates.numericOrder = numericDates.order
        return options
    }

    /// The analysis options these flags describe, with the embedding table loaded.
    func analysisOptions() throws -> AnalysisOptions {
        var options = baseOptions
        options.embeddings = try embeddings.table()
        return options
    }
}

/// The spelling of ``NumericDateOrder`` on the command line.
enum NumericDateOrderFlag: String, CaseIterable, ExpressibleByArgument {
    case ambiguous
    case dayFirst = "day-first"
    case monthFirst = "month-first"

    /// The core's order.
    var order: NumericDateOrder {
        switch self {
        case .ambiguous: .ambiguous
        case .dayFirst: .dayFirst
        case .monthFirst: .monthFirst
        }
    }
}

/// `--embeddings`: the word-piece embedding table for streams of short texts, shared by every command that clusters
/// events (the analysing commands through ``AnalysisFlags``, and `eval events`).
struct EmbeddingFlags: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Word-piece embedding table used to cluster streams of short texts (headlines, posts) into events: a "
                + "file, or none to compare words only. Default: the table shipped with Storyline. "
                + "Env \(EmbeddingTableFile.environmentKey).",
            valueName: "file"))
    var embeddings: String = ProcessInfo.processInfo.environment[EmbeddingTableFile.environmentKey] ?? ""

    /// The table these flags name, loaded (see ``EmbeddingTableFile/load(_:)``).
    func table() throws -> WordEmbeddings? { try EmbeddingTableFile.load(embeddings) }
}
