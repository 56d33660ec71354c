import ArgumentParser
import Foundation
import StorylineCore

/// `storyline eval pairs`: graded story similarity of article pairs against human ratings (SemEval-2022 Task 8).
struct EvalPairsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "Score story similarity of article pairs against human ratings (Pearson r, as SemEval-2022 Task 8).",
        discussion: """
            Input: JSON Lines, one pair per line: "text1" and "text2" (required), "title1", "title2", "id1", \
            "id2", "pair_id" (optional) and the gold rating (--gold, default "Overall": 1 = the same story … 4 = \
            unrelated, as SemEval-2022 Task 8 rates pairs). Inverse document frequencies come from all the \
            articles in the file (an article given in several pairs, by id, counts once). Each pair is scored on \
            the same 1…4 scale (4 − 5 × cosine, see StoryComparison) and the scores are compared with the ratings: \
            Pearson r (the task's metric), Spearman ρ and the mean absolute error.

            Examples:
              storyline eval pairs ../shared/data/semeval22-task8-train/en_en_pairs.jsonl
              storyline eval pairs pairs.jsonl --gold Narrative --json --predictions scores.jsonl
              storyline explain ID1 ID2 ./articles     the same score for two articles, with the terms they share
            """
    )

    @OptionGroup var eval: EvalOptions

    @Option(help: "The field holding the gold rating (1 = the same story … 4 = unrelated).")
    var gold = "Overall"

    @Option(
        help: ArgumentHelp(
            "Term weighting as a JSON object of event options; missing keys keep their defaults.",
            discussion: "The weighting is the event clustering's (EventOptions): nameBoost, numberBoost, titleBoost."))
    var options: String?

    func run() async throws {
        let tuning = try EventOptions.parse(options)
        let pairs = try ArticlePairs.read(eval.file, gold: gold)
        var comparisons: [StoryComparison] = []
        let (elapsed, _) = try eval.timed {
            var corpus: [Document] = []
            var documents: [(Document, Document)] = []
            for pair in pairs {
                let (a, b) = (Document(pair.a), Document(pair.b))
                corpus += [a, b]
                documents.append((a, b))
            }
            let similarity = StorySimilarity(corpus: corpus, options: tuning)
            comparisons = documents.map { similarity.compare($0.0, $0.1) }
        }
        let predicted = comparisons.map(\.score)
        let ratings = pairs.map(\.rating)
        let pearson = Correlation.pearson(predicted, ratings)
        let spearman = Correlation.spearman(predicted, ratings)
        let meanError = zip(predicted, ratings).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(max(1, pairs.count))
        let rate = elapsed > 0 ? Double(pairs.count) / elapsed : 0
        struct Line: Encodable {
            let id: String
            let score: Double
            let cosine: Double
            let shared: [String]
        }
        try eval.writePredictions(
            zip(pairs, comparisons).map {
                Line(id: $0.id, score: $1.score, cosine: $1.cosine, shared: $1.sharedTerms)
            })
        if eval.json {
            struct Output: Encodable {
                let task: String
                let file: String
                let gold: String
                let pairs: Int
                let pearson: Double
                let spearman: Double
                let meanAbsoluteError: Double
                let seconds: Double
                let pairsPerSecond: Double
            }
            try eval.printJSON(
                Output(
                    task: "pairs", file: eval.file, gold: gold, pairs: pairs.count, pearson: pearson,
                    spearman: spearman, meanAbsoluteError: meanError, seconds: elapsed, pairsPerSecond: rate))
            return
        }
        func f(_ value: Double) -> String { String(format: "%.4f", value) }
        eval.printRows([
            ("task", "pairs (story similarity, 1 = same story … 4 = unrelated)"), ("file", eval.file),
            ("pairs", "\(pairs.count)"), ("gold field", gold), ("Pearson r", f(pearson)),
            ("Spearman rho", f(spearman)), ("mean absolute error", f(meanError)),
            ("time", String(format: "%.3f s", elapsed)), ("pairs per second", String(format: "%.0f", rate)),
        ])
    }
}

/// Two articles and a gold rating of how alike they are, as read by ``ArticlePairs``.
struct ArticlePair {
    /// The pair's id: `pair_id`, else `id1_id2`, else `file:line`.
    var id: String
    var a: Article
    var b: Article
    var rating: Double
}

/// Reads a JSON Lines file of rated article pairs.
enum ArticlePairs {
    /// The pairs of `path`; a line that is not a JSON object with both texts and a numeric rating stops the read with
    /// an error naming the file, line and field (exit 65), since a score over a silently shortened file misleads.
    static func read(_ path: String, gold: String) throws -> [ArticlePair] {
        let data = try EvalOptions.contents(of: path)
        var pairs: [ArticlePair] = []
        for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let place = "\(path):\(offset + 1)"
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
                Terminal.error("\(place): not a JSON object")
                throw StorylineExit.dataError
            }
            func text(_ field: String) throws -> String {
                guard let value = object[field] as? String else {
                    Terminal.error("\(place): \"\(field)\" is missing or not a string")
                    throw StorylineExit.dataError
                }
                return value
            }
            guard let rating = (object[gold] as? NSNumber)?.doubleValue, rating.isFinite else {
                Terminal.error("\(place): \"\(gold)\" (the gold rating, --gold) is missing or not a number")
                throw StorylineExit.dataError
            }
            let id1 = object["id1"] as? String ?? "\(place):1"
            let id2 = object["id2"] as? String ?? "\(place):2"
            let id = object["pair_id"] as? String ?? (object["id1"] != nil ? "\(id1)_\(id2)" : place)
            let a = Article(id: id1, title: object["title1"] as? String, text: try text("text1"), source: path)
            let b = Article(id: id2, title: object["title2"] as? String, text: try text("text2"), source: path)
            pairs.append(ArticlePair(id: id, a: a, b: b, rating: rating))
        }
        guard !pairs.isEmpty else {
            Terminal.error("\(path): no pairs (one JSON object with \"text1\", \"text2\" and \"\(gold)\" per line)")
            throw StorylineExit.dataError
        }
        return pairs
    }
}
