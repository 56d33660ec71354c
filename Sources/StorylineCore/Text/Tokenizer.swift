/// The one tokenizer every analysis shares, so that copies, events, quotes and search agree on what a word is.
///
/// A word is a run of letters and digits; an apostrophe between letters stays inside it (`don't`), except the
/// possessive `'s`, which is dropped so that `Kyiv's` matches `Kyiv`; digits joined by `,` or `.` form one
/// number (`1,000`, `10.5`). Hyphens and other punctuation separate words.
public enum Tokenizer {
    /// The tokens of a text, with their original spelling.
    public static func tokens(_ text: some StringProtocol) -> [Token] {
        let string = Substring(text)
        let utf8 = string.utf8
        var result: [Token] = []
        WordScanner.withBytes(string) { b in
            WordScanner.scan(b) { span in
                let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
                let upper = utf8.index(lower, offsetBy: span.end - span.start)
                if span.isASCII {
                    let first = b[span.start]
                    result.append(
                        Token(
                            text: string[lower..<upper], lower: asciiLowercase(b, span), isNumber: span.isNumber,
                            isCapitalized: first >= 65 && first <= 90))
                } else {
                    let word = unicodeWord(string[lower..<upper])
                    result.append(
                        Token(
                            text: word, lower: lowercase(word), isNumber: span.isNumber,
                            isCapitalized: word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false))
                }
            }
        }
        return result
    }

    /// Lower-cased words of a text: the common input of fingerprints and term vectors.
    public static func words(_ text: some StringProtocol) -> [String] {
        let string = Substring(text)
        let utf8 = string.utf8
        var result: [String] = []
        WordScanner.withBytes(string) { b in
            WordScanner.scan(b) { span in
                if span.isASCII {
                    result.append(asciiLowercase(b, span))
                } else {
                    let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
                    let upper = utf8.index(lower, offsetBy: span.end - span.start)
                    result.append(lowercase(unicodeWord(string[lower..<upper])))
                }
            }
        }
        return result
    }

    /// A non-ASCII word without its possessive `'s` (counted in characters, as for every word).
    static func unicodeWord(_ word: Substring) -> Substring {
        if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("'S") { return word.dropLast(2) }
        return word
    }

    /// The lower-cased ASCII word of `span`, built without an intermediate array.
    @inline(__always)
    private static func asciiLowercase(_ b: UnsafeBufferPointer<UInt8>, _ span: WordScanner.Span) -> String {
        let count = span.end - span.start
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let byte = b[span.start + k]
                buffer[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return count
        }
    }

    /// Lower-cases a word, with a fast path for ASCII.
    public static func lowercase(_ word: Substring) -> String {
        var ascii = true
        for byte in word.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return word.lowercased() }
        return String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }
}
