import Testing

@testable import StorylineStore

@Suite("Search terms and paging")
struct SearchTermTests {
    @Test("free text becomes lower-cased word terms; operators and quotes are dropped")
    func parse() {
        #expect(
            SearchTerm.parse("Peace TALKS \"Istanbul\" AND (Kyiv) talk*") == [
                SearchTerm(word: "peace"), SearchTerm(word: "talks"), SearchTerm(word: "istanbul"),
                SearchTerm(word: "and"),
                SearchTerm(word: "kyiv"), SearchTerm(word: "talk", prefix: true),
            ])
        #expect(SearchTerm.parse("  ;--' ").isEmpty)
        #expect(SearchTerm.parse(String(repeating: "word ", count: 100)).count == 32)
    }

    @Test("page requests are clamped; pages know their next offset")
    func paging() {
        #expect(PageRequest(limit: 0).limit == 1)
        #expect(PageRequest(limit: 5_000).limit == PageRequest.maximumLimit)
        #expect(PageRequest(offset: -3).offset == 0)
        let page = Page(items: [1, 2], total: 5, request: PageRequest(limit: 2, offset: 2))
        #expect(page.nextOffset == 4)
        #expect(Page(items: [5], total: 5, request: PageRequest(limit: 2, offset: 4)).nextOffset == nil)
        #expect(Page<Int>(items: [], total: 5, request: PageRequest(limit: 2, offset: 10)).nextOffset == nil)
    }

    @Test("snippets split on the match marks")
    func snippet() {
        let snippet = Snippet(marked: "the \u{2}talks\u{3} in \u{2}Istanbul\u{3}…", open: "\u{2}", close: "\u{3}")
        #expect(snippet.matches == ["talks", "Istanbul"])
        #expect(snippet.text == "the talks in Istanbul…")
    }
}
