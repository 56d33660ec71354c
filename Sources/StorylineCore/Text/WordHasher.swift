/// A word of a text reduced to a 64-bit hash of its lower-cased form, with the flags matching needs.
///
/// Hot paths (copy fingerprints, alignment) compare words millions of times; comparing integers instead of strings
/// avoids a `String` allocation per word. The hash of a word equals ``WordHasher/hash(_:)`` of the lower-cased word
/// that ``Tokenizer/words(_:)`` gives, so both views of a text agree word for word.
public struct HashedWord: Hashable, Sendable {
    /// Hash of the lower-cased word.
    public var hash: UInt64
    /// Whether the word is a number (`2022`, `1,000`, `10.5`).
    public var isNumber: Bool
    /// Whether the written word starts with an upper-case letter.
    public var isCapitalized: Bool

    /// Creates a hashed word.
    public init(hash: UInt64, isNumber: Bool, isCapitalized: Bool) {
        self.hash = hash
        self.isNumber = isNumber
        self.isCapitalized = isCapitalized
    }
}

/// The shared tokenizer's words as hashes, computed over UTF-8 bytes without building a `String` per word.
///
/// The word boundaries are exactly those of ``Tokenizer``: letters and digits, an apostrophe between letters kept,
/// the possessive `'s` dropped, digits joined by `,` or `.` forming one number. ASCII text takes a byte-only path;
/// words with other scalars go through ``Tokenizer/lowercase(_:)`` so the two never disagree.
public enum WordHasher {
    /// The words of `text`, hashed, in order.
    public static func words(_ text: some StringProtocol) -> [HashedWord] {
        var result: [HashedWord] = []
        append(text, to: &result)
        return result
    }

    /// Appends the hashed words of `text` to `result` (lets callers reuse one buffer for many sentences).
    public static func append(_ text: some StringProtocol, to result: inout [HashedWord]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, text: text, into: &result)
        }
        if done == nil {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { scan($0, text: text, into: &result) }
        }
    }

    /// The hash of an already lower-cased word (as ``Tokenizer/words(_:)`` returns it).
    public static func hash(_ lowercasedWord: some StringProtocol) -> UInt64 {
        var state = offsetBasis
        for byte in lowercasedWord.utf8 { state = (state ^ UInt64(byte)) &* prime }
        return finish(state)
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Mixes the FNV-1a state so that every bit of the result depends on every byte (bits are used as buckets).
    @inline(__always) static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    /// Decodes the scalar starting at `i` (the text is valid UTF-8): its value and its length in bytes.
    @inline(__always) private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
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

    @inline(__always) private static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

    @inline(__always) private static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return Tokenizer.isWordScalar(scalar)
    }

    @inline(__always) private static func isAlphabetic(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    private static func scan(
        _ b: UnsafeBufferPointer<UInt8>, text: some StringProtocol, into result: inout [HashedWord]
    ) {
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
            if ascii {
                var stop = end
                if stop - start > 2, b[stop - 2] == 39, b[stop - 1] == 115 || b[stop - 1] == 83 { stop -= 2 }
                var state = offsetBasis
                for k in start..<stop {
                    let byte = b[k]
                    state = (state ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* prime
                }
                result.append(
                    HashedWord(hash: finish(state), isNumber: isNumber, isCapitalized: b[start] >= 65 && b[start] <= 90))
            } else {
                result.append(slowWord(text, from: start, to: end, isNumber: isNumber))
            }
            i = end
        }
    }

    /// A word with non-ASCII scalars, hashed through the shared tokenizer's own rules.
    private static func slowWord(_ text: some StringProtocol, from start: Int, to end: Int, isNumber: Bool)
        -> HashedWord
    {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        var word = Substring(text)[lower..<upper]
        if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("'S") { word = word.dropLast(2) }
        let capitalized = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        return HashedWord(hash: hash(Tokenizer.lowercase(word)), isNumber: isNumber, isCapitalized: capitalized)
    }
}
