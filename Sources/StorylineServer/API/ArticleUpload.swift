import Foundation
import StorylineCore
import StorylineIngest
import StorylineStore

/// Reads the body of `POST /api/articles`: one JSON article, a JSON array of articles, or JSON Lines.
///
/// All or nothing: any unusable record rejects the whole request (4xx naming every bad line), so a client never
/// has to find out which half of its upload was stored.
enum ArticleUpload {
    /// Media types read as one JSON document (an object, or an array of objects).
    static let jsonTypes: Set<String> = ["application/json"]
    /// Media types read as JSON Lines.
    static let jsonLinesTypes: Set<String> = [
        "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-lines",
        "application/x-jsonlines", "text/jsonl",
    ]

    /// The articles of a body, with the warnings on ignored fields.
    static func parse(_ bytes: [UInt8], contentType: String?, source: String) throws -> (
        articles: [Article], warnings: [String]
    ) {
        let mediaType = contentType.map { String($0.split(separator: ";").first ?? "").trimmed.lowercased() } ?? ""
        guard jsonTypes.contains(mediaType) || jsonLinesTypes.contains(mediaType) else {
            throw APIError(
                status: .unsupportedMediaType, code: "unsupported_media_type",
                message: "send articles as application/json (one object or an array) or application/x-ndjson "
                    + "(JSON Lines); got \(mediaType.isEmpty ? "no Content-Type" : "\"\(mediaType)\"")")
        }
        guard !bytes.isEmpty, bytes.contains(where: { !isBlank($0) }) else {
            throw APIError(status: .badRequest, code: "empty_body", message: "the request body is empty")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw APIError(status: .badRequest, code: "invalid_utf8", message: "the request body is not valid UTF-8")
        }
        let lines = jsonTypes.contains(mediaType) ? try documentLines(text) : text
        let parsed = JSONLinesParser.parse(lines, source: source, maxLineBytes: Int.max, defaultID: { "\u{0}\($0)" })
        var articles: [Article] = []
        var malformed: [String] = []
        var invalid: [String] = []
        var warnings: [String] = []
        for line in parsed {
            warnings += line.warnings.map(\.description)
            switch line.result {
            case .success(var article):
                if article.id.hasPrefix("\u{0}") {
                    article.id = "post-" + String(ContentHash.of(Document(article)).prefix(16))
                }
                articles.append(article)
            case .failure(let issue):
                let isSyntax = issue.message.hasPrefix("not valid JSON") || issue.message.hasPrefix("expected a JSON")
                if isSyntax { malformed.append(issue.description) } else { invalid.append(issue.description) }
            }
        }
        if !malformed.isEmpty {
            throw APIError(
                status: .badRequest, code: "invalid_json", message: "the body is not valid JSON; nothing was stored",
                details: malformed + invalid)
        }
        if !invalid.isEmpty {
            let missing = invalid.allSatisfy { $0.contains("missing required field \"text\"") }
            throw APIError(
                status: .unprocessableContent, code: missing ? "missing_text" : "invalid_article",
                message: missing
                    ? "every article needs a non-empty \"text\" string; nothing was stored"
                    : "some articles are unusable; nothing was stored",
                details: invalid)
        }
        guard !articles.isEmpty else {
            throw APIError(status: .badRequest, code: "empty_body", message: "the request holds no article")
        }
        return (articles, warnings)
    }

    /// One JSON document (object or array of objects) as JSON Lines, one compact record per line.
    private static func documentLines(_ text: String) throws -> String {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            // Not one document: it may be JSON Lines sent as application/json.
            let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            if lines.count > 1, lines.allSatisfy({ $0.trimmed.hasPrefix("{") }) { return text }
            throw APIError(
                status: .badRequest, code: "invalid_json",
                message: "the body is not valid JSON (\(String(describing: error).prefix(160))); nothing was stored")
        }
        let records: [Any]
        if let array = value as? [Any] {
            records = array
        } else {
            records = [value]
        }
        return try records.enumerated().map { index, record in
            guard record is [String: Any] else {
                throw APIError(
                    status: .badRequest, code: "invalid_json",
                    message: "expected a JSON object or an array of objects (item \(index + 1) is not an object)")
            }
            let data = try JSONSerialization.data(withJSONObject: record, options: [.withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n")
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\t")
    }
}

extension StringProtocol {
    /// The text without surrounding whitespace.
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
