/// The one tokenizer every analysis shares, so that copies, events, quotes and search agree on what a word is.
///
/// A word is a run of letters and digits; an apostrophe between letters stays inside it (`don't`), except the
/// possessive `'s`, which is dropped so that `Kyiv's` matches `Kyiv`; digits joined by `,` or `.` form one
/// number (`1,000`, `10.5`). Hyphens and other punctuation separate words.
public enum Tokenizer {
    /// The tokens of a text, with their original spelling.
    public static func tokens(_ text: some StringProtocol) -> [Token] {
        let string = Substring(text)
        var result: [Token] = []
        var index = string.startIndex
        let scalars = string.unicodeScalars
        while index < string.endIndex {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var isNumber = isDigit(scalar)
            var end = scalars.index(after: index)
            while end < string.endIndex {
                let current = scalars[end]
                if isWordScalar(current) {
                    if !isDigit(current) { isNumber = false }
                    end = scalars.index(after: end)
                    continue
                }
                let after = scalars.index(after: end)
                guard after < string.endIndex else { break }
                let following = scalars[after]
                let previous = scalars[scalars.index(before: end)]
                if current == "'", previous.properties.isAlphabetic, following.properties.isAlphabetic {
                    end = scalars.index(after: after)
                    continue
                }
                if current == "," || current == ".", isDigit(previous), isDigit(following), isNumber {
                    end = scalars.index(after: after)
                    continue
                }
                break
            }
            var word = string[start..<end]
            if word.count > 2, word.hasSuffix("'s") || word.hasSuffix("'S") { word = word.dropLast(2) }
            result.append(
                Token(
                    text: word, lower: lowercase(word), isNumber: isNumber,
                    isCapitalized: word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false))
            index = end
        }
        return result
    }

    /// Lower-cased words of a text: the common input of fingerprints and term vectors.
    public static func words(_ text: some StringProtocol) -> [String] { tokens(text).map(\.lower) }

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
