import Foundation
import Testing

@testable import StorylinePostgres

@Suite("JSON rows for batch writes")
struct JSONRowsTests {
    struct Row: Decodable, Equatable {
        let text: String?
        let count: Int
        let score: Double?
        let tags: [String]
    }

    @Test("any text survives the trip: quotes, backslashes, control characters, non-ASCII; NUL becomes U+FFFD")
    func escaping() throws {
        let texts = [
            "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\u{1}\u{1F}", "ünïcödé — 🙂 東京", "",
            "nul\u{0}byte", "</script>",
        ]
        var rows = JSONRows()
        for (index, text) in texts.enumerated() {
            rows.beginRow()
            rows.field("text", text)
            rows.field("count", index)
            rows.field("score", index == 0 ? Double.nan : 0.25 * Double(index))
            rows.field("tags", strings: [text, "x"])
            rows.endRow()
        }
        rows.beginRow()
        rows.field("text", nil as String?)
        rows.field("count", -3)
        rows.field("score", 1e-7)
        rows.field("tags", strings: [])
        rows.endRow()
        let decoded = try JSONDecoder().decode([Row].self, from: Data(rows.text.utf8))
        #expect(decoded.count == texts.count + 1)
        for (index, text) in texts.enumerated() {
            let expected = text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            #expect(
                decoded[index]
                    == Row(
                        text: expected, count: index, score: index == 0 ? nil : 0.25 * Double(index),
                        tags: [expected, "x"]))
        }
        #expect(decoded.last == Row(text: nil, count: -3, score: 1e-7, tags: []))
    }

    @Test("no rows is an empty array")
    func empty() {
        let rows = JSONRows()
        #expect(rows.count == 0)
        #expect(rows.text == "[]")
    }
}
