import ArgumentParser
import Foundation
import StorylineCore

/// `storyline eval paraphrase`: the copy aligner's sentence judgement against paraphrase labels (MSRP).
struct EvalParaphraseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paraphrase",
        abstract: "Score the copy aligner's sentence matching against paraphrase labels (accuracy and F1, as MSRP).",
        discussion: """
            Input: the Microsoft Research Paraphrase Corpus format, tab-separated: Quality (1 = paraphrase, \
            0 = not), #1 ID, #2 ID, #1 String, #2 String, after an optional header line. A pair counts as a \
            paraphrase when the aligner that explains copies would align the two sentences: their shared words in \
            order (twice the longest common subsequence over the two lengths) reach --threshold, by default the \
            aligner's own setting (CopyOptions.sentenceSimilarity). Prints accuracy and the precision, recall and \
            F1 of the paraphrase class, the metrics published for MSRP.

            Examples:
              storyline eval paraphrase ../shared/data/msr-paraphrase/msr_paraphrase_train.txt
              storyline eval paraphrase pairs.tsv --threshold 0.6 --json --predictions verdicts.jsonl
            """
    )

    @OptionGroup var eval: EvalOptions

    @Option(help: "Least similarity (0…1) for a paraphrase; default: the copy aligner's sentence threshold.")
    var threshold: Double = CopyOptions().sentenceSimilarity

    func validate() throws {
        guard threshold.isFinite, (0...1).contains(threshold) else {
            throw ValidationError("--threshold: give a number from 0 to 1, got \(threshold)")
        }
    }

    func run() async throws {
        let pairs = try SentencePairs.read(eval.file)
        var scores: [Double] = []
        let (elapsed, _) = try eval.timed { scores = pairs.map { SentenceSimilarity.score($0.a, $0.b) } }
        let predicted = scores.map { $0 >= threshold }
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for (guess, pair) in zip(predicted, pairs) {
            if guess && pair.isParaphrase { truePositives += 1 }
            if guess && !pair.isParaphrase { falsePositives += 1 }
            if !guess && pair.isParaphrase { falseNegatives += 1 }
        }
        let correct = zip(predicted, pairs).filter { $0.0 == $0.1.isParaphrase }.count
        let accuracy = Double(correct) / Double(pairs.count)
        let precision = truePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        let recall = truePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let rate = elapsed > 0 ? Double(pairs.count) / elapsed : 0
        struct Line: Encodable {
            let id: String
            let similarity: Double
            let paraphrase: Bool
        }
        try eval.writePredictions(
            pairs.indices.map { Line(id: pairs[$0].id, similarity: scores[$0], paraphrase: predicted[$0]) })
        if eval.json {
            struct Output: Encodable {
                let task: String
                let file: String
                let pairs: Int
                let paraphrases: Int
                let threshold: Double
                let accuracy: Double
                let precision: Double
                let recall: Double
                let f1: Double
                let seconds: Double
                let pairsPerSecond: Double
            }
            try eval.printJSON(
                Output(
                    task: "paraphrase", file: eval.file, pairs: pairs.count,
                    paraphrases: pairs.filter(\.isParaphrase).count, threshold: threshold, accuracy: accuracy,
                    precision: precision, recall: recall, f1: f1, seconds: elapsed, pairsPerSecond: rate))
            return
        }
        func f(_ value: Double) -> String { String(format: "%.4f", value) }
        eval.printRows([
            ("task", "paraphrase (the copy aligner's sentence matching)"), ("file", eval.file),
            ("pairs / paraphrases", "\(pairs.count) / \(pairs.filter(\.isParaphrase).count)"),
            ("threshold", f(threshold)), ("accuracy", f(accuracy)),
            ("paraphrase P / R / F1", "\(f(precision)) / \(f(recall)) / \(f(f1))"),
            ("time", String(format: "%.3f s", elapsed)), ("pairs per second", String(format: "%.0f", rate)),
        ])
    }
}

/// Two sentences and whether people judged them paraphrases, as read by ``SentencePairs``.
struct SentencePair {
    /// `#1 ID_#2 ID`.
    var id: String
    var a: String
    var b: String
    var isParaphrase: Bool
}

/// Reads a paraphrase file in the MSRP layout.
enum SentencePairs {
    /// The pairs of `path`. A row without five tab-separated fields or with a Quality other than 0 or 1 stops the
    /// read with an error naming the file and line (exit 65).
    static func read(_ path: String) throws -> [SentencePair] {
        let data = try EvalOptions.contents(of: path)
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.error("\(path): not UTF-8 text")
            throw StorylineExit.dataError
        }
        var pairs: [SentencePair] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if offset == 0, fields.first == "Quality" || fields.first == "\u{FEFF}Quality" { continue }
            guard fields.count == 5, let quality = Int(fields[0]), quality == 0 || quality == 1 else {
                Terminal.error(
                    "\(path):\(offset + 1): want five tab-separated fields: Quality (0 or 1), #1 ID, #2 ID, "
                        + "#1 String, #2 String")
                throw StorylineExit.dataError
            }
            pairs.append(
                SentencePair(
                    id: "\(fields[1])_\(fields[2])", a: String(fields[3]), b: String(fields[4]),
                    isParaphrase: quality == 1))
        }
        guard !pairs.isEmpty else {
            Terminal.error("\(path): no sentence pairs")
            throw StorylineExit.dataError
        }
        return pairs
    }
}
