/// The word boundaries of ``Tokenizer``, found over UTF-8 bytes: the one scanner behind ``Tokenizer`` and
/// ``WordHasher``, so that string and hash views of a text always agree.
enum WordScanner {
    /// One word found by the scanner.
    struct Span {
        /// Byte offset of the first byte.
        var start: Int
        /// Byte offset just past the word, a possessive `'s` already dropped for ASCII words.
        var end: Int
        /// Whether the word is a number.
        var isNumber: Bool
        /// Whether every byte of the word is ASCII (else the caller applies the Unicode rules to the raw span).
        var isASCII: Bool
    }

    /// Calls `body` for every word of the UTF-8 text `b`, in order.
    @inline(__always)
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ body: (Span) -> Void) {
        let n = b.count
        var i = 0
        while i < n {
            let (first, firstLength) = decode(b, i)
            guard isWord(first) else {
                i += firstLength
                continue
            }
            let start = i
            var isNumber = isDigit(first)
            var ascii = first < 0x80
            var previous = first
            var end = i + firstLength
            while end < n {
                let (current, length) = decode(b, end)
                if isWord(current) {
                    if !isDigit(current) { isNumber = false }
                    if current >= 0x80 { ascii = false }
                    previous = current
                    end += length
                    continue
                }
                let after = end + length
                guard after < n else { break }
                let (following, followingLength) = decode(b, after)
                if current == 39, isAlphabetic(previous), isAlphabetic(following) {  // an apostrophe: don't
                    if following >= 0x80 { ascii = false }
                    previous = following
                    end = after + followingLength
                    continue
                }
                if current == 44 || current == 46, isDigit(previous), isDigit(following), isNumber {  // 1,000 10.5
                    previous = following
                    end = after + followingLength
                    continue
                }
                break
            }
            var stop = end
            if ascii, stop - start > 2, b[stop - 2] == 39, b[stop - 1] == 115 || b[stop - 1] == 83 { stop -= 2 }
            body(Span(start: start, end: ascii ? stop : end, isNumber: isNumber, isASCII: ascii))
            i = end
        }
    }

    /// Decodes the scalar starting at `i` of valid UTF-8: its value and its length in bytes.
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let lead = b[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0, i + 1 < b.count { return ((UInt32(lead & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0, i + 2 < b.count {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            let value =
                (UInt32(lead & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

    @inline(__always) static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return Tokenizer.isWordScalar(scalar)
    }

    @inline(__always) static func isAlphabetic(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// Runs `body` over the UTF-8 bytes of `text` without copying them when the text is native.
    @inline(__always)
    static func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer(body)
    }
}
