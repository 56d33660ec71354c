import Foundation
import Testing

@testable import StorylineCore

/// A small table: each piece gets its own axis, but `quake` and `tremor` share one (they mean the same).
private let pieces = ["[UNK]", "earth", "##quake", "quake", "tremor", "cafe", ",", "lima", "peru", "senate"]

private func table() throws -> WordEmbeddings {
    let axes: [String: Int] = ["earth": 0, "##quake": 1, "quake": 1, "tremor": 1, "cafe": 2, ",": 3, "lima": 4]
    let vectors = pieces.map { piece -> [Float] in
        var vector = [Float](repeating: 0, count: 8)
        vector[axes[piece] ?? 5 + (pieces.firstIndex(of: piece)! % 3)] = 1
        return vector
    }
    return try WordEmbeddings(bytes: WordEmbeddings.encode(pieces: pieces, vectors: vectors))
}

/// The table shipped with the command-line tool, read from the source tree.
func shippedTable() throws -> WordEmbeddings {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/storyline/Resources/word-pieces.slemb").path
    let data = try #require(FileManager.default.contents(atPath: path), "the shipped table is missing: \(path)")
    return try WordEmbeddings(bytes: Array(data))
}

@Suite("Word-piece embeddings")
struct WordEmbeddingsTests {
    @Test("Text is cut as the uncased vocabulary reads it: lower case, no accents, punctuation apart, longest first")
    func wordPieces() throws {
        let table = try table()
        #expect(table.wordPieces(of: "Earthquake, Café LIMA") == ["earth", "##quake", ",", "cafe", "lima"])
        // A word the vocabulary cannot cut whole is dropped, not half-read.
        #expect(table.wordPieces(of: "earthzz quake") == ["quake"])
        #expect(table.wordPieces(of: "") == [])
    }

    @Test("An embedding is the unit mean of its pieces; a text with no known piece has none")
    func unitMean() throws {
        let table = try table()
        let both = try #require(table.embedding(of: "quake lima"))
        let half = Float(0.5).squareRoot()
        #expect(abs(both[1] - half) < 0.01 && abs(both[4] - half) < 0.01)
        #expect(abs(both.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4)
        #expect(try #require(table.embedding(of: "quake")) == (try #require(table.embedding(of: "Tremor"))))
        #expect(table.embedding(of: "zzz qqq") == nil)
        #expect(table.embedding(of: "   ") == nil)
    }

    @Test("Bytes that are no table are refused with the part that is wrong")
    func badBytes() throws {
        let good = WordEmbeddings.encode(pieces: ["a", "b"], vectors: [[1, 0], [0, 1]])
        #expect(throws: EmbeddingTableError.notATable) { try WordEmbeddings(bytes: []) }
        #expect(throws: EmbeddingTableError.notATable) { try WordEmbeddings(bytes: Array("not a table".utf8)) }
        #expect(throws: EmbeddingTableError.truncated(part: "header")) {
            try WordEmbeddings(bytes: Array(good.prefix(10)))
        }
        #expect(throws: EmbeddingTableError.truncated(part: "vectors")) {
            try WordEmbeddings(bytes: Array(good.dropLast()))
        }
        #expect(throws: EmbeddingTableError.trailingBytes) { try WordEmbeddings(bytes: good + [0]) }
        var broken = good
        broken[17] = 0xFF  // the first piece's only byte (after signature, two counts and a length byte)
        #expect(throws: EmbeddingTableError.invalidPiece(index: 0)) { try WordEmbeddings(bytes: broken) }
        #expect(try WordEmbeddings(bytes: good).count == 2)
    }

    @Test("The shipped table puts headlines of one event nearer each other than an unrelated one")
    func shippedTableKnowsNews() throws {
        let table = try shippedTable()
        #expect(table.dimensions == 256)
        func cosine(_ a: String, _ b: String) throws -> Float {
            let (x, y) = (try #require(table.embedding(of: a)), try #require(table.embedding(of: b)))
            return zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
        }
        let same = try cosine("Earthquake kills 40 in Peru", "Quake death toll rises in Lima")
        let other = try cosine("Earthquake kills 40 in Peru", "Senate passes the budget bill")
        #expect(same > other + 0.2, "same event \(same), other \(other)")
    }
}
