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

    @Test("a surname stored alone becomes the full name a later batch brings, in entities, quotes and search")
    func storedSurnamesRenamed() async throws {
        for backend in ArchiveBackend.available {
            let store = try await backend.makeStore()
            _ = try await store.ingest([
                Self.article(
                    "b1",
                    "The breakwater will open in May, Varga told reporters on the quay. \"We will finish the wall "
                        + "before the storms,\" Varga said. Holm said the farmers were worried.")
            ])
            _ = try await store.ingest([
                Self.article(
                    "b2",
                    "Harbour master Elena Varga said the breakwater was open. \"It is a good day for the town,\" "
                        + "Varga said. Farmers' leader Benedek Holm and his sister Sara Holm watched."),
                Self.article(
                    "b3",
                    "Crowds gathered at the quay. \"The harbour is safe at last,\" Varga told the crowd on Monday."),
            ])
            for id in ["b1", "b2", "b3"] {
                let detail = try #require(try await store.article(id: id))
                let people = detail.entities.filter { $0.type == .person }.map(\.name)
                #expect(people.contains("Elena Varga") && !people.contains("Varga"), "\(backend) \(id): \(people)")
                #expect(detail.quotes.allSatisfy { $0.speaker == "Elena Varga" }, "\(backend) \(id): \(detail.quotes)")
            }
            let first = try #require(try await store.article(id: "b1"))
            let people = first.entities.filter { $0.type == .person }.map(\.name)
            #expect(people.contains("Holm"), "two full names share the surname: \(backend): \(people)")
            let quotes = try await store.quotes(speaker: "Elena Varga", page: PageRequest(limit: 10))
            #expect(Set(quotes.items.map(\.article)) == ["b1", "b2", "b3"], "\(backend): \(quotes.items)")
            #expect(try await store.quotes(speaker: "Varga", page: PageRequest(limit: 10)).items.count == 3)
            let hits = try await store.search(
                SearchQuery(text: "storms", speaker: "Elena Varga", kinds: [.quote]), page: PageRequest(limit: 10))
            #expect(hits.items.map(\.article.id) == ["b1"], "\(backend): \(hits.items)")
            #expect(hits.items.first?.speaker == "Elena Varga", "\(backend)")
        }
    }

    @Test("a name a later batch leaves untyped is the place the archive knows, when enough of its articles say so")
    func untypedNamesTakeTheStoredType() async throws {
        for backend in ArchiveBackend.available {
            let store = try await backend.makeStore()
            _ = try await store.ingest([
                Self.article("c1", "Talks on the river opened in Korvessa on Monday. Fishing boats stayed in Arlo."),
                Self.article("c2", "Ministers met again in Korvessa and agreed to share flow data."),
            ])
            _ = try await store.ingest([
                Self.article("c3", "Korvessa says the dam is safe and the reservoir is full."),
                Self.article("c4", "Korvessa and Tamrin signed the treaty after two years of talks."),
                Self.article("c5", "Arlo and Tamrin held a joint parade for the new treaty."),
            ])
            for id in ["c3", "c4"] {
                let detail = try #require(try await store.article(id: id))
                let korvessa = detail.entities.filter { $0.name == "Korvessa" }.map(\.type)
                #expect(korvessa == [.place], "\(backend) \(id): \(detail.entities)")
            }
            // Arlo is typed in one stored article only: one cue could be wrong, so c5's Arlo stays untyped.
            let fifth = try #require(try await store.article(id: "c5"))
            #expect(!fifth.entities.contains { $0.name == "Arlo" }, "\(backend): \(fifth.entities)")
        }
    }

    @Test("a word stored as a person becomes a place when a later batch shows it as one in more articles")
    func storedPeopleRetyped() async throws {
        for backend in ArchiveBackend.available {
            let store = try await backend.makeStore()
            _ = try await store.ingest([Self.article("d1", "Korvessa says the dam is safe and the reservoir is full.")])
            let before = try #require(try await store.article(id: "d1"))
            #expect(before.entities.map(\.type) == [.person], "\(backend): \(before.entities)")
            _ = try await store.ingest([
                Self.article("d2", "Talks on the river opened in Korvessa on Monday."),
                Self.article("d3", "Ministers met again in Korvessa and agreed to share flow data."),
            ])
            for id in ["d1", "d2", "d3"] {
                let detail = try #require(try await store.article(id: id))
                let korvessa = detail.entities.filter { $0.name == "Korvessa" }.map(\.type)
                #expect(korvessa == [.place], "\(backend) \(id): \(detail.entities)")
            }
        }
    }
}
