/// A saved state cut into parts of bounded size, because neither backend stores one value of 1 GB or more (SQLite's
/// longest string or blob, PostgreSQL's largest field), and an archive's copy index passes that size at about
/// 750,000 full-length articles.
public enum StateChunks {
    /// The size of a part unless a store is told otherwise: small enough for both backends, large enough that a
    /// state of gigabytes is a few dozen rows.
    public static let defaultSize = 64 << 20

    /// `bytes` cut into consecutive parts of at most `size` bytes (one empty part for empty bytes).
    public static func split(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
        let size = max(1, size)
        guard !bytes.isEmpty else { return [bytes[...]] }
        return stride(from: 0, to: bytes.count, by: size).map { bytes[$0..<min($0 + size, bytes.count)] }
    }

    /// The parts put back together, in order.
    public static func join(_ parts: [[UInt8]]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { joined += part }
        return joined
    }
}
