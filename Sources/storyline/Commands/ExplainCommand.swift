import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline explain A B PATH...`: why two articles are (or are not) copies, sentence by sentence.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why two articles are or are not copies: the verdict and the texts aligned with changes marked.",
        discussion: """
            Reads the inputs, finds the two articles by id (the JSON Lines `id`, or a file's path relative to the \
            folder given, without extension) and compares them directly. Prints the verdict (exact, near, partial, \
            spun or not a copy), the share of each article covered by aligned sentences, the swapped words of a \
            spun copy, then every aligned sentence pair with the words that changed: on a terminal removed words \
            in red and added words in green, otherwise as [-removed-]{+added+}. Sentences found in one article \
            only are listed with `<` (first) or `>` (second). Last, whether the two tell the same story even when \
            neither copies the other: a score from 1 (the same story) to 4 (unrelated), the cosine of their \
            weighted words (weights learnt from all the articles read) and the words they share that weigh most. \
            With --json prints the copy report ({"a","b","kind","score","explanation","story"}; kind is null \
            when the pair is not a copy; story is {"cosine","score","sharedTerms"}).

            Examples:
              storyline explain 000_53e92d0c04c47bd7 001_1142922ddeb9b354 ../shared/seeds
              storyline explain bbc-eb4cda4fa1 bbc-457afc6188 copies.eval.jsonl --json
            """
    )

    @Argument(help: "Id of the first article.")
    var first: String

    @Argument(help: "Id of the second article.")
    var second: String

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also list the sentences found in only one of the two articles.")
    var all = false

    func validate() throws {
        guard !input.paths.isEmpty else { throw ValidationError("give the files or folders that hold both articles") }
    }

    func run() async throws {
        let read = try input.readArticles()
        if read.hasMissingInput { throw StorylineExit.noInput }
        var found: [String: Article] = [:]
        for article in read.articles where article.id == first || article.id == second {
            found[article.id] = found[article.id] ?? article
        }
        for id in [first, second] where found[id] == nil {
            Terminal.error(
                "no article with id \(id) in \(input.paths.joined(separator: " ")) (ids are shown by analyze)")
            throw ExitCode(64)
        }
        let documents = [Document(found[first]!), Document(found[second]!)]
        var dates: [String: Day] = [:]
        for document in documents {
            if let date = document.article.date
                ?? DateFinder.explicitDate(in: document, options: input.analysis.baseOptions.dates)?.date
            {
                dates[document.id] = date
            }
        }
        let comparison = CopyDetector(options: input.analysis.baseOptions.copies).compare(
            documents[0], documents[1], dates: dates)
        // Word weights come from every article read, so that words common to them all count for little.
        let story = StorySimilarity(corpus: ParallelMap.map(read.articles, Document.init))
            .compare(documents[0], documents[1])
        if output.json {
            try printJSON(comparison, story: story)
            return
        }
        let flip = comparison.report.map { $0.a != first } ?? false
        let original = flip ? documents[1] : documents[0]
        let copy = flip ? documents[0] : documents[1]
        var explanation = comparison.report?.explanation ?? comparison.explanation
        if comparison.report == nil { explanation.swaps = [] }
        print(render(original, copy, comparison.report, explanation, color: Terminal.stdoutSupportsColor))
        print(storyLine(story, articles: read.articles.count))
    }

    /// How alike the two are as stories, whether or not one copies the other.
    func storyLine(_ story: StoryComparison, articles: Int) -> String {
        let shared = story.sharedTerms.isEmpty ? "no content word" : story.sharedTerms.joined(separator: ", ")
        return "\nsame story? \(String(format: "%.1f", story.score)) on 1 (the same story) … 4 (unrelated): "
            + "cosine \(String(format: "%.2f", story.cosine)), words weighted over the \(articles) articles read; "
            + "shared: \(shared)"
    }

    private func printJSON(_ comparison: CopyComparison, story: StoryComparison) throws {
        struct Output: Encodable {
            let a: String
            let b: String
            let kind: CopyKind?
            let score: Double
            let explanation: CopyExplanation
            let story: StoryComparison

            enum CodingKeys: String, CodingKey { case a, b, kind, score, explanation, story }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(a, forKey: .a)
                try container.encode(b, forKey: .b)
                try container.encode(kind, forKey: .kind)  // null when the pair is not a copy
                try container.encode(score, forKey: .score)
                try container.encode(explanation, forKey: .explanation)
                try container.encode(story, forKey: .story)
            }
        }
        let output =
            comparison.report.map {
                Output(a: $0.a, b: $0.b, kind: $0.kind, score: $0.score, explanation: $0.explanation, story: story)
            } ?? Output(a: first, b: second, kind: nil, score: 0, explanation: comparison.explanation, story: story)
        let encoder = Report.encoder
        var data = try encoder.encode(output)
        data.append(0x0A)
        Terminal.write(data)
    }

    /// The human-readable explanation.
    func render(
        _ a: Document, _ b: Document, _ report: CopyReport?, _ explanation: CopyExplanation, color: Bool
    ) -> String {
        func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
        var lines: [String] = []
        if let report {
            lines.append(
                "\(report.kind.rawValue) copy (score \(report.score)): \(a.id) is the original, \(b.id) the copy")
        } else {
            lines.append("not a copy: \(a.id) and \(b.id) share no substantial passage")
        }
        lines.append(
            "aligned sentences: \(explanation.aligned.count); coverage \(percent(explanation.coverageA)) of \(a.id) "
                + "(\(a.sentences.count) sentences), \(percent(explanation.coverageB)) of \(b.id) "
                + "(\(b.sentences.count) sentences)")
        if !explanation.swaps.isEmpty {
            let swaps = explanation.swaps.prefix(20).map {
                "\($0.from) → \($0.to)" + ($0.count > 1 ? " ×\($0.count)" : "")
            }
            lines.append("swapped words: " + swaps.joined(separator: ", "))
        }
        lines.append("")
        var nextA = 0
        var nextB = 0
        for pair in explanation.aligned {
            if all {
                while nextB < pair.b {
                    lines.append("> [\(nextB)] \(b.sentences[nextB].text)")
                    nextB += 1
                }
                while nextA < pair.a {
                    lines.append("< [\(nextA)] \(a.sentences[nextA].text)")
                    nextA += 1
                }
            }
            nextA = max(nextA, pair.a + 1)
            nextB = max(nextB, pair.b + 1)
            let marker = pair.similarity >= 1 ? "=" : "~"
            lines.append("\(marker) [\(pair.a)↔\(pair.b)] \(String(format: "%.2f", pair.similarity))")
            lines.append("  " + diffLine(a.sentences[pair.a].text, b.sentences[pair.b].text, color: color))
        }
        if all {
            while nextB < b.sentences.count {
                lines.append("> [\(nextB)] \(b.sentences[nextB].text)")
                nextB += 1
            }
            while nextA < a.sentences.count {
                lines.append("< [\(nextA)] \(a.sentences[nextA].text)")
                nextA += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One sentence pair as a single line with changes marked.
    func diffLine(_ old: String, _ new: String, color: Bool) -> String {
        SentenceDiff.pieces(old, new).map { piece in
            switch piece.change {
            case .same: piece.text
            case .removed: color ? "\u{1B}[31;9m\(piece.text)\u{1B}[0m" : "[-\(piece.text)-]"
            case .added: color ? "\u{1B}[32m\(piece.text)\u{1B}[0m" : "{+\(piece.text)+}"
            }
        }.joined(separator: " ")
    }
}
