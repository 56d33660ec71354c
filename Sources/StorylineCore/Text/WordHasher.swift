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
        WordScanner.withBytes(text) { b in
            WordScanner.scan(b) { span in
                if span.isASCII {
                    var state = offsetBasis
                    for k in span.start..<span.end {
                        let byte = b[k]
                        state = (state ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* prime
                    }
                    let first = b[span.start]
                    result.append(
                        HashedWord(
                            hash: finish(state), isNumber: span.isNumber, isCapitalized: first >= 65 && first <= 90))
                } else {
                    result.append(slowWord(text, from: span.start, to: span.end, isNumber: span.isNumber))
                }
            }
        }
    }

    /// Where ``append(bytes:offset:to:)`` writes: hashes and spans, `count` of each written so far. The caller
    /// sizes both buffers for the most words the text can hold.
    struct Sink {
        /// Hashed words.
        let hashes: UnsafeMutablePointer<HashedWord>
        /// Spans (`start << 32 | end`).
        let spans: UnsafeMutablePointer<UInt64>
        /// Words written.
        var count = 0

        @inline(__always) mutating func write(_ word: HashedWord, _ span: UInt64) {
            (hashes + count).initialize(to: word)
            (spans + count).initialize(to: span)
            count += 1
        }
    }

    /// Appends the hashed words of the UTF-8 text `b` (the bytes of a whole string, such as one sentence of a
    /// normalised text) to `sink`, with where each word lies (`start << 32 | end`, byte offsets plus `offset`, the
    /// possessive `'s` excluded; ``unicodeSpan`` for a word with non-ASCII scalars). ASCII words are hashed from the
    /// bytes; for a word with other scalars, a `String` of `b` is made once and the word is read from it exactly as
    /// ``append(_:to:)`` would.
    static func append(bytes b: UnsafeBufferPointer<UInt8>, offset: Int, to sink: inout Sink) {
        if ASCII.isASCII(b) {
            appendASCII(b, offset: offset, to: &sink)
            return
        }
        var text: String?
        WordScanner.scan(b) { span in
            if span.isASCII {
                var state = offsetBasis
                for k in span.start..<span.end {
                    let byte = b[k]
                    state = (state ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* prime
                }
                let first = b[span.start]
                sink.write(
                    HashedWord(hash: finish(state), isNumber: span.isNumber, isCapitalized: first >= 65 && first <= 90),
                    UInt64(offset + span.start) << 32 | UInt64(offset + span.end))
            } else {
                if text == nil { text = String(decoding: b, as: UTF8.self) }
                sink.write(slowWord(text!, from: span.start, to: span.end, isNumber: span.isNumber), unicodeSpan)
            }
        }
    }

    /// The span recorded for a word with non-ASCII scalars (its bounds follow the Unicode rules, not the bytes).
    static let unicodeSpan = UInt64.max

    /// Byte classes for the ASCII scanner: letters, digits, the apostrophe, `,` and `.`, everything else.
    private static let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 65...90, 97...122: return letter
        case 48...57: return digit
        case 39: return apostrophe
        case 44, 46: return separator
        default: return 0
        }
    }
    private static let letter: UInt8 = 1
    private static let digit: UInt8 = 2
    private static let apostrophe: UInt8 = 4
    private static let separator: UInt8 = 8

    /// ``WordScanner/scan(_:_:)`` and the hashing of ``append(_:to:)`` fused into one pass over ASCII bytes: the
    /// same words, hashes and flags.
    private static func appendASCII(_ b: UnsafeBufferPointer<UInt8>, offset: Int, to sink: inout Sink) {
        asciiClass.withUnsafeBufferPointer { classes in
            let n = b.count
            var i = 0
            while i < n {
                let first = b[i]
                let firstClass = classes[Int(first)]
                guard firstClass & (letter | digit) != 0 else {
                    i += 1
                    continue
                }
                let start = i
                var isNumber = firstClass == digit
                var previousClass = firstClass
                var state = (offsetBasis ^ UInt64(first >= 65 && first <= 90 ? first + 32 : first)) &* prime
                var beforeApostrophe = state  // the hash before the word's last inner apostrophe
                var end = i + 1
                while end < n {
                    let current = b[end]
                    let currentClass = classes[Int(current)]
                    if currentClass & (letter | digit) != 0 {
                        if currentClass != digit { isNumber = false }
                        previousClass = currentClass
                        state = (state ^ UInt64(current >= 65 && current <= 90 ? current + 32 : current)) &* prime
                        end += 1
                        continue
                    }
                    let after = end + 1
                    guard after < n else { break }
                    let following = b[after]
                    let followingClass = classes[Int(following)]
                    if currentClass == apostrophe, previousClass == letter, followingClass == letter {  // don't
                        beforeApostrophe = state
                        state = (state ^ UInt64(current)) &* prime
                        state =
                            (state ^ UInt64(following >= 65 && following <= 90 ? following + 32 : following)) &* prime
                        previousClass = followingClass
                        end = after + 1
                        continue
                    }
                    if currentClass == separator, previousClass == digit, followingClass == digit, isNumber {  // 1,000
                        state = (state ^ UInt64(current)) &* prime
                        state = (state ^ UInt64(following)) &* prime
                        previousClass = followingClass
                        end = after + 1
                        continue
                    }
                    break
                }
                var stop = end
                if stop - start > 2, b[stop - 2] == 39, b[stop - 1] == 115 || b[stop - 1] == 83 {  // possessive 's
                    stop -= 2
                    state = beforeApostrophe
                }
                sink.write(
                    HashedWord(hash: finish(state), isNumber: isNumber, isCapitalized: first >= 65 && first <= 90),
                    UInt64(offset + start) << 32 | UInt64(offset + stop))
                i = end
            }
        }
    }

    /// Appends the lower-cased words of `text` (as ``Tokenizer/words(_:)`` gives them) and their hashes, in one
    /// scan of the bytes.
    public static func appendWords(_ text: some StringProtocol, words: inout [String], hashes: inout [HashedWord]) {
        let string = Substring(text)
        let utf8 = string.utf8
        WordScanner.withBytes(string) { b in
            WordScanner.scan(b) { span in
                if span.isASCII {
                    let count = span.end - span.start
                    var state = offsetBasis
                    let word = String(unsafeUninitializedCapacity: count) { buffer in
                        for k in 0..<count {
                            let byte = b[span.start + k]
                            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                            buffer[k] = lower
                            state = (state ^ UInt64(lower)) &* prime
                        }
                        return count
                    }
                    let first = b[span.start]
                    words.append(word)
                    hashes.append(
                        HashedWord(
                            hash: finish(state), isNumber: span.isNumber, isCapitalized: first >= 65 && first <= 90))
                } else {
                    let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
                    let upper = utf8.index(lower, offsetBy: span.end - span.start)
                    var word = string[lower..<upper]
                    if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("'S") { word = word.dropLast(2) }
                    let lowered = Tokenizer.lowercase(word)
                    let capitalized = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                    words.append(lowered)
                    hashes.append(HashedWord(hash: hash(lowered), isNumber: span.isNumber, isCapitalized: capitalized))
                }
            }
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

    /// The FNV-1a state after `bytes`, continuing from `state` (by default the start): the raw state, before
    /// ``finish(_:)``, for keys compared whole (word pieces) and checksums.
    static func fnv1a(_ bytes: some Sequence<UInt8>, from state: UInt64 = offsetBasis) -> UInt64 {
        var state = state
        for byte in bytes { state = (state ^ UInt64(byte)) &* prime }
        return state
    }

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
