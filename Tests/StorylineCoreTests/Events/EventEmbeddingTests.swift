import Foundation
import Testing

@testable import StorylineCore

/// A table where the words of two headlines of one story mean the same pairwise, and the words of an unrelated
/// headline mean something else.
private func synonyms() throws -> WordEmbeddings {
    let groups = [
        ["quake", "tremor"], ["hits", "rocks"], ["harbour", "port"], ["town", "city"], ["early", "overnight"],
        ["velmora"], ["senate"], ["budget"], ["passes"],
    ]
    var pieces: [String] = []
    var vectors: [[Float]] = []
    for (axis, words) in groups.enumerated() {
        for word in words {
            var vector = [Float](repeating: 0, count: groups.count)
            vector[axis] = 1
            pieces.append(word)
            vectors.append(vector)
        }
    }
    return try WordEmbeddings(bytes: WordEmbeddings.encode(pieces: pieces, vectors: vectors))
}

private func documents(_ texts: [String]) -> [Document] {
    texts.enumerated().map { Document(Article(id: "a\($0.offset)", text: $0.element, source: "test")) }
}

private func groups(_ clustering: EventClustering) -> Set<Set<String>> {
    Set(clustering.events.map { Set($0.articles) })
}

@Suite("Event detection with embeddings")
struct EventEmbeddingTests {
    @Test("Headlines that share one word join by meaning in a stream of short texts, and not without the table")
    func synonymsJoin() throws {
        let stream = documents([
            "Quake hits harbour town velmora early", "Tremor rocks port city velmora overnight",
            "Senate passes budget",
        ])
        let plain = EventDetector().cluster(stream)
        #expect(groups(plain) == [["a0"], ["a1"], ["a2"]])
        let embedded = EventDetector(embeddings: try synonyms()).cluster(stream)
        #expect(groups(embedded) == [["a0", "a1"], ["a2"]])
    }

    @Test("A stream of full articles is clustered by its terms alone, the table or not")
    func fullArticlesIgnoreTheTable() throws {
        // Four reports of thirty words each (made-up words, none shared with the headlines but Velmora).
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word(_ index: Int, _ position: Int) -> String {
            let first: Character = letters[(index * 5 + position) % 26]
            let second: Character = letters[position % 26]
            return "bo" + String(first) + String(second)
        }
        let long: [String] = (0..<4).map { index in
            let words: [String] = (0..<30).map { word(index, $0) }
            return "Velmora " + words.joined(separator: " ") + "."
        }
        let stream = documents(long + ["Quake hits harbour", "Tremor rocks port"])
        var state = EventState()
        let detector = EventDetector(embeddings: try synonyms())
        for document in stream { _ = detector.add(document, date: nil, to: &state) }
        #expect(!state.isShortTextStream(options: detector.options))
        #expect(state.records.allSatisfy { $0.embedding == nil })
        #expect(groups(detector.cluster(stream)) == groups(EventDetector().cluster(stream)))
    }

    @Test("A state of full articles saved before the term count existed stays a stream of full articles")
    func oldStatesKeepTheirKind() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let long: [String] = (0..<5).map { index in
            let words: [String] = (0..<40).map { "ka" + String(letters[(index + $0) % 26]) + String(letters[$0 % 26]) }
            return words.joined(separator: " ") + "."
        }
        var state = EventState()
        for document in documents(long) { _ = EventDetector().add(document, date: nil, to: &state) }
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(state)) as? [String: Any])
        #expect(object.removeValue(forKey: "streamTerms") != nil)
        var old = try JSONDecoder().decode(EventState.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(!old.isShortTextStream(options: EventOptions()))
        let detector = EventDetector(embeddings: try synonyms())
        for document in documents(["Quake hits harbour", "Tremor rocks port"]) {
            _ = detector.add(document, date: nil, to: &old)
        }
        #expect(!old.isShortTextStream(options: detector.options))
        #expect(old.records.allSatisfy { $0.embedding == nil })
    }

    @Test("A state holding embeddings, saved and reloaded mid-stream, ends as one uninterrupted run")
    func resumesExactly() throws {
        let detector = EventDetector(embeddings: try synonyms())
        let stream = documents([
            "Quake hits harbour", "Senate passes budget", "Tremor rocks port", "Quake rocks harbour",
            "Senate budget passes", "Port tremor hits",
        ])
        var whole = EventState()
        for document in stream { _ = detector.add(document, date: nil, to: &whole) }
        var first = EventState()
        for document in stream.prefix(3) { _ = detector.add(document, date: nil, to: &first) }
        #expect(first.records.contains { $0.embedding != nil && $0.members.contains { $0.embedding != nil } })
        var resumed = try JSONDecoder().decode(EventState.self, from: JSONEncoder().encode(first))
        for document in stream.dropFirst(3) { _ = detector.add(document, date: nil, to: &resumed) }
        #expect(detector.report(resumed) == detector.report(whole))
        #expect(groups(detector.report(whole)) == [["a0", "a2", "a3", "a5"], ["a1", "a4"]])
    }

    @Test("A packed member embedding keeps every component within half a step")
    func packing() {
        let vector: [Float] = [0.5, -0.25, 0.125, 0, -0.5, 0.3]
        let packed = PackedEmbedding(vector)
        for (original, unpacked) in zip(vector, packed.vector) {
            #expect(abs(original - unpacked) <= packed.scale / 2 + 1e-6)
        }
    }
}
