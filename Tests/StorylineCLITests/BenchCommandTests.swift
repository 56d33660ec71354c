import Foundation
import Testing

@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct BenchCommandTests {
    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func scaleRunPrintsValidJSON() throws {
        let output = try CommandRunner.run(["bench", "scale", "--articles", "500,1000", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        let checkpoints = try #require(report["checkpoints"] as? [[String: Any]])
        #expect(checkpoints.map { $0["articles"] as? Int } == [500, 1000])
        let last = try #require(checkpoints.last)
        #expect(last["windowStart"] as? Int == 900)
        let micros = try #require(last["micros"] as? [String: Double])
        #expect((micros["pipeline"] ?? 0) > 0)
        #expect(abs(micros["pipeline"]! - micros["document"]! - micros["copies"]! - micros["events"]!) < 1e-6)
        let memory = try #require(last["memory"] as? [String: Any])
        #expect((memory["indexBytesPerArticle"] as? Double ?? -1) >= 0)
        #expect(["payload", "footprint"].contains(memory["indexMeasure"] as? String ?? ""))
        let copies = try #require(last["copies"] as? [String: Any])
        #expect(copies["items"] as? Int == 1000)
        #expect((copies["goldClusters"] as? Int ?? 1000) < 1000, "the stream holds copies")
        let events = try #require(last["events"] as? [String: Any])
        #expect((events["goldClusters"] as? Int ?? 1000) < 500, "events hold several articles")
        #expect(report["costGrowth"] is Double)
    }

    @Test func stateIsTimedInBothForms() throws {
        let output = try CommandRunner.run(["bench", "state", "--articles", "300", "--repeat", "1", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        #expect(report["articles"] as? Int == 300)
        let forms = try #require(report["forms"] as? [[String: Any]])
        #expect(forms.count == 2)
        let sizes = forms.compactMap { $0["bytes"] as? Int }
        #expect(sizes.count == 2 && sizes[0] > 0 && sizes[0] < sizes[1], "binary is smaller than JSON: \(sizes)")
        #expect(forms.allSatisfy { ($0["encodeSeconds"] as? Double ?? -1) > 0 })
        #expect(try CommandRunner.run(["bench", "state", "--repeat", "0"]).status == 64)
    }

    @Test func archiveTimesEveryBatchAndReportsCheckpoints() throws {
        let output = try CommandRunner.run([
            "bench", "archive", "--articles", "2500", "--batch-size", "100", "--windows", "5", "--json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try object(output.stdout)
        let batches = try #require(report["batches"] as? [[String: Any]])
        #expect(batches.count == 25)
        let stored = batches.compactMap { $0["articles"] as? Int }.reduce(0, +)
        #expect(stored > 2_300 && stored <= 2_500, "the stream's exact copies are skipped: \(stored)")
        #expect(report["articles"] as? Int == stored)
        // The first batch always saves the state; the next one is due after 2,000 articles.
        let saved = batches.enumerated().filter { $0.element["checkpointed"] as? Bool == true }.map { $0.offset + 1 }
        #expect(saved.first == 1 && saved.count == 2, "\(saved)")
        let windows = try #require(report["windows"] as? [[String: Any]])
        #expect(windows.count == 5)
        #expect(windows.last?["archiveArticles"] as? Int == stored)
        #expect((report["growth"] as? Double ?? 0) > 0)
        #expect(try CommandRunner.run(["bench", "archive", "--batch-size", "0"]).status == 64)
    }

    @Test func scaleRejectsBadSizes() throws {
        #expect(try CommandRunner.run(["bench", "scale", "--articles", "0"]).status == 64)
        #expect(try CommandRunner.run(["bench", "scale", "--articles", "ten"]).status == 64)
        #expect(try CommandRunner.run(["bench", "scale", "--window", "2"]).status == 64)
    }

    @Test func floorCountsArticlesAndWords() throws {
        let output = try CommandRunner.run(["bench", "floor", "Examples", "--json", "--repeat", "1"])
        #expect(output.status == 0, "\(output.stderr)")
        let floor = try object(output.stdout)
        #expect((floor["articles"] as? Int ?? 0) > 3)
        #expect((floor["words"] as? Int ?? 0) > 100)
        #expect((floor["articlesPerSecond"] as? Double ?? 0) > 0)
        #expect(try CommandRunner.run(["bench", "floor", "Examples/nope"]).status == 66)
    }

    @Test func generatedStreamIsDeterministicAndScoresThroughEval() throws {
        let first = try CommandRunner.run(["bench", "generate", "--articles", "60", "--label", "copies"])
        let second = try CommandRunner.run(["bench", "generate", "--articles", "60", "--label", "copies"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let lines = first.text.split(separator: "\n")
        #expect(lines.count == 60)

        let folder = try CommandRunner.makeFolder(prefix: "storyline-bench-")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try first.stdout.write(to: URL(fileURLWithPath: folder + "/stream.jsonl"))
        let predictions = folder + "/groups.jsonl"
        let eval = try CommandRunner.run([
            "eval", "copies", folder + "/stream.jsonl", "--json", "--predictions", predictions,
        ])
        #expect(eval.status == 0, "\(eval.stderr)")
        let scores = try object(eval.stdout)
        #expect((scores["scores"] as? [String: Any])?["items"] as? Int == 60)
        let written = try String(contentsOfFile: predictions, encoding: .utf8).split(separator: "\n")
        #expect(written.count == 60)
        let row = try object(Data(written[0].utf8))
        #expect(row["id"] is String && row["group"] is String)
    }

    /// `eval events --score storylines` groups each article by its event's storyline: every storyline group is a
    /// union of event groups, so there are no more of them, and the task is named in the output.
    @Test func storylinesAreScoredAsUnionsOfEvents() throws {
        let stream = try CommandRunner.run(["bench", "generate", "--articles", "400", "--label", "storylines"])
        #expect(stream.status == 0, "\(stream.stderr)")
        let folder = try CommandRunner.makeFolder(prefix: "storyline-bench-")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try stream.stdout.write(to: URL(fileURLWithPath: folder + "/stream.jsonl"))

        func groups(_ score: String) throws -> (task: String?, groups: [String: String]) {
            let file = folder + "/\(score).jsonl"
            let run = try CommandRunner.run([
                "eval", "events", folder + "/stream.jsonl", "--score", score, "--json", "--predictions", file,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            var groups: [String: String] = [:]
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                let row = try object(Data(line.utf8))
                groups[row["id"] as? String ?? ""] = row["group"] as? String
            }
            return (try object(run.stdout)["task"] as? String, groups)
        }
        let events = try groups("events")
        let storylines = try groups("storylines")
        #expect(events.task == "events" && storylines.task == "storylines")
        #expect(events.groups.count == 400 && storylines.groups.count == 400)
        var storylineOfEvent: [String: String] = [:]
        for (id, event) in events.groups {
            let storyline = try #require(storylines.groups[id])
            #expect(storylineOfEvent[event, default: storyline] == storyline, "event \(event) is in one storyline")
            storylineOfEvent[event] = storyline
        }
        #expect(Set(storylines.groups.values).count < Set(events.groups.values).count, "some storyline has 2 events")
        #expect(try CommandRunner.run(["eval", "events", folder + "/stream.jsonl", "--score", "topics"]).status == 64)
    }
}
