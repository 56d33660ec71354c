import Foundation
import StorylineCore
import StorylineStore
import Testing

/// `--numeric-dates` (and STORYLINE_NUMERIC_DATES): how `03/04/2022` in a date line is read, in `analyze` and in
/// `ingest`; without it the date is ambiguous and no date is claimed.
@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct NumericDatesTests {
    /// One article whose only date is an all-numeric date line with no weekday to settle it.
    static let article = Data(
        #"{"id":"n1","text":"LYNMOUTH, 03/04/2022 - The harbour board approved the new breakwater after a long debate."}"#
            .utf8 + [0x0A])

    static func analyzedDate(_ arguments: [String], environment: [String: String] = [:]) throws -> Day? {
        let output = try CommandRunner.run(
            ["analyze", "-", "--json"] + arguments, input: article, environment: environment)
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONDecoder().decode(Report.self, from: output.stdout).articles.first?.date
    }

    @Test("analyze: ambiguous by default; day-first and month-first read it; the environment sets the default")
    func analyze() throws {
        #expect(try Self.analyzedDate([]) == nil)
        #expect(try Self.analyzedDate(["--numeric-dates", "day-first"]) == Day(year: 2022, month: 4, day: 3))
        #expect(try Self.analyzedDate(["--numeric-dates", "month-first"]) == Day(year: 2022, month: 3, day: 4))
        #expect(
            try Self.analyzedDate([], environment: ["STORYLINE_NUMERIC_DATES": "day-first"])
                == Day(year: 2022, month: 4, day: 3))
        let wrong = try CommandRunner.run(["analyze", "-", "--numeric-dates", "sideways"], input: Self.article)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("numeric-dates"))
    }

    @Test("ingest stores the date the flag chose")
    func ingest() throws {
        let db = ArchiveCommandTests.temporaryDB()
        defer { try? FileManager.default.removeItem(atPath: (db as NSString).deletingLastPathComponent) }
        let output = try CommandRunner.run(
            ["ingest", "-", "--db", db, "--numeric-dates", "day-first", "--json"], input: Self.article)
        #expect(output.status == 0, "\(output.stderr)")
        let outcome = try JSONDecoder().decode(IngestOutcome.self, from: output.stdout)
        #expect(outcome.added.map(\.date) == [Day(year: 2022, month: 4, day: 3)])
    }
}
