/// Byte tests on eight bytes at once ("SIMD within a register"): each returns a mask with the high bit of every
/// byte that passes the test set, and every other bit clear. Exact for every byte value (no false positives from
/// carries between bytes).
enum SWAR {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Bytes of `v` equal to `byte`.
    @inline(__always) static func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
        let x = v ^ (ones &* UInt64(byte))
        return ~(((x & low7) &+ low7) | x) & high
    }

    /// Bytes of `v` below `bound` (which must be at most 0x80).
    @inline(__always) static func below(_ v: UInt64, _ bound: UInt8) -> UInt64 {
        // For a byte under 0x80, (byte | 0x80) - bound keeps the high bit exactly when byte >= bound.
        ~((v | high) &- (ones &* UInt64(bound))) & ~v & high
    }
}
