import Foundation
import Testing

@testable import StorylineIngest

@Suite struct JSONFieldScannerTests {
    private let wanted: Set<String> = ["id", "text", "title"]

    /// What `JSONDecoder` makes of the wanted fields of a line, or nil when it rejects the line.
    private func decoded(_ line: String) -> [String: JSONValue]? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
            case .object(let fields) = value
        else { return nil }
        return fields.filter { wanted.contains($0.key) }
    }

    private func strings(_ fields: [String: JSONValue]?) -> [String: String?]? {
        fields?.mapValues { value -> String? in
            if case .string(let text) = value { return text }
            return nil
        }
    }

    @Test func readsWantedStringsAndSkipsOtherValues() {
        let line =
            #"{"id": "a1", "topic": 2, "score": -0.5, "tags": ["x", {"k": [true, false, null]}], "#
            + #""text": "He said \"hi\"\n\u00e9\u4e2d \/ \\ \t", "title": null, "label": "7"}"#
        let fast = JSONFieldScanner.fields(Substring(line), wanted: wanted)
        #expect(fast != nil)
        #expect(strings(fast) == strings(decoded(line)))
        #expect(strings(fast)?["text"] == "He said \"hi\"\n\u{e9}\u{4e2d} / \\ \t")
    }

    @Test func leavesUnusualLinesToTheDecoder() {
        let lines = [
            #"{"text": "a", "text": "b"}"#,  // repeated key
            #"{"text": 5}"#,  // wanted field not a string
            #"{"text": "\ud83d\ude00"}"#,  // surrogate pair
            #"{"text": "x", "n": 1e5}"#,  // exponent
            #"{"text": "x", "n": 012}"#,  // leading zero: invalid JSON
            #"{"text": "x",}"#,  // trailing comma: invalid JSON
            #"{"text": "x"} y"#,  // trailing garbage
            "{\"text\": \"tab\tinside\"}",  // raw control character: invalid JSON
            #"["text"]"#,  // not an object
            #"{"text": "x""#,  // unterminated
        ]
        for line in lines { #expect(JSONFieldScanner.fields(Substring(line), wanted: wanted) == nil, "\(line)") }
    }

    @Test func parserGivesTheSameArticlesWithAndWithoutTheFastPath() throws {
        let text = #"{"id": "e\u00e9", "text": "Body \"q\"", "topic": 12, "url": "http:\/\/x"}"#
        let parsed = try JSONLinesParser.parse(text, source: "f", maxLineBytes: 1000) { "f:\($0)" }[0].result.get()
        #expect(parsed.id == "e\u{e9}")
        #expect(parsed.text == "Body \"q\"")
        #expect(parsed.url == "http://x")
    }
}
