import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `storyline bench state`: saving and loading the archive's analysis state, binary form against JSON, in one run.
struct BenchStateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Time saving and loading the analysis state an archive keeps: the binary form against JSON.",
        discussion: """
            Builds the state an archive would hold after the given number of articles of the synthetic stream \
            (copy index and event state, as `storyline ingest` builds them), then encodes and decodes it with \
            Storyline's binary form (StateCoding) and with Foundation's JSONEncoder/JSONDecoder, the form it \
            replaced. Every checkpoint of an archive saves the whole state and a cold start loads it (see \
            docs/scaling.md). The median of --repeat runs is reported; both forms are checked to decode to the \
            same state.

            Examples:
              storyline bench state --articles 10k
              storyline bench state --articles 20k --repeat 3 --json
            """
    )

    @Option(help: "Articles of the synthetic stream the state is built from (k and M suffixes accepted).")
    var articles = ArticleCounts(argument: "5k")!

    @Option(help: "Timed runs of each encoding; the median is reported.")
    var `repeat` = 5

    @Flag(help: "Print the measurements as JSON.")
    var json = false

    /// One form's measurements.
    struct Form: Codable {
        var name: String
        var bytes: Int
        var encodeSeconds: Double
        var decodeSeconds: Double
    }

    /// What the command prints with --json.
    struct Result: Codable {
        var articles: Int
        var forms: [Form]
        /// JSON's time ÷ the binary form's, encode and decode.
        var encodeSpeedup: Double
        var decodeSpeedup: Double
    }

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() async throws {
        let count = articles.values.last!
        var state = AnalysisState()
        var documents: [String: Document] = [:]
        let detector = EventDetector()
        for item in SyntheticStream(SyntheticOptions(articles: count)) {
            let document = Document(item.article)
            documents[document.id] = document
            _ = state.copyIndex.add(document, date: item.article.date, earlier: { documents[$0] })
            _ = detector.add(document, date: item.article.date, to: &state.eventState)
        }
        documents = [:]
        let binary = try measure("binary (StateCoding)", state) {
            try StateCoding.encode($0)
        } decode: {
            AnalysisState(
                copyIndex: try StateCoding.decode(CopyIndex.self, from: $0.0),
                eventState: try StateCoding.decode(EventState.self, from: $0.1))
        }
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        let json = try measure("JSON (JSONEncoder)", state) {
            Array(try encoder.encode($0))
        } decode: {
            AnalysisState(
                copyIndex: try decoder.decode(CopyIndex.self, from: Data($0.0)),
                eventState: try decoder.decode(EventState.self, from: Data($0.1)))
        }
        let result = Result(
            articles: count, forms: [binary, json], encodeSpeedup: json.encodeSeconds / binary.encodeSeconds,
            decodeSpeedup: json.decodeSeconds / binary.decodeSeconds)
        if self.json {
            var data = try JSONEncoder.sorted.encode(result)
            data.append(0x0A)
            Terminal.write(data)
            return
        }
        print("analysis state after \(count) synthetic articles (copy index + event state), median of \(`repeat`) runs")
        for form in result.forms {
            print(
                String(
                    format: "%@ %8.1f MB  encode %7.3f s  decode %7.3f s", form.name.padding(22),
                    Double(form.bytes) / 1e6, form.encodeSeconds, form.decodeSeconds))
        }
        print(
            String(
                format: "binary form is %.1f× faster to encode, %.1f× faster to decode, %.0f %% of JSON's size",
                result.encodeSpeedup, result.decodeSpeedup, 100 * Double(binary.bytes) / Double(json.bytes)))
    }

    /// Times encoding both parts of `state` and decoding them back, and checks the result against the original.
    private func measure(
        _ name: String, _ state: AnalysisState, encode: (any Encodable) throws -> [UInt8],
        decode: (([UInt8], [UInt8])) throws -> AnalysisState
    ) throws -> Form {
        var encodes: [Double] = []
        var decodes: [Double] = []
        var bytes: ([UInt8], [UInt8]) = ([], [])
        var decoded = AnalysisState()
        for _ in 0..<`repeat` {
            var start = MonotonicClock.nanoseconds()
            bytes = (try encode(state.copyIndex), try encode(state.eventState))
            encodes.append(Double(MonotonicClock.nanoseconds() - start) / 1e9)
            start = MonotonicClock.nanoseconds()
            decoded = try decode(bytes)
            decodes.append(Double(MonotonicClock.nanoseconds() - start) / 1e9)
        }
        let sorted = JSONEncoder.sorted
        guard try sorted.encode(decoded.eventState) == sorted.encode(state.eventState),
            decoded.copyIndex.count == state.copyIndex.count
        else {
            Terminal.error("bench state: \(name) did not decode to the state it encoded")
            throw ExitCode(70)
        }
        return Form(
            name: name, bytes: bytes.0.count + bytes.1.count, encodeSeconds: encodes.sorted()[encodes.count / 2],
            decodeSeconds: decodes.sorted()[decodes.count / 2])
    }
}
