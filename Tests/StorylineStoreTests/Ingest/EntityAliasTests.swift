import StorylineCore
import StorylineStore
import StorylineTestSupport
import Testing

/// A person named by surname alone in a later batch is the stored person with that surname, on every backend.
@Suite("Entity aliases across batches")
struct EntityAliasTests {
    static func article(_ id: String, _ text: String) -> Article {
        Article(id: id, title: nil, text: text, date: Day(iso: "2024-06-0\(id.last!)"), source: "\(id).txt")
    }

    @Test("a bare surname joins the one stored full name; a surname two stored people share does not")
    func bareSurnames() async throws {
        for backend in ArchiveBackend.available {
            let store = try await backend.makeStore()
            _ = try await store.ingest([
                Self.article(
                    "a1",
                    "Harbour master Elena Varga said the new breakwater would open in May. Mayor Tomas Brenner "
                        + "and councillor Anna Brenner both voted for it.")
            ])
            _ = try await store.ingest([
                Self.article(
                    "a2",
                    "The breakwater opened on time, Varga told reporters on the quay. Brenner did not attend the "
                        + "ceremony.")
            ])
            let detail = try #require(try await store.article(id: "a2"))
            let people = detail.entities.filter { $0.type == .person }.map(\.name)
            #expect(people.contains("Elena Varga"), "\(backend): \(people)")
            #expect(!people.contains("Varga"), "\(backend): \(people)")
            #expect(!people.contains("Tomas Brenner") && !people.contains("Anna Brenner"), "\(backend): \(people)")
        }
    }
}
