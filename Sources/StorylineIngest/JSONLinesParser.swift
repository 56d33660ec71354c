import Foundation
import StorylineCore

/// Reads JSON Lines: one article per line with `text` (required) and optional `id`, `title`, `date`, `url`,
/// `source`; unknown fields (such as an evaluation `label`) are ignored.
public enum JSONLinesParser {
    /// One parsed line: the article, or why the line was skipped, plus warnings on ignored fields.
    public struct Line: Sendable {
        /// The article, or the issue that made the line unusable.
        public var result: Result<Article, IngestIssue>
        /// Problems that did not stop the line (e.g. an unreadable `date`).
        public var warnings: [IngestIssue]
    }

    /// Parses every non-blank line; `defaultID` makes the id of a line that has none (from its 1-based number);
    /// `fields` names the fields to read.
    public static func parse(
        _ content: String, source: String, maxLineBytes: Int, fields: JSONFieldNames = JSONFieldNames(),
        defaultID: (Int) -> String
    ) -> [Line] {
        var found: [(line: Substring, number: Int)] = []
        var number = 0
        // Split on the byte: a Character-level split would miss "\r\n", which Swift treats as one Character.
        for rawBytes in content.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let bytes = rawBytes.last == 0x0D ? rawBytes.dropLast() : rawBytes
            let line = Substring(bytes)
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            found.append((line, number))
        }
        // Records are independent: parsed in parallel, gathered in line order.
        let records = found
        let wanted = fields.all
        let defaultIDs = records.map { defaultID($0.number) }
        return ParallelMap.map(records.count, minimum: 256) { k -> Line in
            let (line, number) = records[k]
            if line.utf8.count > maxLineBytes {
                let issue = IngestIssue(
                    .tooLarge, source: source, line: number,
                    message: "record is \(line.utf8.count) bytes, over the \(maxLineBytes)-byte limit")
                return Line(result: .failure(issue), warnings: [])
            }
            return parseLine(
                line, number: number, source: source, fields: fields, wanted: wanted,
                defaultID: { _ in defaultIDs[k] })
        }
    }

    /// Parses one record.
    static func parseLine(
        _ line: Substring, number: Int, source: String, fields names: JSONFieldNames, wanted: Set<String>? = nil,
        defaultID: (Int) -> String
    ) -> Line {
        func failure(_ message: String) -> Line {
            Line(
                result: .failure(IngestIssue(.malformedJSON, source: source, line: number, message: message)),
                warnings: [])
        }
        var record: [String: JSONValue] = [:]
        if let fields = JSONFieldScanner.fields(line, wanted: wanted ?? names.all) {
            record = fields
        } else {
            do {
                let value = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
                guard case .object(let fields) = value else {
                    return failure("expected a JSON object, found \(value.kindDescription)")
                }
                record = fields
            } catch {
                return failure("not valid JSON (\(describe(error)))")
            }
        }
        guard let textValue = record[names.text], case .string(let text) = textValue else {
            if let other = record[names.text], case .null = other {
            } else if let other = record[names.text] {
                return failure("field \"\(names.text)\" must be a string, found \(other.kindDescription)")
            }
            return failure("missing required field \"\(names.text)\"")
        }
        guard text.contains(where: { !$0.isWhitespace }) else { return failure("field \"\(names.text)\" is empty") }
        var warnings: [IngestIssue] = []
        func string(_ field: String) -> String? {
            switch record[field] {
            case nil, .null: return nil
            case .string(let value): return value.isEmpty ? nil : value
            case .number(_, let text): return text
            case .some(let other):
                warnings.append(
                    IngestIssue(
                        .ignoredField, source: source, line: number,
                        message: "field \"\(field)\" must be a string, found \(other.kindDescription); ignored"))
                return nil
            }
        }
        let id = string(names.id) ?? defaultID(number)
        var date: Day?
        if let rawDate = string(names.date) {
            date = Day(iso: rawDate.trimmingCharacters(in: " "))
            if date == nil {
                warnings.append(
                    IngestIssue(
                        .ignoredField, source: source, line: number,
                        message: "field \"\(names.date)\": \"\(rawDate.prefix(40))\" is not an ISO 8601 date; ignored"))
            }
        }
        let article = Article(
            id: id, title: string(names.title), text: text, date: date, dateSource: date == nil ? nil : .field,
            source: "\(source):\(number)", url: string(names.url), outlet: string(names.source))
        return Line(result: .success(article), warnings: warnings)
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            return String(underlying.prefix(160))
        }
        return String("\(error)".prefix(160))
    }
}
