import Foundation
import StorylineCore
import Testing

@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct QuotesCommandTests {
    static let seeds = CommandRunner.packageRoot + "/../shared/seeds"
    static let seedsPresent = FileManager.default.fileExists(atPath: seeds)

    /// The JSON shape printed by `storyline quotes --json`.
    struct Output: Decodable {
        struct Speaker: Decodable {
            var speaker: String
            var quotes: Int
            var groups: [QuoteGroup]
        }
        var speaker: String?
        var groups: [Speaker]
    }

    @Test func examplesRepeatedSentenceIsGroupedAcrossYears() throws {
        let output = try CommandRunner.run(["quotes", "--speaker", "Varga", "Examples", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let decoded = try JSONDecoder().decode(Output.self, from: output.stdout)
        #expect(decoded.groups.map(\.speaker) == ["Ilse Varga"])
        let repeated = decoded.groups.first?.groups.first { $0.text.hasPrefix("There is still a lot of work to do") }
        let years = Set((repeated?.occurrences ?? []).compactMap { $0.date?.year })
        #expect(years.count >= 2, "\(String(describing: repeated))")
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seedsPeskovText() throws {
        let output = try CommandRunner.run(["quotes", "--speaker", "peskov", Self.seeds])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.text.hasPrefix("Dmitry Peskov: "))
        #expect(output.text.contains("\"There is a lot of work to be done\""))
        #expect(output.text.contains("2022-03-31"))
        #expect(output.text.contains("2025-06-03"))
    }

    @Test func unknownSpeakerIsNotAnError() throws {
        let output = try CommandRunner.run(["quotes", "--speaker", "Nobody Atall", "Examples"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("no quotes by"))
    }

    @Test func missingPathExits66() throws {
        #expect(try CommandRunner.run(["quotes", "--speaker", "X", "/no/such/folder"]).status == 66)
    }
}
