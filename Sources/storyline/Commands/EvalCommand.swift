import ArgumentParser
import Foundation
import StorylineCore
import StorylineIngest

/// `storyline eval`: score an analysis against gold labels.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract:
            "Score copy detection, event clustering, story similarity or sentence matching against labelled data.",
        discussion: """
            copies, events: JSON Lines with {"id","text","label"} per line. The label is the gold group; it is \
            never shown to the analysis. Prints pairwise and BCubed precision/recall/F1, ARI, NMI and articles per \
            second. pairs: rated article pairs (SemEval-2022 Task 8 layout), scored by Pearson r. paraphrase: \
            sentence pairs (MSRP layout), scored by accuracy and F1.
            """,
        subcommands: [
            EvalCopiesCommand.self, EvalEventsCommand.self, EvalPairsCommand.self, EvalParaphraseCommand.self,
        ]
    )
}

/// Options shared by the eval subcommands.
struct EvalOptions: ParsableArguments {
    @Argument(help: "The labelled file (its layout is given in the subcommand's description).")
    var file: String

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Also write the predicted group of every article to this file, as JSON Lines {\"id\",\"group\"}.",
            discussion: "Lets another scorer (scripts/compare) score Storyline and its peers identically."))
    var predictions: String?

    @Option(
        name: .customLong("repeat"),
        help: ArgumentHelp(
            "Time the work this many times and report the median time.",
            discussion: "A run of a few milliseconds varies with what else the machine does; the median of several "
                + "is steadier. Every run gives the same groups."))
    var repetitions = 1

    @Option(
        name: .customLong("min-seconds"),
        help: ArgumentHelp(
            "Also keep timing until the runs add up to this many seconds (at most 10,000 runs).",
            discussion: "A run of 30 ms is at the mercy of a few milliseconds of noise; with --repeat 5 "
                + "--min-seconds 1 it is timed about 33 times, a run of a second 5 times (scripts/compare does so for "
                + "every system)."))
    var minimumSeconds = 0.0

    /// Runs `work` `--repeat` times (and more until `--min-seconds` have passed), returning the median wall-clock
    /// and CPU seconds of one run.
    func timed(_ work: () -> Void) throws -> (seconds: Double, cpuSeconds: Double) {
        guard repetitions >= 1 else {
            Terminal.error("--repeat: must be at least 1, got \(repetitions)")
            throw ExitCode(64)
        }
        guard minimumSeconds.isFinite, minimumSeconds >= 0 else {
            Terminal.error("--min-seconds: must be a number of seconds, 0 or more, got \(minimumSeconds)")
            throw ExitCode(64)
        }
        let clock = ContinuousClock()
        var walls: [Double] = []
        var cpus: [Double] = []
        while walls.count < repetitions || (walls.reduce(0, +) < minimumSeconds && walls.count < 10_000) {
            let cpuStart = CPUTime.seconds()
            walls.append(clock.measure(work).seconds)
            cpus.append(CPUTime.seconds() - cpuStart)
        }
        return (walls.sorted()[walls.count / 2], cpus.sorted()[cpus.count / 2])
    }

    /// Writes one `{"id","group"}` line per article to `--predictions`, when given.
    func writePredictions(ids: [String], groups: [String]) throws {
        struct Line: Encodable {
            let id: String
            let group: String
        }
        try writePredictions(zip(ids, groups).map { Line(id: $0, group: $1) })
    }

    /// Writes `lines` as JSON Lines (sorted keys) to `--predictions`, when given.
    func writePredictions(_ lines: [some Encodable]) throws {
        guard let predictions else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for line in lines {
            data.append(try encoder.encode(line))
            data.append(0x0A)
        }
        guard FileManager.default.createFile(atPath: predictions, contents: data) else {
            Terminal.error("\(predictions): cannot write the predictions file")
            throw StorylineExit.ioError
        }
    }

    /// The bytes of a labelled file, or exit 66 naming it when it cannot be read.
    static func contents(of path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error("\(path): no such file")
            throw StorylineExit.noInput
        }
        return data
    }

    /// Prints `value` as one JSON document (the `--json` output).
    func printJSON(_ value: some Encodable) throws {
        var data = try Report.encoder.encode(value)
        data.append(0x0A)
        Terminal.write(data)
    }

    /// Prints named values as an aligned two-column table (the default output).
    func printRows(_ rows: [(String, String)]) {
        let width = rows.map(\.0.count).max() ?? 0
        for (name, value) in rows { Swift.print(name.padding(width + 1) + " " + value) }
    }

    /// Reads articles (labels hidden) and the gold labels, in the same order.
    func load() throws -> (articles: [Article], gold: [String]) {
        let input = try InputOptions.parse([file, "--max-bytes", String(Int.max / 2)])
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
    func print(
        task: String, scores: ClusterScores, seconds: Double, extra: [(String, String)] = [],
        extraJSON: [String: Double] = [:], orders: OrderSpread? = nil
    ) throws {
        let rate = seconds > 0 ? Double(scores.items) / seconds : 0
        if json {
            struct Output: Encodable {
                let task: String
                let file: String
                let scores: ClusterScores
                let seconds: Double
                let articlesPerSecond: Double
                let bytesPerArticle: Double?
                let articlesPerCPUSecond: Double?
                let peakResidentBytes: Int?
                let orders: OrderSpread?
            }
            try printJSON(
                Output(
                    task: task, file: file, scores: scores, seconds: seconds, articlesPerSecond: rate,
                    bytesPerArticle: extraJSON["bytesPerArticle"],
                    articlesPerCPUSecond: extraJSON["articlesPerCPUSecond"],
                    peakResidentBytes: ProcessMemory.current()?.peakResidentBytes, orders: orders))
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
        if let orders {
            func spread(_ value: ScoreSpread) -> String {
                "mean \(f(value.mean)), min \(f(value.min)), max \(f(value.max))"
            }
            let label = "over \(orders.shuffles) shuffles (seed \(orders.seed))"
            rows += [
                ("pairwise F1 \(label)", spread(orders.pairF1)), ("BCubed F1 \(label)", spread(orders.bcubedF1)),
                ("NMI \(label)", spread(orders.nmi)),
            ]
        }
        printRows(rows)
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
        discussion: """
            Also reports the copy pairs found by kind and the memory the copy index holds per article.

            Examples:
              storyline eval copies ../shared/data/bbc-dev/copies.eval.jsonl
              storyline eval copies --errors data.eval.jsonl      list wrong and missed pairs to study them
              storyline eval copies --repeat 9 data.eval.jsonl    median time of 9 runs, for steadier speed figures
              storyline explain ID1 ID2 data.eval.jsonl           then see why a pair was (not) called a copy
              storyline eval copies data.eval.jsonl --json --predictions groups.jsonl
            """
    )

    @OptionGroup var eval: EvalOptions

    @Flag(help: "List the copy pairs joined against the labels (wrong) and the labelled pairs not joined (missed).")
    var errors = false

    func run() async throws {
        let (articles, gold) = try eval.load()
        var copies: [CopyReport] = []
        var index = CopyIndex()
        let (elapsed, cpu) = try eval.timed {
            let documents = ParallelMap.map(articles, Document.init)
            (copies, index) = CopyDetector().detectIndexing(documents)
        }
        var groups = UnionFind(count: articles.count)
        let position = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for copy in copies { groups.union(position[copy.a]!, position[copy.b]!) }
        let predicted = groups.labels()
        let scores = ClusterScores(predicted: predicted, gold: gold)
        try eval.writePredictions(ids: articles.map(\.id), groups: predicted.map { "g\($0)" })
        var kinds: [String: Int] = [:]
        for copy in copies { kinds[copy.kind.rawValue, default: 0] += 1 }
        let breakdown = CopyKind.allCases.map { "\($0.rawValue) \(kinds[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        let bytesPerArticle = articles.isEmpty ? 0 : index.estimatedBytes / articles.count
        try eval.print(
            task: "copies", scores: scores, seconds: elapsed,
            extra: [
                ("copy pairs found", "\(copies.count) (\(breakdown))"),
                ("index memory per article", "\(bytesPerArticle) bytes"),
                ("articles per CPU second", String(format: "%.0f", cpu > 0 ? Double(articles.count) / cpu : 0)),
            ],
            extraJSON: [
                "bytesPerArticle": Double(bytesPerArticle),
                "articlesPerCPUSecond": cpu > 0 ? Double(articles.count) / cpu : 0,
            ])
        if errors { listErrors(articles: articles, gold: gold, predicted: predicted, copies: copies) }
    }

    /// Prints pairs joined against the labels and labelled pairs left apart.
    private func listErrors(articles: [Article], gold: [String], predicted: [Int], copies: [CopyReport]) {
        let label = Dictionary(zip(articles.map(\.id), gold), uniquingKeysWith: { first, _ in first })
        for copy in copies where label[copy.a] != label[copy.b] {
            print(
                "wrong  \(copy.a) \(copy.b) \(copy.kind.rawValue) score \(copy.score) coverage "
                    + "\(copy.explanation.coverageA)/\(copy.explanation.coverageB)")
        }
        var members: [String: [Int]] = [:]
        for (position, name) in gold.enumerated() { members[name, default: []].append(position) }
        for positions in members.values.sorted(by: { $0[0] < $1[0] }) where positions.count > 1 {
            for (i, x) in positions.enumerated() {
                for y in positions[(i + 1)...] where predicted[x] != predicted[y] {
                    print("missed \(articles[x].id) \(articles[y].id)")
                }
            }
        }
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
              storyline eval events data.eval.jsonl --json --predictions events.jsonl
              storyline eval events ../shared/data/ecbplus-events/dev.eval.jsonl --shuffles 12
            """
    )

    @OptionGroup var eval: EvalOptions

    @Option(
        help: ArgumentHelp(
            "Also cluster this many seeded shuffles of the file and report the mean, lowest and highest scores.",
            discussion: "An online clusterer sees each article with only those before it, so one order can be lucky: "
                + "the spread says what to expect of another order. Dated articles still go in date order; the "
                + "shuffles reorder the undated ones and articles of the same day. The timed run and "
                + "--predictions use the file's order."))
    var shuffles = 0

    @Option(help: "Seed of the shuffles: the same seed gives the same orders on every machine.")
    var seed: UInt64 = 1000

    @Option(help: "Event options as a JSON object; missing keys keep their defaults (see EventOptions).")
    var options: String?

    @Option(
        help: ArgumentHelp(
            "What is scored against the label: events, or storylines (each article counted in its event's storyline).",
            discussion: "For a stream labelled by storyline, e.g. `storyline bench generate --label storylines`."))
    var score: ScoredGroup = .events

    @OptionGroup var embeddings: EmbeddingFlags

    /// The grouping `--score` compares with the gold labels.
    enum ScoredGroup: String, ExpressibleByArgument, CaseIterable {
        case events, storylines
    }

    func run() async throws {
        guard (0...10_000).contains(shuffles) else {
            Terminal.error("--shuffles: must be a number of shuffles from 0 to 10,000, got \(shuffles)")
            throw ExitCode(64)
        }
        let tuning = try EventOptions.parse(options)
        let table = try embeddings.table()
        let (articles, gold) = try eval.load()
        let dates = Dictionary(uniqueKeysWithValues: articles.compactMap { a in a.date.map { (a.id, $0) } })
        let detector = EventDetector(options: tuning, embeddings: table)
        var clustering = EventClustering(events: [], storylines: [])
        let (elapsed, _) = try eval.timed {
            clustering = detector.cluster(articles: articles, dates: dates)
        }
        let predicted = groups(of: articles, in: clustering)
        let scores = ClusterScores(predicted: predicted, gold: gold)
        try eval.writePredictions(ids: articles.map(\.id), groups: predicted)
        let orders =
            shuffles == 0
            ? nil
            : OrderSpread(gold: gold, shuffles: shuffles, seed: seed) { order in
                let shuffled = order.map { articles[$0] }
                let grouped = groups(of: shuffled, in: detector.cluster(articles: shuffled, dates: dates))
                var predicted = [String](repeating: "", count: articles.count)
                for (position, index) in order.enumerated() { predicted[index] = grouped[position] }
                return predicted
            }
        try eval.print(
            task: score.rawValue, scores: scores, seconds: elapsed,
            extra: [("storylines", "\(clustering.storylines.count)")], orders: orders)
    }

    /// The group `--score` compares with the gold label for each of `articles`, in their order.
    private func groups(of articles: [Article], in clustering: EventClustering) -> [String] {
        var storylineOf: [String: String] = [:]
        for storyline in clustering.storylines { for event in storyline.events { storylineOf[event] = storyline.id } }
        var groupOf: [String: String] = [:]
        for event in clustering.events {
            let group = score == .events ? event.id : storylineOf[event.id] ?? event.id
            for id in event.articles { groupOf[id] = group }
        }
        return articles.map { groupOf[$0.id] ?? "unassigned:\($0.id)" }
    }
}

/// Processor time used by this process, for speed figures that a busy machine does not distort.
enum CPUTime {
    /// Seconds of CPU time used so far (user + system).
    static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

extension EventOptions {
    /// The options given as a JSON object by `--options` (missing keys keep their defaults); the defaults when nil.
    static func parse(_ json: String?) throws -> EventOptions {
        guard let json else { return EventOptions() }
        let options: EventOptions
        do {
            options = try JSONDecoder().decode(EventOptions.self, from: Data(json.utf8))
        } catch {
            Terminal.error("--options: not a JSON object of event options (\(error))")
            throw ExitCode(64)
        }
        if let problem = options.problems.first {
            Terminal.error("--options: \(problem)")
            throw ExitCode(64)
        }
        return options
    }
}
