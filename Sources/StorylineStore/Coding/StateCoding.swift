import Foundation

/// The stored form of the analysis state (``AnalysisState``'s copy index and event state): a compact binary format,
/// with JSON read for archives written before it.
///
/// The state is saved whole with every batch, so its encoding is on the path of every ingest: as JSON it took half
/// of a single worker's ingest time on 11k headlines and grows with the archive. The binary form (see
/// ``StateEncoder``) keeps keys, so it evolves like JSON: a field added later reads as absent from an older state.
/// A value the binary form cannot hold is saved as JSON instead; reading tells the two apart by their first bytes.
public enum StateCoding {
    /// The first bytes of the binary form: "SLB" and the format number.
    static let magic: [UInt8] = [0x53, 0x4C, 0x42, 0x01]

    /// Encodes `value` (binary, or JSON when the binary form cannot hold it).
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        guard let bytes = try? StateEncoder.encode(value, prefix: magic) else {
            return Array(try JSONEncoder().encode(value))
        }
        return bytes
    }

    /// Decodes a value saved by ``encode(_:)``, or as JSON by an earlier release.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        if bytes.starts(with: magic) { return try StateDecoder.decode(type, from: bytes, prefixLength: magic.count) }
        guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "state: neither the binary form nor JSON"))
        }
        return try JSONDecoder().decode(type, from: Data(bytes))
    }
}
