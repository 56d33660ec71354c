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

extension ASCII {
    /// Whether `text` holds an ASCII digit: dates with a year, numeric dates and years all need one, so a text
    /// without digits can be skipped by the date parser when only those are wanted.
    static func containsDigit(_ text: some StringProtocol) -> Bool {
        WordScanner.withBytes(text) { b in b.contains { $0 >= 48 && $0 <= 57 } }
    }

    /// Whether `text` holds `needle` (lower-case ASCII letters) with any letter case: a cheap test that a word such
    /// as `day` (every weekday name) or `year` can occur before tokenising.
    static func containsIgnoringCase(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        let pattern = needle.utf8Start
        return WordScanner.withBytes(text) { b in
            guard b.count >= count else { return false }
            var i = 0
            while i <= b.count - count {
                var k = 0
                while k < count, b[i + k] | 0x20 == pattern[k] { k += 1 }
                if k == count { return true }
                i += 1
            }
            return false
        }
    }
}
