/// A fast reader for the common JSON Lines record: one object whose wanted fields are strings or null.
///
/// `JSONDecoder` builds a whole value tree per line, which costs more than the analysis of a short record. This
/// scanner validates the line as strict JSON in one pass over its bytes, keeping only the wanted fields. It answers
/// `nil` for anything outside the plain case — a line that is not valid JSON, a value that is not an object,
/// a wanted field that is not a string or null, a repeated key, an escape for half a surrogate pair, a number
/// whose reading could depend on the decoder, deep nesting — and the caller then decodes the line with
/// `JSONDecoder`, so results and error messages are exactly those of the decoder.
enum JSONFieldScanner {
    /// The wanted fields of a one-object line (absent fields are missing, `null` is ``JSONValue/null``), or `nil`
    /// when the line needs the full decoder.
    static func fields(_ line: Substring, wanted: Set<String>) -> [String: JSONValue]? {
        var line = line
        return line.withUTF8 { bytes -> [String: JSONValue]? in
            var scanner = Scanner(bytes: bytes, wanted: wanted)
            return scanner.record()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let wanted: Set<String>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, wanted: Set<String>) {
            self.bytes = bytes
            self.wanted = wanted
        }

        mutating func record() -> [String: JSONValue]? {
            skipBlanks()
            guard peek == UInt8(ascii: "{") else { return nil }
            index += 1
            var found: [String: JSONValue] = [:]
            var keys: Set<String> = []
            skipBlanks()
            if peek == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipBlanks()
                    guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
                    guard keys.insert(key).inserted else { return nil }
                    skipBlanks()
                    guard peek == UInt8(ascii: ":") else { return nil }
                    index += 1
                    skipBlanks()
                    if wanted.contains(key) {
                        if peek == UInt8(ascii: "\"") {
                            guard let value = string() else { return nil }
                            found[key] = .string(value)
                        } else if matchLiteral("null") {
                            found[key] = .null
                        } else {
                            return nil
                        }
                    } else {
                        guard skipValue(depth: 1) else { return nil }
                    }
                    skipBlanks()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    guard peek == UInt8(ascii: "}") else { return nil }
                    index += 1
                    break
                }
            }
            skipBlanks()
            return index == bytes.count ? found : nil
        }

        var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

        mutating func skipBlanks() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                index += 1
            }
        }

        mutating func matchLiteral(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for k in 0..<count where bytes[index + k] != literal.utf8Start[k] { return false }
            index += count
            return true
        }

        /// Skips any JSON value, checking its syntax; `false` when it is invalid or needs the full decoder.
        mutating func skipValue(depth: Int) -> Bool {
            guard depth <= 32 else { return false }
            switch peek {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"):
                index += 1
                skipBlanks()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return true
                }
                var keys: Set<String> = []
                while true {
                    skipBlanks()
                    guard peek == UInt8(ascii: "\""), let key = string(), keys.insert(key).inserted else {
                        return false
                    }
                    skipBlanks()
                    guard peek == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipBlanks()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipBlanks()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    guard peek == UInt8(ascii: "}") else { return false }
                    index += 1
                    return true
                }
            case UInt8(ascii: "["):
                index += 1
                skipBlanks()
                if peek == UInt8(ascii: "]") {
                    index += 1
                    return true
                }
                while true {
                    skipBlanks()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipBlanks()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    guard peek == UInt8(ascii: "]") else { return false }
                    index += 1
                    return true
                }
            case UInt8(ascii: "t"): return matchLiteral("true")
            case UInt8(ascii: "f"): return matchLiteral("false")
            case UInt8(ascii: "n"): return matchLiteral("null")
            default: return number()
            }
        }

        /// A plain number: an optional minus, then digits without a leading zero, at most 15 of them, optionally
        /// a fraction of at most 15 digits; anything else (exponents, long numbers) goes to the full decoder.
        mutating func number() -> Bool {
            if peek == UInt8(ascii: "-") { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            let digits = index - start
            guard digits >= 1, digits <= 15, digits == 1 || bytes[start] != 48 else { return false }
            if peek == UInt8(ascii: ".") {
                index += 1
                let fraction = index
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
                guard index - fraction >= 1, index - fraction <= 15 else { return false }
            }
            let next = peek
            return next != UInt8(ascii: "e") && next != UInt8(ascii: "E")
        }

        /// A string starting at the opening quote, unescaped; `nil` when invalid or holding a surrogate escape.
        mutating func string() -> String? {
            index += 1
            let start = index
            // Fast path: no escapes.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                if byte != UInt8(ascii: "\\") {
                    out.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return nil }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count else { return nil }
                    var value: UInt32 = 0
                    for k in 0..<4 {
                        let digit = bytes[index + k]
                        let nibble: UInt32
                        switch digit {
                        case 48...57: nibble = UInt32(digit - 48)
                        case 65...70: nibble = UInt32(digit - 55)
                        case 97...102: nibble = UInt32(digit - 87)
                        default: return nil
                        }
                        value = value << 4 | nibble
                    }
                    index += 4
                    // Surrogates (pairs or lone halves) and NUL are left to the full decoder.
                    guard value != 0, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else {
                        return nil
                    }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    return nil
                }
            }
            return nil
        }
    }
}
