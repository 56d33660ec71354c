import Foundation
import StorylineCore
import Testing

@testable import StorylineStore

struct StateCodingTests {
    /// A stream's analysis state after `count` articles (copies and events of every kind, dated and not), with the
    /// documents, so that the state can be fed more.
    static func analysed(_ count: Int, from stream: inout SyntheticStream) -> AnalysisState {
        var state = AnalysisState()
        var documents: [String: Document] = [:]
        let detector = EventDetector()
        for _ in 0..<count {
            guard let next = stream.next() else { break }
            let document = Document(next.article)
            documents[document.id] = document
            // One article in seven goes in undated, so optional dates are stored both ways.
            let date = next.sequence % 7 == 0 ? nil : next.article.date
            _ = state.copyIndex.add(document, date: date, earlier: { documents[$0] })
            _ = detector.add(document, date: date, to: &state.eventState)
        }
        return state
    }

    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    /// The JSON of a copy index with its `[UInt64: UInt32]` dictionary (encoded as a key, value, key, value… list
    /// in the dictionary's own order, which differs between two equal dictionaries) sorted by key.
    static func canonical(_ index: CopyIndex) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: try json(index)) as? [String: Any])
        let flat = try #require(object["wholeTexts"] as? [NSNumber])
        let pairs = stride(from: 0, to: flat.count, by: 2).map { (flat[$0].uint64Value, flat[$0 + 1].uint64Value) }
        object["wholeTexts"] = pairs.sorted { $0.0 < $1.0 }.map { "\($0.0):\($0.1)" }
        return object as NSDictionary
    }

    static func stream(articles: Int) -> SyntheticStream {
        var options = SyntheticOptions()
        options.articles = articles
        options.spanDays = 60
        return SyntheticStream(options)
    }

    @Test func aRealStateRoundTripsExactly() throws {
        var stream = Self.stream(articles: 1500)
        let state = Self.analysed(1500, from: &stream)
        let copyBytes = try StateCoding.encode(state.copyIndex)
        let eventBytes = try StateCoding.encode(state.eventState)
        #expect(copyBytes.starts(with: StateCoding.magic), "the copy index fits the binary form")
        #expect(eventBytes.starts(with: StateCoding.magic), "the event state fits the binary form")
        let copies = try StateCoding.decode(CopyIndex.self, from: copyBytes)
        let events = try StateCoding.decode(EventState.self, from: eventBytes)
        #expect(try Self.canonical(copies) == Self.canonical(state.copyIndex))
        #expect(try Self.json(events) == Self.json(state.eventState))
        let jsonSize = try JSONEncoder().encode(state.eventState).count
        #expect(eventBytes.count < jsonSize, "binary \(eventBytes.count) bytes, JSON \(jsonSize)")
    }

    @Test func aDecodedStateGoesOnExactlyAsTheOriginal() throws {
        var stream = Self.stream(articles: 1200)
        var original = Self.analysed(800, from: &stream)
        var resumed = AnalysisState(
            copyIndex: try StateCoding.decode(CopyIndex.self, from: try StateCoding.encode(original.copyIndex)),
            eventState: try StateCoding.decode(EventState.self, from: try StateCoding.encode(original.eventState)))
        var documents: [String: Document] = [:]
        let detector = EventDetector()
        while let next = stream.next() {
            let document = Document(next.article)
            documents[document.id] = document
            let copiesA = original.copyIndex.add(document, date: next.article.date, earlier: { documents[$0] })
            let copiesB = resumed.copyIndex.add(document, date: next.article.date, earlier: { documents[$0] })
            #expect(copiesA.map(\.b) == copiesB.map(\.b))
            let a = detector.add(document, date: next.article.date, to: &original.eventState)
            let b = detector.add(document, date: next.article.date, to: &resumed.eventState)
            #expect(a == b)
        }
        #expect(detector.report(original.eventState) == detector.report(resumed.eventState))
    }

    @Test("A state of headlines with embedding sums and packed member embeddings fits the binary form exactly")
    func embeddingsRoundTrip() throws {
        // A table of six pieces on three axes, and a stream of headlines that share words and meaning.
        let table = try WordEmbeddings(
            bytes: WordEmbeddings.encode(
                pieces: ["quake", "tremor", "harbour", "port", "senate", "budget"],
                vectors: [[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0.1, 0.9, 0], [0, 0, 1], [0, 0.2, 0.8]]))
        let detector = EventDetector(embeddings: table)
        var state = EventState()
        for (index, text) in ["quake harbour", "tremor port harbour", "senate budget", "quake port"].enumerated() {
            _ = detector.add(Document(Article(id: "h\(index)", text: text, source: "t")), date: nil, to: &state)
        }
        #expect(String(decoding: try Self.json(state), as: UTF8.self).contains("\"embedding\":{"))
        let bytes = try StateCoding.encode(state)
        #expect(bytes.starts(with: StateCoding.magic), "embeddings fit the binary form")
        let decoded = try StateCoding.decode(EventState.self, from: bytes)
        #expect(try Self.json(decoded) == Self.json(state))
    }

    @Test func statesSavedAsJSONStillLoad() throws {
        var stream = Self.stream(articles: 300)
        let state = Self.analysed(300, from: &stream)
        let old = Array(try JSONEncoder().encode(state.eventState))
        let loaded = try StateCoding.decode(EventState.self, from: old)
        #expect(try Self.json(loaded) == Self.json(state.eventState))
    }

    struct Old: Codable, Equatable {
        var name: String
        var counts: [Int32]
    }

    struct New: Codable, Equatable {
        var name: String
        var counts: [Int32]
        var added: Day?
        var weights: [Double] = []

        enum CodingKeys: String, CodingKey { case counts, name, added, weights }

        init(from decoder: any Decoder) throws {
            // Keys read in another order than written, and a field the old form lacks.
            let container = try decoder.container(keyedBy: CodingKeys.self)
            counts = try container.decode([Int32].self, forKey: .counts)
            added = try container.decodeIfPresent(Day.self, forKey: .added)
            name = try container.decode(String.self, forKey: .name)
            weights = try container.decodeIfPresent([Double].self, forKey: .weights) ?? []
        }
    }

    @Test func fieldsAreFoundByKeyAndMayBeAbsent() throws {
        let decoded = try StateCoding.decode(
            New.self, from: try StateCoding.encode(Old(name: "Velmora ✓", counts: [1, -2, .max])))
        #expect(decoded.name == "Velmora ✓")
        #expect(decoded.counts == [1, -2, .max])
        #expect(decoded.added == nil)
        #expect(decoded.weights.isEmpty)
    }

    struct Holes: Codable, Equatable {
        var values: [Int?]
    }

    @Test func whatTheBinaryFormCannotHoldIsSavedAsJSON() throws {
        let value = Holes(values: [1, nil, 3])
        let bytes = try StateCoding.encode(value)
        #expect(bytes.first == UInt8(ascii: "{"))
        #expect(try StateCoding.decode(Holes.self, from: bytes) == value)
    }

    @Test func damagedStatesThrowInsteadOfCrashing() throws {
        var stream = Self.stream(articles: 200)
        let bytes = try StateCoding.encode(Self.analysed(200, from: &stream).eventState)
        for cut in stride(from: 0, to: bytes.count - 1, by: max(1, bytes.count / 97)) {
            #expect(throws: (any Error).self) { try StateCoding.decode(EventState.self, from: Array(bytes[..<cut])) }
        }
        var random = SeededRandom(seed: 7)
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<4 {
                damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            _ = try? StateCoding.decode(EventState.self, from: damaged)  // may decode or throw; must not crash
        }
        #expect(throws: (any Error).self) { try StateCoding.decode(EventState.self, from: [0x00, 0x01, 0x02]) }
        #expect(throws: (any Error).self) { try StateCoding.decode(EventState.self, from: []) }
    }
}
