import Foundation
import StorylineCore
import Testing

@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct AnalyzeCommandTests {
    static let seeds = CommandRunner.packageRoot + "/../shared/seeds"
    static let seedsPresent = FileManager.default.fileExists(atPath: seeds)

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seedsReportIsValidAndByteIdentical() throws {
        let first = try CommandRunner.run(["analyze", Self.seeds, "--json"])
        let second = try CommandRunner.run(["analyze", Self.seeds, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let report = try JSONDecoder().decode(Report.self, from: first.stdout)
        #expect(report.articles.count == 5)
        let dates = Dictionary(uniqueKeysWithValues: report.articles.map { (String($0.id.prefix(3)), $0.date) })
        #expect(dates["000"] == Day(year: 2022, month: 3, day: 31))
        #expect(dates["004"] == Day(year: 2022, month: 3, day: 29))
        #expect(dates["003"] == Day(year: 2025, month: 6, day: 3))
        #expect(report.articles.allSatisfy { $0.id.hasPrefix("00") && !$0.id.hasSuffix(".txt") })
        let events = report.events.flatMap(\.articles).sorted()
        #expect(events == report.articles.map(\.id).sorted(), "every article is in exactly one event")
        #expect(first.text.contains("\"date\" : null") || report.articles.allSatisfy { $0.date != nil })
    }

    @Test func examplesMixFormats() throws {
        let output = try CommandRunner.run(["analyze", "Examples", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: output.stdout)
        let sources = Set(report.articles.map { ($0.source as NSString).pathExtension.prefix(4) })
        #expect(sources.isSuperset(of: ["txt", "json", "html"]))
    }

    @Test func standardInputIsRead() throws {
        let input = Data("{\"id\":\"p1\",\"text\":\"Piped article text.\"}\n".utf8)
        let output = try CommandRunner.run(["analyze", "-", "--json"], input: input)
        #expect(output.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: output.stdout)
        #expect(report.articles.map(\.id) == ["p1"])
    }

    @Test func exitCodesScriptsCanTrust() throws {
        let folder = try CommandRunner.makeFolder(prefix: "storyline-cli-")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("fine text".utf8).write(to: URL(fileURLWithPath: folder + "/ok.txt"))
        try Data([0xFF, 0xFE, 0x41]).write(to: URL(fileURLWithPath: folder + "/bad.txt"))

        let lenient = try CommandRunner.run(["analyze", folder, "--json"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("bad.txt"))
        #expect(lenient.stderr.contains("invalid UTF-8"))

        let strict = try CommandRunner.run(["analyze", folder, "--strict"])
        #expect(strict.status == 65)

        let missing = try CommandRunner.run(["analyze", folder + "/nope"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope"))

        let usage = try CommandRunner.run(["analyze"])
        #expect(usage.status == 64)

        let summary = try CommandRunner.run(["analyze", folder])
        #expect(summary.text.contains("1 skipped"))
    }

    @Test func helpTeaches() throws {
        let help = try CommandRunner.run(["--help"])
        #expect(help.text.contains("Exit codes"))
        #expect(help.text.contains("analyze"))
        let analyzeHelp = try CommandRunner.run(["analyze", "--help"])
        #expect(analyzeHelp.text.contains("--strict"))
        #expect(analyzeHelp.text.contains("Examples"))
    }
}

@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct DemoCommandTests {
    @Test func demoAnalysesTheShippedCorpusAndStoresIt() throws {
        let db = ArchiveCommandTests.temporaryDB()
        defer { try? FileManager.default.removeItem(atPath: (db as NSString).deletingLastPathComponent) }
        let output = try CommandRunner.run(["demo", "--db", db])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.text.contains("articles read"))
        #expect(output.text.contains("19 articles added"))
        let json = try CommandRunner.run(["demo", "--json", "--db", db])
        let report = try JSONDecoder().decode(Report.self, from: json.stdout)
        #expect(report.articles.count >= 15)
        #expect(!report.copies.isEmpty)
        #expect(json.stderr.contains("0 articles added, 19 already stored"), "a second run stores nothing twice")

        // The archive the demo left behind answers the next commands of its message.
        let storylines = try CommandRunner.run(["storylines", "--db", db, "--json"])
        #expect(storylines.status == 0, "\(storylines.stderr)")
        #expect(storylines.text.contains("Oreth"))
        let onlyAnalysed = ArchiveCommandTests.temporaryDB()
        #expect(try CommandRunner.run(["demo", "--no-archive", "--db", onlyAnalysed]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: onlyAnalysed))
    }
}
