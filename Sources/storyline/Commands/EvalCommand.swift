import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline eval`: score an analysis against gold labels.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score copy detection or event clustering against labelled data.",
        discussion: """
            Input: JSON Lines with {"id","text","label"} per line. The label is the gold group; it is never shown \
            to the analysis. Prints pairwise and BCubed precision/recall/F1, ARI, NMI and articles per second.
            """,
        subcommands: [EvalCopiesCommand.self, EvalEventsCommand.self]
    )
}

/// Options shared by the eval subcommands.
struct EvalOptions: ParsableArguments {
    @Argument(help: "A labelled JSON Lines file ({\"id\",\"text\",\"label\"} per line).")
    var file: String

    @Flag(help: "Print the scores as JSON.")
    var json = false

    /// Reads articles (labels hidden) and the gold labels, in the same order.
    func load() throws -> (articles: [Article], gold: [String]) {
        var input = InputOptions()
        input.paths = [file]
        input.maxBytes = Int.max / 2
        let read = try input.readArticles()
        if read.hasMissingInput { throw StorylineExit.noInput }
        let labels = try GoldLabels.read(file)
        var gold: [String] = []
        for article in read.articles {
            guard let label = labels[article.id] else {
                Terminal.error("\(file): article \(article.id) has no \"label\"")
                throw StorylineExit.dataError
            }
            gold.append(label)
        }
        return (read.articles, gold)
    }

    /// Prints the scores as a table or JSON.
    func print(task: String, scores: ClusterScores, seconds: Double, extra: [(String, String)] = []) throws {
        let rate = seconds > 0 ? Double(scores.items) / seconds : 0
        if json {
            struct Output: Encodable {
                let task: String
                let file: String
                let scores: ClusterScores
                let seconds: Double
                let articlesPerSecond: Double
            }
            let encoder = Report.encoder
            var data = try encoder.encode(
                Output(task: task, file: file, scores: scores, seconds: seconds, articlesPerSecond: rate))
            data.append(0x0A)
            Terminal.write(data)
            return
        }
        func f(_ value: Double) -> String { String(format: "%.4f", value) }
        var rows: [(String, String)] = [
            ("task", task), ("file", file), ("articles", "\(scores.items)"),
            ("groups found / gold", "\(scores.predictedClusters) / \(scores.goldClusters)"),
            ("pairwise P / R / F1", "\(f(scores.pairPrecision)) / \(f(scores.pairRecall)) / \(f(scores.pairF1))"),
            ("BCubed P / R / F1", "\(f(scores.bcubedPrecision)) / \(f(scores.bcubedRecall)) / \(f(scores.bcubedF1))"),
            ("ARI", f(scores.ari)), ("NMI (arithmetic / geometric)", "\(f(scores.nmi)) / \(f(scores.nmiGeometric))"),
            ("time", String(format: "%.3f s", seconds)), ("articles per second", String(format: "%.0f", rate)),
        ]
        rows.append(contentsOf: extra)
        let width = rows.map(\.0.count).max() ?? 0
        for (name, value) in rows { Swift.print(name.padding(width + 1) + " " + value) }
    }
}

/// Reads the `label` of every record of a labelled JSON Lines file.
enum GoldLabels {
    /// Labels by article id (the id field, else `stem:line` as the reader names it).
    static func read(_ path: String) throws -> [String: String] {
        struct Row: Decodable {
            let id: String?
            let label: LabelValue?
        }
        enum LabelValue: Decodable {
            case text(String)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let string = try? container.decode(String.self) {
                    self = .text(string)
                } else {
                    self = .text(String(try container.decode(Int.self)))
                }
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw StorylineExit.noInput }
        var labels: [String: String] = [:]
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard !line.isEmpty, let row = try? JSONDecoder().decode(Row.self, from: line) else { continue }
            if case .text(let label) = row.label { labels[row.id ?? "\(stem):\(number)"] = label }
        }
        return labels
    }
}

/// `storyline eval copies`: copy groups (connected components of copy pairs) against gold groups.
struct EvalCopiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copies",
        abstract: "Score copy detection: copy pairs are joined into groups and compared with the gold label.",
        discussion: "Example: storyline eval copies ../shared/data/bbc-dev/copies.eval.jsonl"
    )

    @OptionGroup var eval: EvalOptions

    func run() async throws {
        let (articles, gold) = try eval.load()
        let clock = ContinuousClock()
        var copies: [CopyReport] = []
        let elapsed = clock.measure {
            let documents = articles.map(Document.init)
            copies = CopyDetector().detect(documents)
        }
        var groups = UnionFind(count: articles.count)
        let index = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        for copy in copies { groups.union(index[copy.a]!, index[copy.b]!) }
        let scores = ClusterScores(predicted: groups.labels(), gold: gold)
        var kinds: [String: Int] = [:]
        for copy in copies { kinds[copy.kind.rawValue, default: 0] += 1 }
        let breakdown = CopyKind.allCases.map { "\($0.rawValue) \(kinds[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        try eval.print(
            task: "copies", scores: scores, seconds: elapsed.seconds,
            extra: [("copy pairs found", "\(copies.count) (\(breakdown))")])
    }
}

/// `storyline eval events`: events against gold event labels.
struct EvalEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score online event clustering against gold event labels.",
        discussion: """
            Articles are clustered online in stream order (dated articles by date, then undated ones in input \
            order; the eval files have no dates, so their order is the input order).

            Examples:
              storyline eval events ../shared/data/ecbplus-events/dev.eval.jsonl
              storyline eval events --options '{"joinThreshold": 0.3}' --json news.eval.jsonl
            """
    )

    @OptionGroup var eval: EvalOptions

    @Option(help: "Event options as a JSON object; missing keys keep their defaults (see EventOptions).")
    var options: String?

    @Option(help: "Also write each article's predicted event as JSON Lines ({\"id\",\"event\"}) to this path.")
    var predictions: String?

    func run() async throws {
        var tuning = EventOptions()
        if let options {
            do {
                tuning = try JSONDecoder().decode(EventOptions.self, from: Data(options.utf8))
            } catch {
                Terminal.error("--options: not a JSON object of event options (\(error))")
                throw ExitCode(64)
            }
        }
        let (articles, gold) = try eval.load()
        let clock = ContinuousClock()
        var clustering = EventClustering(events: [], storylines: [])
        let elapsed = clock.measure {
            let documents = articles.map(Document.init)
            let dates = Dictionary(uniqueKeysWithValues: articles.compactMap { a in a.date.map { (a.id, $0) } })
            clustering = EventDetector(options: tuning).cluster(documents, dates: dates)
        }
        var eventOf: [String: String] = [:]
        for event in clustering.events { for id in event.articles { eventOf[id] = event.id } }
        let predicted = articles.map { eventOf[$0.id] ?? "unassigned:\($0.id)" }
        if let predictions {
            struct Line: Encodable {
                let id: String
                let event: String
            }
            var data = Data()
            let encoder = JSONEncoder()
            for (article, event) in zip(articles, predicted) {
                data.append(try encoder.encode(Line(id: article.id, event: event)))
                data.append(0x0A)
            }
            guard FileManager.default.createFile(atPath: predictions, contents: data) else {
                Terminal.error("--predictions: cannot write \(predictions)")
                throw StorylineExit.ioError
            }
        }
        let scores = ClusterScores(predicted: predicted, gold: gold)
        try eval.print(
            task: "events", scores: scores, seconds: elapsed.seconds,
            extra: [("storylines", "\(clustering.storylines.count)")])
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
