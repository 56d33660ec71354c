import StorylineCore
import Testing

@testable import StorylineIngest

@Suite struct TextArticleParserTests {
    @Test func markerOnTheSameLineIsMetadata() {
        let article = TextArticleParser.parse(
            " date 2022-03-31 MOSCOW: The Kremlin on Wednesday played down hopes.\n\nMore text.", id: "a",
            source: "a.txt")
        #expect(article.date == Day(year: 2022, month: 3, day: 31))
        #expect(article.dateSource == .marker)
        #expect(article.text.hasPrefix("MOSCOW: The Kremlin"))
        #expect(!article.text.contains("date 2022"))
        #expect(article.title == nil)  // a long sentence ending with a full stop is not a headline
    }

    @Test func markerOnItsOwnLine() {
        let article = TextArticleParser.parse(
            "date 2024-01-05\nHarbour reopens after storm\n\nBody.", id: "a", source: "a")
        #expect(article.date == Day(year: 2024, month: 1, day: 5))
        #expect(article.title == "Harbour reopens after storm")
    }

    @Test func noMarkerNoDate() {
        let article = TextArticleParser.parse("The date 2022-01-01 is mentioned later.", id: "a", source: "a")
        #expect(article.date == nil)
        #expect(article.text == "The date 2022-01-01 is mentioned later.")
    }

    @Test func invalidMarkerDateIsText() {
        let article = TextArticleParser.parse("date 2022-02-30 Something happened.", id: "a", source: "a")
        #expect(article.date == nil)
        #expect(article.text.hasPrefix("date 2022-02-30"))
    }

    @Test func headlineRules() {
        #expect(TextArticleParser.headline(of: "Russia says no quick breakthrough\n\nBody text here.") != nil)
        #expect(TextArticleParser.headline(of: "# Markdown headline here\nBody.") == "Markdown headline here")
        #expect(TextArticleParser.headline(of: "A single line with no body") == nil)
        #expect(TextArticleParser.headline(of: "This ends with a full stop.\nBody.") == nil)
    }
}

@Suite struct LineEndingTests {
    @Test func windowsLineEndingsInText() {
        let article = TextArticleParser.parse(
            "date 2024-01-05\r\nHarbour reopens\r\n\r\nBody text.\r\n", id: "a", source: "a")
        #expect(article.date == Day(year: 2024, month: 1, day: 5))
        #expect(article.title == "Harbour reopens")
        #expect(article.text.hasPrefix("Harbour reopens"))
    }

    @Test func windowsLineEndingsInJSONLines() throws {
        let lines = JSONLinesParser.parse("{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n", source: "w", maxLineBytes: 100) {
            "w:\($0)"
        }
        #expect(lines.count == 2)
        #expect(try lines[1].result.get().text == "b")
    }
}
