import Foundation
import Testing

/// `--embeddings` (and STORYLINE_EMBEDDINGS): the word-piece table that clusters streams of short texts; the shipped
/// one by default, `none` for words only, and a clear error for a file that is missing or no table.
@Suite(.enabled(if: CommandRunner.available, "the storyline executable is not built (run scripts/test)"))
struct EmbeddingsFlagTests {
    /// Six headlines of two stories, labelled.
    static let headlines = Data(
        [
            #"{"id":"1","text":"Earthquake kills dozens in coastal Peru","label":"quake"}"#,
            #"{"id":"2","text":"Peru quake death toll climbs as rescuers dig","label":"quake"}"#,
            #"{"id":"3","text":"Rescuers search rubble after Peru earthquake","label":"quake"}"#,
            #"{"id":"4","text":"Senate passes budget after late night vote","label":"budget"}"#,
            #"{"id":"5","text":"Budget bill clears Senate, heads to president","label":"budget"}"#,
            #"{"id":"6","text":"President to sign budget passed by Senate","label":"budget"}"#,
        ].joined(separator: "\n").utf8 + [0x0A])

    static func file() throws -> String {
        let folder = try CommandRunner.makeFolder(prefix: "embeddings")
        let path = folder + "/headlines.eval.jsonl"
        try headlines.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("The shipped table, none, and the environment variable all run")
    func settingsRun() throws {
        let path = try Self.file()
        for (arguments, environment) in [
            ([String](), [String: String]()), (["--embeddings", "none"], [:]), ([], ["STORYLINE_EMBEDDINGS": "none"]),
        ] {
            let output = try CommandRunner.run(
                ["eval", "events", path, "--json"] + arguments, environment: environment)
            #expect(output.status == 0, "\(arguments) \(environment): \(output.stderr)")
            #expect(!output.stderr.contains("warning"), "\(output.stderr)")
        }
    }

    @Test("A missing table exits 66 and a file that is no table 65, each naming the file")
    func badTables() throws {
        let path = try Self.file()
        let missing = try CommandRunner.run(["eval", "events", path, "--embeddings", "/nonexistent/table.slemb"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/table.slemb"), "\(missing.stderr)")
        let notATable = try CommandRunner.run(
            ["analyze", path], environment: ["STORYLINE_EMBEDDINGS": path])
        #expect(notATable.status == 65)
        #expect(notATable.stderr.contains(path) && notATable.stderr.contains("SLEMB001"), "\(notATable.stderr)")
    }
}
