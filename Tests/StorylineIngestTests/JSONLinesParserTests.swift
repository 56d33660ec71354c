import StorylineCore
import Testing

@testable import StorylineIngest

@Suite struct JSONLinesParserTests {
    private func parse(_ text: String) -> [JSONLinesParser.Line] {
        JSONLinesParser.parse(text, source: "f.jsonl", maxLineBytes: 1000) { "f:\($0)" }
    }

    @Test func readsFieldsAndIgnoresUnknownOnes() throws {
        let lines = parse(
            #"{"id":"x1","title":"T","text":"Body","date":"2024-03-05T10:00:00Z","url":"u","source":"S","label":"7"}"#)
        let article = try lines[0].result.get()
        #expect(article.id == "x1")
        #expect(article.title == "T")
        #expect(article.date == Day(year: 2024, month: 3, day: 5))
        #expect(article.dateSource == .field)
        #expect(article.outlet == "S")
        #expect(article.url == "u")
        #expect(!article.text.contains("7"))
    }

    @Test func missingIDUsesLineNumberAndNumericIDIsText() throws {
        let lines = parse("\n{\"text\":\"a\"}\n{\"id\":42,\"text\":\"b\"}")
        #expect(try lines[0].result.get().id == "f:2")
        #expect(try lines[1].result.get().id == "42")
    }

    @Test func malformedRecordsNameLineAndField() {
        let lines = parse(
            """
            {"text": "ok"}
            {not json
            {"title": "no text"}
            {"text": 5}
            [1, 2]
            {"text": "   "}
            """)
        #expect(lines.count == 6)
        let issues = lines.compactMap { line -> IngestIssue? in
            if case .failure(let issue) = line.result { return issue }
            return nil
        }
        #expect(issues.map(\.line) == [2, 3, 4, 5, 6])
        #expect(issues.allSatisfy { $0.kind == .malformedJSON })
        #expect(issues[1].message.contains("\"text\""))
        #expect(issues[2].message.contains("must be a string"))
        #expect(issues[0].description.hasPrefix("f.jsonl:2:"))
    }

    @Test func badDateKeepsArticleWithWarning() throws {
        let lines = parse(#"{"text":"a","date":"last Tuesday"}"#)
        #expect(try lines[0].result.get().date == nil)
        #expect(lines[0].warnings.first?.message.contains("\"date\"") == true)
    }

    @Test func oversizedRecordIsRejected() {
        let lines = parse("{\"text\":\"" + String(repeating: "a", count: 2000) + "\"}")
        if case .failure(let issue) = lines[0].result {
            #expect(issue.kind == .tooLarge)
        } else {
            Issue.record("accepted")
        }
    }
}

@Suite struct JSONFieldNamesTests {
    @Test func otherFieldNamesAreRead() throws {
        var fields = JSONFieldNames()
        fields.text = "textCleaned"
        fields.id = "Id"
        let lines = JSONLinesParser.parse(
            #"{"Id":"000007","textCleaned":"harbour strike ends","text":"ignored"}"#, source: "n.jsonl",
            maxLineBytes: 1000, fields: fields
        ) { "n:\($0)" }
        let article = try lines[0].result.get()
        #expect(article.id == "000007")
        #expect(article.text == "harbour strike ends")
        let missing = JSONLinesParser.parse(#"{"text":"x"}"#, source: "n", maxLineBytes: 100, fields: fields) {
            "\($0)"
        }
        if case .failure(let issue) = missing[0].result {
            #expect(issue.message.contains("\"textCleaned\""))
        } else {
            Issue.record("a record without the text field was accepted")
        }
    }
}
