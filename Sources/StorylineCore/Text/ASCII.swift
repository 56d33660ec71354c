/// Fast checks on UTF-8 bytes shared by the text pieces.
enum ASCII {
    /// Whether every byte of `text` is ASCII, eight bytes at a time.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        WordScanner.withBytes(text) { isASCII($0) }
    }

    /// Whether every byte of `b` is ASCII, eight bytes at a time.
    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= b.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < b.count {
            if b[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
