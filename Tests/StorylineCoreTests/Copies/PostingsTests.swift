import Foundation
import Testing

@testable import StorylineCore

@Suite struct PostingsTests {
    /// Well-mixed fingerprints, as the profile makes them.
    private func key(_ n: Int) -> UInt64 { WordHasher.finish(UInt64(n) &* 0x9E37_79B9_7F4A_7C15 &+ 1) }

    private func ordinals(_ postings: Postings, _ key: UInt64) -> [UInt32] {
        var found: [UInt32] = []
        postings.forEach(key) { found.append($0) }
        return found
    }

    @Test("Lists keep every holder, oldest first, across size classes and table growth")
    func keepsHolders() {
        var postings = Postings(cap: 40)
        for ordinal in 0..<3_000 {
            // Fingerprint n is held by the documents whose ordinal is a multiple of n+1 (n < 30): lists of
            // every length up to 3000/(n+1) ≤ 40 keep growing through the size classes, while the other
            // fingerprints fill the table so that it grows under them.
            for n in 0..<30 where ordinal % (n + 1) == 0 && ordinal / (n + 1) < 40 {
                postings.add(key(n), UInt32(ordinal))
            }
            postings.add(key(1_000 + ordinal), UInt32(ordinal))
        }
        for n in 0..<30 {
            let expected = (0..<40).map { UInt32($0 * (n + 1)) }.filter { $0 < 3_000 }
            #expect(ordinals(postings, key(n)) == expected)
        }
        #expect(ordinals(postings, key(1_000 + 1_234)) == [1_234])
        #expect(ordinals(postings, key(99_999)).isEmpty)
        #expect(postings.commonCount == 0)
    }

    @Test("A fingerprint held by more than cap documents turns common: no ordinals, and it stays so")
    func commonFingerprintIsDropped() {
        var postings = Postings(cap: 4)
        for ordinal in 0..<4 { postings.add(key(7), UInt32(ordinal)) }
        #expect(ordinals(postings, key(7)) == [0, 1, 2, 3])
        #expect(!postings.isCommon(key(7)))
        var seen: [UInt32] = []
        postings.add(key(7), 4) { seen.append($0) }
        #expect(seen == [0, 1, 2, 3])  // the fifth holder still sees the four before it
        #expect(postings.isCommon(key(7)))
        #expect(ordinals(postings, key(7)).isEmpty)
        postings.add(key(7), 5)
        #expect(ordinals(postings, key(7)).isEmpty)
        #expect(postings.commonCount == 1)
        // The freed block is reused by the next list that needs one.
        let before = postings.bytes
        for ordinal in 6..<10 { postings.add(key(8), UInt32(ordinal)) }
        #expect(postings.bytes == before)
        #expect(ordinals(postings, key(8)) == [6, 7, 8, 9])
    }

    @Test("Postings survive coding")
    func coding() throws {
        var postings = Postings(cap: 8)
        for ordinal in 0..<100 { postings.add(key(ordinal % 13), UInt32(ordinal)) }
        let restored = try JSONDecoder().decode(Postings.self, from: JSONEncoder().encode(postings))
        for n in 0..<13 { #expect(ordinals(restored, key(n)) == ordinals(postings, key(n))) }
    }

    @Test("An index saved in the earlier layout (64-bit keys, linked lists) decodes into this one, and round-trips")
    func legacyLayoutDecodes() throws {
        let a = key(1)
        let b = key(2)
        // Earlier layout: a table of four slots; a holds ordinals 1 then 3 (head = newest), b holds 2.
        let legacy = """
            {"keys":[\(a),0,\(b),0],"heads":[1,4294967295,2,4294967295],"counts":[2,0,1,0],
             "nodeOrdinal":[1,3,2],"nodeNext":[4294967295,0,4294967295],"cap":48,"count":2}
            """
        let postings = try JSONDecoder().decode(Postings.self, from: Data(legacy.utf8))
        #expect(ordinals(postings, a) == [1, 3])
        #expect(ordinals(postings, b) == [2])
        #expect(ordinals(postings, key(3)).isEmpty)
        #expect(postings.cap == 48)
        let again = try JSONDecoder().decode(Postings.self, from: JSONEncoder().encode(postings))
        #expect(ordinals(again, a) == [1, 3])
        #expect(again.count == postings.count)
    }
}
