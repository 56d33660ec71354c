import Foundation
import Testing

private let semeval = CommandRunner.packageRoot + "/../shared/data/semeval22-task8-train/en_en_pairs.jsonl"
private let msrp = CommandRunner.packageRoot + "/../shared/data/msr-paraphrase/msr_paraphrase_train.txt"

@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct EvalPairsCommandTests {
    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func write(_ text: String, name: String) throws -> (folder: String, path: String) {
        let folder = try CommandRunner.makeFolder(prefix: "storyline-eval-pairs-")
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    func pair(_ a: String, _ b: String, _ rating: Double, title: String? = nil) throws -> String {
        var object: [String: Any] = ["text1": a, "text2": b, "Overall": rating]
        if let title { object["title1"] = title }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func ratedPairsAreScoredByCorrelation() throws {
        let quake = "A strong earthquake struck Velmora on Tuesday and rescuers searched collapsed schools."
        let lines = [
            try pair(quake, "Rescuers in Velmora searched schools after the earthquake on Tuesday.", 1),
            try pair(quake, "Velmora schools reopened a month after the earthquake.", 2.5),
            try pair(quake, "The Ostrava finance minister presented a budget raising fuel taxes.", 4),
            try pair("A court in Dunmore jailed the former mayor for bribes.", "The Dunmore mayor was jailed.", 1.5),
        ]
        let (folder, path) = try write(lines.joined(separator: "\n") + "\n", name: "pairs.jsonl")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CommandRunner.run(["eval", "pairs", path, "--json", "--predictions", folder + "/p.jsonl"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        #expect(report["pairs"] as? Int == 4)
        #expect((report["pearson"] as? Double ?? 0) > 0.5, "\(report)")
        let predictions = try String(contentsOfFile: folder + "/p.jsonl", encoding: .utf8)
            .split(separator: "\n").map { try object(Data($0.utf8)) }
        #expect(predictions.count == 4)
        let scores = predictions.compactMap { $0["score"] as? Double }
        #expect(scores.count == 4 && scores[0] < scores[2], "\(scores)")

        let text = try CommandRunner.run(["eval", "pairs", path])
        #expect(text.status == 0)
        #expect(text.text.contains("Pearson r"))
    }

    @Test func timingRunsUntilTheMinimumDuration() throws {
        let (folder, path) = try write(
            try pair("A flood closed the Velmora bridge.", "The Velmora bridge closed after a flood.", 1) + "\n",
            name: "pairs.jsonl")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let started = Date()
        let output = try CommandRunner.run(["eval", "pairs", path, "--json", "--repeat", "1", "--min-seconds", "0.3"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Date().timeIntervalSince(started) >= 0.3, "a run of well under a millisecond was repeated for 0.3 s")
        #expect(try CommandRunner.run(["eval", "pairs", path, "--min-seconds", "-1"]).status == 64)
    }

    @Test func aBrokenLineIsNamed() throws {
        let good = try pair("One article about a flood.", "Another article about a flood.", 2)
        for (body, needle) in [
            (good + "\n{not json\n", "pairs.jsonl:2: not a JSON object"),
            (good + "\n{\"text1\":\"a\",\"Overall\":2}\n", "pairs.jsonl:2: \"text2\""),
            (good + "\n{\"text1\":\"a\",\"text2\":\"b\"}\n", "pairs.jsonl:2: \"Overall\""),
            ("\n\n", "no pairs"),
        ] {
            let (folder, path) = try write(body, name: "pairs.jsonl")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let output = try CommandRunner.run(["eval", "pairs", path])
            #expect(output.status == 65, "\(body)")
            #expect(output.stderr.contains(needle), "\(output.stderr)")
        }
        #expect(try CommandRunner.run(["eval", "pairs", "/nonexistent/pairs.jsonl"]).status == 66)
    }

    @Test func paraphrasePairsAreScoredByAccuracy() throws {
        let tsv = """
            Quality\t#1 ID\t#2 ID\t#1 String\t#2 String
            1\t1\t2\tThe minister said the talks would resume next week.\tThe minister stated the talks would resume next week.
            0\t3\t4\tShares fell 3 percent in early trading.\tThe company will announce results on Friday.
            1\t5\t6\tRescuers pulled two survivors from the rubble.\tTwo survivors were found by rescuers.

            """
        let (folder, path) = try write(tsv, name: "msr.txt")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CommandRunner.run(["eval", "paraphrase", path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        #expect(report["pairs"] as? Int == 3)
        #expect(report["paraphrases"] as? Int == 2)
        // The first two are judged right by word order; the passive third is not (recall 0.5).
        #expect(abs((report["accuracy"] as? Double ?? 0) - 2.0 / 3.0) < 1e-9, "\(report)")
        #expect(report["precision"] as? Double == 1)
        #expect(try CommandRunner.run(["eval", "paraphrase", path, "--threshold", "2"]).status == 64)
    }

    @Test func aBadParaphraseRowIsNamed() throws {
        let (folder, path) = try write("1\t1\t2\tonly four fields\n", name: "msr.txt")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CommandRunner.run(["eval", "paraphrase", path])
        #expect(output.status == 65)
        #expect(output.stderr.contains("msr.txt:1: want five tab-separated fields"), "\(output.stderr)")
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: semeval), "../shared/data/semeval22-task8-train is absent"))
    func semEvalPairsCorrelate() throws {
        let output = try CommandRunner.run(["eval", "pairs", semeval, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        #expect(report["pairs"] as? Int == 259)
        // Measured 0.825 (2026-12-05); the published best on the official English pairs is 0.872 (fine-tuned).
        #expect((report["pearson"] as? Double ?? 0) >= 0.8, "\(report)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: msrp), "../shared/data/msr-paraphrase is absent"))
    func msrpSentencesAreMatched() throws {
        let output = try CommandRunner.run(["eval", "paraphrase", msrp, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        #expect(report["pairs"] as? Int == 4076)
        // Measured 0.716 / F1 0.803; answering "paraphrase" always gives 0.675 / 0.806 on this split.
        #expect((report["accuracy"] as? Double ?? 0) >= 0.70, "\(report)")
    }
}
