import StorylineCore
import Testing

@testable import StorylineStore

@Suite("Content hash")
struct ContentHashTests {
    let base = Article(
        id: "a", title: "Port strike ends", text: "The strike ended.\n\nWorkers return.",
        date: Day(year: 2024, month: 3, day: 12),
        source: "a.txt")

    @Test("spacing, case and punctuation do not change it; id and source do not either")
    func stable() {
        var other = base
        other.id = "b"
        other.source = "elsewhere.jsonl:3"
        other.text = "  the STRIKE ended!\nWorkers   return "
        other.title = "PORT strike ends."
        #expect(ContentHash.of(Document(base)) == ContentHash.of(Document(other)))
    }

    @Test("a different date, headline or word changes it")
    func sensitive() {
        let hash = ContentHash.of(Document(base))
        var redated = base
        redated.date = Day(year: 2024, month: 3, day: 13)
        var retitled = base
        retitled.title = "Port strike over"
        var reworded = base
        reworded.text = "The strike ended.\n\nStaff return."
        for changed in [redated, retitled, reworded] { #expect(ContentHash.of(Document(changed)) != hash) }
    }
}
