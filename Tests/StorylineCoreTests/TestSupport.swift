import Foundation

@testable import StorylineCore

/// Helpers shared by the core tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The shared seeds folder (`../shared/seeds`).
    static let seedsFolder = packageRoot + "/../shared/seeds"
    /// Whether the seeds are present.
    static let seedsPresent = FileManager.default.fileExists(atPath: seedsFolder)

    /// A day from `YYYY-MM-DD`.
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// A document from text, with an optional date.
    static func document(_ id: String, _ text: String, date: Day? = nil) -> Document {
        Document(Article(id: id, text: text, date: date, source: id))
    }

    /// The seed articles, by their three-digit prefix, read the way ingest reads a text file with a date marker.
    static func seeds() throws -> [String: Document] {
        var result: [String: Document] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsFolder).sorted()
        where name.hasSuffix(".txt") {
            var text = try String(contentsOfFile: seedsFolder + "/" + name, encoding: .utf8)
            var date: Day?
            let trimmed = text.drop { $0 == " " || $0 == "\n" }
            if trimmed.hasPrefix("date "), let day = Day(iso: trimmed.dropFirst(5).prefix(10)) {
                date = day
                text = String(trimmed.dropFirst(15))
            }
            let id = String(name.dropLast(4))
            result[String(name.prefix(3))] = Document(
                Article(id: id, text: text, date: date, dateSource: date == nil ? nil : .marker, source: name))
        }
        return result
    }
}
