import Foundation
import Testing

@testable import StorylineCore

@Suite struct TermTableTests {
    /// Many keys keep distinct ids across growth, and unknown keys are not found.
    @Test func findsWhatWasInserted() {
        var table = TermTable()
        let keys = (0..<5_000).map { "term\($0)" }
        for (id, key) in keys.enumerated() { table.insert(Int32(id), hash: TermVocabulary.hash(key)) }
        for (id, key) in keys.enumerated() {
            #expect(table.find(key, hash: TermVocabulary.hash(key), keys: keys) == Int32(id))
        }
        #expect(table.find("absent", hash: TermVocabulary.hash("absent"), keys: keys) == nil)
    }

    /// Two keys given the same hash still get their own ids: a hit is confirmed by the key itself.
    @Test func equalHashesDoNotMixKeys() {
        var table = TermTable()
        let keys = ["quake", "flood"]
        table.insert(0, hash: 42)
        #expect(table.find("flood", hash: 42, keys: keys) == nil)
        table.insert(1, hash: 42)
        #expect(table.find("quake", hash: 42, keys: keys) == 0)
        #expect(table.find("flood", hash: 42, keys: keys) == 1)
    }

    /// A vocabulary saved and reloaded finds the same ids and keeps counting.
    @Test func vocabularySurvivesARoundTrip() throws {
        var vocabulary = TermVocabulary()
        for key in ["earthquake", "Istanbul", "talks", "earthquake"] {
            let id = vocabulary.id(for: key.lowercased(), hash: TermVocabulary.hash(key.lowercased()), display: key)
            vocabulary.countDocument(id)
        }
        let data = try JSONEncoder().encode(vocabulary)
        var reloaded = try JSONDecoder().decode(TermVocabulary.self, from: data)
        #expect(reloaded.count == 3)
        #expect(reloaded.existingId(for: "istanbul") == vocabulary.existingId(for: "istanbul"))
        #expect(reloaded.displayForm(reloaded.existingId(for: "istanbul")!) == "Istanbul")
        #expect(reloaded.id(for: "ceasefire", hash: TermVocabulary.hash("ceasefire"), display: "ceasefire") == 3)
        #expect(reloaded.documentFrequency[Int(reloaded.existingId(for: "earthquake")!)] == 2)
    }

    /// A saved vocabulary listing a key twice is refused rather than giving one key two ids.
    @Test func duplicateKeysAreRefused() {
        let json = #"{"keys":["a1","a1"],"display":["a1","a1"],"documentFrequency":[1,1]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TermVocabulary.self, from: Data(json.utf8)) }
    }
}
