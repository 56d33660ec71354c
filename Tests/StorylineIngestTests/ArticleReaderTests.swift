import Foundation
import StorylineCore
import Testing

@testable import StorylineIngest

@Suite struct ArticleReaderTests {
    @Test func mixedFolderIsWalkedRecursivelyInPathOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/story.txt", "date 2024-02-01 Harbour reopens\n\nThe harbour reopened on Thursday.")
        try folder.write("a.jsonl", "{\"id\":\"j1\",\"text\":\"First.\"}\n{\"text\":\"Second.\"}\n")
        try folder.write(
            "c/page.html",
            """
            <html><head><title>Page title</title><meta property="article:published_time" content="2024-02-03T10:00:00Z">
            </head><body><article><p>Council votes &amp; decides.</p><p>It was close.</p></article></body></html>
            """)
        try folder.write("notes.csv", "ignored,file")
        try folder.write(".hidden/secret.txt", "not read")
        let result = ArticleReader().read([folder.path])
        #expect(result.issues.isEmpty)
        try #require(result.articles.map(\.id) == ["j1", "a:2", "b/story", "c/page"])
        let story = result.articles[2]
        #expect(story.date == Day(year: 2024, month: 2, day: 1))
        #expect(story.title == "Harbour reopens")
        let page = result.articles[3]
        #expect(page.dateSource == .html)
        #expect(page.date == Day(year: 2024, month: 2, day: 3))
        #expect(page.text.contains("Council votes & decides."))
    }

    @Test func singleFileIDIsItsStem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("000_abc.txt", "Some text here.")
        #expect(ArticleReader().read([path]).articles.map(\.id) == ["000_abc"])
    }

    @Test func hostileInputsAreReportedAndTheRestGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.txt", "A good article.")
        try folder.write("empty.txt", "")
        try folder.write("blank.md", "  \n\n\t ")
        try folder.write(
            "binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02] + [UInt8](repeating: 0, count: 64))
        try folder.write("latin1.txt", bytes: Array("caf".utf8) + [0xE9, 0x20] + Array("au lait".utf8))
        try folder.write("big.txt", String(repeating: "word ", count: 400))
        try folder.write("broken.html", "<html><body><div class=\"ad\">Buy</div><script>var x = '<p>';")
        try folder.write("mixed.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n{\"id\":\"bad\",\"text\":\n")
        try folder.write("marker-only.txt", "date 2024-01-01 ")
        let reader = ArticleReader(options: IngestOptions(maxBytes: 1000))
        let result = reader.read([folder.path, folder.path + "/does-not-exist"])
        #expect(Set(result.articles.map(\.id)) == ["good", "ok"])
        let byFile = Dictionary(grouping: result.issues) { ($0.source as NSString).lastPathComponent }
        #expect(byFile["empty.txt"]?.first?.kind == .empty)
        #expect(byFile["blank.md"]?.first?.kind == .empty)
        #expect(byFile["binary.txt"]?.first?.kind == .binary)
        #expect(byFile["latin1.txt"]?.first?.kind == .invalidUTF8)
        #expect(byFile["latin1.txt"]?.first?.message.contains("byte 3") == true)
        #expect(byFile["big.txt"]?.first?.kind == .tooLarge)
        #expect(byFile["broken.html"]?.first?.kind == .noArticleText)
        #expect(byFile["mixed.jsonl"]?.first?.line == 2)
        #expect(byFile["marker-only.txt"]?.first?.kind == .empty)
        #expect(byFile["does-not-exist"]?.first?.kind == .missing)
        #expect(result.hasMissingInput)
        #expect(result.skipped == 9)
        #expect(result.issues.allSatisfy { $0.description.contains(folder.path) })
    }

    @Test func duplicateIDsNameBothSources() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.write("one.jsonl", "{\"id\":\"same\",\"text\":\"a\"}\n")
        let second = try folder.write("two.jsonl", "{\"id\":\"same\",\"text\":\"b\"}\n")
        let result = ArticleReader().read([first, second])
        #expect(result.articles.count == 1)
        let issue = try #require(result.issues.first)
        #expect(issue.kind == .duplicateID)
        #expect(issue.description.contains(first) && issue.description.contains(second))
    }

    @Test func standardInputIsJSONLines() {
        let bytes = Array("{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"text\":\"No id.\"}\n".utf8)
        let result = ArticleReader().read(["-"], standardInput: { bytes })
        #expect(result.articles.map(\.id) == ["s1", "stdin:2"])
        #expect(result.articles[0].source == "<stdin>:1")
    }

    @Test func fileOverTheLimitIsNotLoaded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("huge.jsonl", String(repeating: "x", count: 5000))
        let result = ArticleReader(options: IngestOptions(maxBytes: 4096)).read([path])
        #expect(result.issues.first?.kind == .tooLarge)
        #expect(result.issues.first?.message.contains("--max-bytes") == true)
    }
}
