/// A token of the date lexer: a word, a run of digits (with any letters glued to it) or one punctuation mark.
struct DateToken: Hashable, Sendable {
    /// What the token is.
    enum Kind: Hashable, Sendable {
        /// A word; `lower` is its ASCII-lower-cased form.
        case word(lower: String, capitalized: Bool)
        /// Digits, then optional letters glued to them (`29th`, `06AM`, `2000ft`).
        case number(value: Int, digits: Int, suffix: String)
        /// One punctuation character.
        case punct(Character)
    }

    var kind: Kind
    /// UTF-8 offsets of the token in the lexed text.
    var start: Int
    var end: Int

    var lower: String? {
        if case .word(let lower, _) = kind { return lower }
        return nil
    }

    var isCapitalized: Bool {
        if case .word(_, let capitalized) = kind { return capitalized }
        return false
    }

    var punct: Character? {
        if case .punct(let character) = kind { return character }
        return nil
    }

    /// The value of a plain number (no glued letters).
    var plainNumber: (value: Int, digits: Int)? {
        if case .number(let value, let digits, let suffix) = kind, suffix.isEmpty { return (value, digits) }
        return nil
    }
}

/// Splits text into ``DateToken``s over its UTF-8 bytes (dates are ASCII; other bytes are word letters).
enum DateLexer {
    static func tokens(_ text: String) -> [DateToken] {
        let bytes = Array(text.utf8)
        var tokens: [DateToken] = []
        var index = 0
        func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                index += 1
            } else if isDigit(byte) {
                let start = index
                var value = 0
                while index < bytes.count, isDigit(bytes[index]) {
                    if index - start < 9 { value = value * 10 + Int(bytes[index] - 48) }
                    index += 1
                }
                let digits = index - start
                let suffixStart = index
                while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                let suffix = String(decoding: bytes[suffixStart..<index], as: UTF8.self).lowercased()
                tokens.append(
                    DateToken(kind: .number(value: value, digits: digits, suffix: suffix), start: start, end: index))
            } else if isLetter(byte) {
                let start = index
                while index < bytes.count,
                    isLetter(bytes[index])
                        || (bytes[index] == 39 && index + 1 < bytes.count
                            && isLetter(bytes[index + 1]) && index > start)
                {
                    index += 1
                }
                let word = bytes[start..<index]
                var lower = String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                if lower.count > 3, lower.hasSuffix("'s") { lower.removeLast(2) }
                let capitalized = byte >= 65 && byte <= 90
                tokens.append(DateToken(kind: .word(lower: lower, capitalized: capitalized), start: start, end: index))
            } else {
                let start = index
                // One whole scalar of punctuation.
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                let character = String(decoding: bytes[start..<index], as: UTF8.self).first ?? " "
                tokens.append(DateToken(kind: .punct(character), start: start, end: index))
            }
        }
        return tokens
    }
}
