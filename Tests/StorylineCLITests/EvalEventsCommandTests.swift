import Foundation
import Testing

/// `storyline eval events --shuffles N`: the spread of the scores over seeded shuffles of the file.
@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct EvalEventsCommandTests {
    /// Eight articles of two events, labelled.
    static func file() throws -> String {
        let lines = (0..<8).map { index in
            let (label, text) =
                index % 2 == 0
                ? ("flood", "Floods on the Tarn river forced 300 people from Albi homes (report \(index)).")
                : ("vote", "The Korvessa parliament passed the fuel tax bill by 120 votes to 80 (report \(index)).")
            return #"{"id":"a\#(index)","text":"\#(text)","label":"\#(label)"}"#
        }
        let folder = try CommandRunner.makeFolder(prefix: "eval-events")
        let path = folder + "/two.eval.jsonl"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The `orders` object of a JSON report.
    static func orders(_ output: CommandRunner.Output) throws -> [String: Any]? {
        let object = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any]
        return object?["orders"] as? [String: Any]
    }

    @Test("--shuffles reports the seed, the count and each score's mean, lowest and highest value; same seed, same")
    func shufflesReported() throws {
        let path = try Self.file()
        let first = try CommandRunner.run(["eval", "events", path, "--shuffles", "3", "--seed", "5", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let orders = try #require(try Self.orders(first))
        #expect(orders["shuffles"] as? Int == 3 && orders["seed"] as? Int == 5)
        for name in ["bcubedF1", "nmi", "pairF1"] {
            let spread = try #require(orders[name] as? [String: Double], "\(name)")
            let (low, mean, high) = (spread["min"] ?? -1, spread["mean"] ?? -1, spread["max"] ?? -1)
            #expect(0 <= low && low <= mean + 1e-12 && mean <= high + 1e-12 && high <= 1, "\(name): \(spread)")
        }
        let again = try CommandRunner.run(["eval", "events", path, "--shuffles", "3", "--seed", "5", "--json"])
        #expect(NSDictionary(dictionary: try #require(try Self.orders(again))) == NSDictionary(dictionary: orders))

        let plain = try CommandRunner.run(["eval", "events", path, "--json"])
        let plainOrders = try Self.orders(plain)
        #expect(plain.status == 0 && plainOrders == nil)
        let text = try CommandRunner.run(["eval", "events", path, "--shuffles", "2"])
        #expect(text.text.contains("BCubed F1 over 2 shuffles (seed 1000)"), "\(text.text)")
    }

    @Test("A negative number of shuffles exits 64 naming the option")
    func badShuffles() throws {
        let output = try CommandRunner.run(["eval", "events", try Self.file(), "--shuffles=-2"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--shuffles"), "\(output.stderr)")
    }

    @Test("An event option out of range exits 64 naming it")
    func badOption() throws {
        let output = try CommandRunner.run(["eval", "events", try Self.file(), "--options", #"{"centroidTerms": -5}"#])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--options: centroidTerms must be at least 1"), "\(output.stderr)")
    }
}
