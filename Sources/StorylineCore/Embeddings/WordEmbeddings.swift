/// A static sentence-embedding model: one vector per word piece, a text's embedding the mean of its pieces'.
///
/// Why: two headlines of one story often share one word or none ("Quake kills 40 in Peru" / "Earthquake death toll
/// rises in Lima"); TF-IDF sees no likeness there, a distributional model does. The table is distilled from a
/// sentence transformer (model2vec distillation of all-MiniLM-L6-v2, 256 dimensions, int8 rows with a scale per
/// row), so an embedding costs a dictionary look-up per word piece and a few hundred additions: no network, no
/// neural network at run time. See docs/events.md for how it was made and what it changes.
///
/// The table is read from bytes (a store or the command line loads the file): the core does no I/O. Two tables are
/// equal when their bytes are (compared by checksum), so options holding one stay cheap to compare.
public struct WordEmbeddings: Hashable, Sendable {
    /// Dimensions of every vector.
    public let dimensions: Int
    /// 64-bit FNV-1a checksum of the table's bytes: its identity.
    public let checksum: UInt64
    /// Number of word pieces in the vocabulary.
    public var count: Int { scales.count }
    private let pieces: WordPieces
    private let names: [String]
    private let scales: [Float]
    private let rows: [Int8]

    /// File signature, then format version.
    static let magic: [UInt8] = Array("SLEMB001".utf8)

    /// Reads a table: `SLEMB001`, dimensions and piece count (UInt32, little-endian), each piece as a length byte
    /// and UTF-8, a Float32 scale per piece, then the int8 rows.
    public init(bytes: [UInt8]) throws(EmbeddingTableError) {
        self = try bytes.withUnsafeBytes { buffer in
            Result { () throws(EmbeddingTableError) in try WordEmbeddings(bytes: buffer) }
        }.get()
    }

    /// Reads a table from memory it does not keep (a file's contents, read or mapped), without copying them first.
    public init(bytes: UnsafeRawBufferPointer) throws(EmbeddingTableError) {
        var reader = ByteReader(bytes: bytes)
        guard let signature = reader.take(WordEmbeddings.magic.count), signature.elementsEqual(WordEmbeddings.magic)
        else { throw .notATable }
        guard let dimensions = reader.uint32(), let count = reader.uint32(), dimensions > 0, dimensions <= 4096,
            count > 0, count <= 1 << 22
        else { throw .truncated(part: "header") }
        var names: [String] = []
        names.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            guard let length = reader.take(1)?.first, let piece = reader.take(Int(length)) else {
                throw .truncated(part: "vocabulary")
            }
            guard let text = String(validating: piece, as: UTF8.self) else { throw .invalidPiece(index: index) }
            names.append(text)
        }
        guard let scaleBytes = reader.take(Int(count) * 4) else { throw .truncated(part: "scales") }
        guard let rowBytes = reader.take(Int(count) * Int(dimensions)) else { throw .truncated(part: "vectors") }
        guard reader.isAtEnd else { throw .trailingBytes }
        self.dimensions = Int(dimensions)
        checksum = WordHasher.fnv1a(bytes)
        pieces = WordPieces(pieces: names)
        self.names = names
        scales = (0..<Int(count)).map { index in
            Float(
                bitPattern: UInt32(littleEndian: scaleBytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
        }
        rows = [Int8](unsafeUninitializedCapacity: rowBytes.count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: rowBytes)
            initialized = rowBytes.count
        }
    }

    /// The unit-length mean of the vectors of the word pieces of `text`, or `nil` when no piece is known (an empty
    /// text, or one in a script the vocabulary lacks).
    public func embedding(of text: some StringProtocol) -> [Float]? {
        let ids = pieces.pieces(of: text)
        guard !ids.isEmpty else { return nil }
        var sum = [Float](repeating: 0, count: dimensions)
        let dimensions = dimensions
        rows.withUnsafeBufferPointer { rows in
            sum.withUnsafeMutableBufferPointer { sum in
                let raw = UnsafeMutableRawPointer(sum.baseAddress!)
                for id in ids {
                    let row = Int(id)
                    let scale = SIMD8<Float>(repeating: scales[row])
                    let source = UnsafeRawPointer(rows.baseAddress! + row * dimensions)
                    var index = 0
                    while index + 8 <= dimensions {
                        let bytes = source.loadUnaligned(fromByteOffset: index, as: SIMD8<Int8>.self)
                        let lane = raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
                        raw.storeBytes(
                            of: lane + SIMD8<Float>(bytes) * scale, toByteOffset: index * 4, as: SIMD8<Float>.self)
                        index += 8
                    }
                    while index < dimensions {
                        sum[index] += Float(rows[row * dimensions + index]) * scale[0]
                        index += 1
                    }
                }
            }
        }
        let norm = EmbeddingSum.dot(sum, sum)
        guard norm > 0 else { return nil }
        let inverse = 1 / norm.squareRoot()
        return sum.map { $0 * inverse }
    }

    /// The bytes of a table holding `vectors[i]` for `pieces[i]` (all vectors of one length; a piece of at most 255
    /// UTF-8 bytes, `##` starting a piece inside a word), each row packed to bytes with its own scale: what
    /// ``init(bytes:)`` reads. For tests and for tools that make tables; the shipped one is made by
    /// `scripts/make-embeddings`.
    public static func encode(pieces: [String], vectors: [[Float]]) -> [UInt8] {
        precondition(pieces.count == vectors.count && !vectors.isEmpty, "one vector per piece")
        let dimensions = vectors[0].count
        precondition(vectors.allSatisfy { $0.count == dimensions }, "vectors of one length")
        var bytes = magic
        for value in [UInt32(dimensions), UInt32(pieces.count)] {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        for piece in pieces {
            let utf8 = Array(piece.utf8)
            precondition(utf8.count < 256, "a piece of at most 255 bytes")
            bytes.append(UInt8(utf8.count))
            bytes += utf8
        }
        let rows = vectors.map(PackedEmbedding.init)
        for row in rows { withUnsafeBytes(of: row.scale.bitPattern.littleEndian) { bytes += $0 } }
        for row in rows { bytes += row.values }
        return bytes
    }

    /// Two tables are equal when their bytes are.
    public static func == (a: WordEmbeddings, b: WordEmbeddings) -> Bool { a.checksum == b.checksum }

    /// Hashes the checksum (the table's identity).
    public func hash(into hasher: inout Hasher) { hasher.combine(checksum) }

    /// The word pieces of `text` as the vocabulary spells them (for tests and for explaining an embedding).
    public func wordPieces(of text: some StringProtocol) -> [String] {
        pieces.pieces(of: text).map { names[Int($0)] }
    }
}

/// Why bytes are not an embedding table.
public enum EmbeddingTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes do not start with the table signature.
    case notATable
    /// The bytes end inside the named part.
    case truncated(part: String)
    /// A vocabulary entry is not UTF-8.
    case invalidPiece(index: Int)
    /// Bytes follow the last vector.
    case trailingBytes

    /// What is wrong, for a person who named the file.
    public var description: String {
        switch self {
        case .notATable: "not a Storyline embedding table (no SLEMB001 signature)"
        case .truncated(let part): "the embedding table ends inside its \(part): the file is cut short"
        case .invalidPiece(let index): "word piece \(index) of the embedding table is not UTF-8"
        case .trailingBytes: "the embedding table has bytes after its last vector: the file is damaged"
        }
    }
}

/// Reads bytes front to back.
private struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
        guard count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    mutating func uint32() -> UInt32? {
        take(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }
}
