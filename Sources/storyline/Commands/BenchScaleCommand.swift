import ArgumentParser
import Foundation
import StorylineCore

/// `storyline bench scale`: ingest a synthetic stream online and report cost, memory and quality at each size.
struct BenchScaleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Ingest a synthetic news stream online and report per-article cost, memory and quality.",
        discussion: """
            The stream (deterministic for a seed) has events of a few articles, storylines over months, and \
            exact, near, partial and spun copies in known shares. Each article goes through Document, \
            CopyIndex.add and EventDetector.add, the engines the store uses; earlier articles are read back from a \
            scratch file when the copy index asks for them. At each size it reports:
              µs/art      pipeline CPU time per article, averaged over the last --window share of articles (so \
            growth shows), split into doc (Document.init), copies, events; floor = just finding the words
              art/s       articles per second from the start (pipeline wall time; cpu art/s in the JSON)
              RSS / peak  resident memory now and at its peak (Linux /proc/self/status)
              index B/art index memory per article: the engines' own footprint if they report one, else the \
            payload of their encoded state
              quality     copy-group pair F1, event BCubed F1 and NMI against the stream's truth

            Examples:
              storyline bench scale --articles 10k,100k
              storyline bench scale --articles 1M --json > scale.json && scripts/scale-plot scale.json
            """
    )

    @Option(help: "Sizes at which to report, e.g. 10k,100k,1M (the run streams up to the largest).")
    var articles = ArticleCounts(argument: "10k")!

    @Option(help: "Seed of the synthetic stream.")
    var seed: UInt64 = 1

    @Option(help: "Days the stream spans (sets articles per day).")
    var spanDays = 1_095

    @Option(help: "Share of each size over which per-article cost is averaged (0 < w ≤ 1).")
    var window = 0.1

    @Flag(help: "Print the measurements as JSON.")
    var json = false

    func validate() throws {
        guard window > 0, window <= 1 else { throw ValidationError("--window must be in (0, 1]") }
        guard spanDays > 0 else { throw ValidationError("--span-days must be positive") }
    }

    func run() async throws {
        let bar = ProgressBar(label: "scale")
        let options = SyntheticOptions(seed: seed, articles: articles.values.last!, spanDays: spanDays)
        let run = ScaleRun(sizes: articles.values, stream: options, window: window) { done, total in
            if done % 256 == 0 || done == total { bar.update(done, of: total) }
        }
        let report = try run.run()
        bar.finish()
        if json {
            var data = try Report.encoder.encode(report)
            data.append(0x0A)
            Terminal.write(data)
        } else {
            print(ScaleTable(report: report).text)
        }
    }
}

/// The human table of a scale report.
struct ScaleTable {
    let report: ScaleReport

    var text: String {
        let header = [
            "articles", "µs/art", "doc", "copies", "events", "floor", "art/s", "RSS MB", "peak MB", "index B/art",
            "copy F1", "event B3F1", "event NMI",
        ]
        var rows = [header]
        for c in report.checkpoints {
            func mb(_ bytes: Int?) -> String { bytes.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? "-" }
            rows.append([
                String(c.articles), f1(c.micros.pipeline), f1(c.micros.document), f1(c.micros.copies),
                f1(c.micros.events), f1(c.micros.floor), String(format: "%.0f", c.articlesPerSecond),
                mb(c.memory.residentBytes), mb(c.memory.peakResidentBytes),
                String(format: "%.0f", c.memory.indexBytesPerArticle), f3(c.copies.pairF1), f3(c.events.bcubedF1),
                f3(c.events.nmi),
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { $1.padding(widths[$0], left: $0 > 0) }.joined(separator: "  ")
        }
        lines.insert(String(repeating: "-", count: lines[0].count), at: 1)
        let stream = report.stream
        lines.append("")
        lines.append(
            "stream: seed \(stream.seed), \(stream.spanDays) days from \(stream.start); per-article costs are "
                + "averaged over the last \(Int(report.window * 100))% of each size.")
        if let growth = report.costGrowth, report.checkpoints.count > 1 {
            lines.append(String(format: "per-article cost, largest size ÷ smallest: %.2f×", growth))
        }
        if let last = report.checkpoints.last {
            lines.append(
                "index memory measure: \(last.memory.indexMeasure); copy recall by kind: "
                    + CopyKind.allCases.compactMap { kind in
                        last.copyRecallByKind[kind.rawValue].map { "\(kind.rawValue) \(f3($0))" }
                    }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private func f1(_ value: Double) -> String { String(format: "%.1f", value) }
    private func f3(_ value: Double) -> String { String(format: "%.3f", value) }
}

extension String {
    /// The string padded with spaces to `width`, on the left when `left` (numbers) else on the right.
    func padding(_ width: Int, left: Bool) -> String {
        let pad = String(repeating: " ", count: max(0, width - count))
        return left ? pad + self : self + pad
    }
}
