/// Finds the `"datePublished"` string in the text of a `<script type="application/ld+json">` block.
///
/// A targeted scan rather than a JSON parser: structured data on news sites is often slightly invalid
/// (trailing commas, concatenated objects, HTML comments), and only one string value is needed.
enum HTMLJSONLDDateScanner {
    private static let key = Array("\"datePublished\"".utf8)

    /// Returns the first `"datePublished": "..."` string value (JSON escapes decoded, whitespace trimmed),
    /// skipping occurrences whose value is not a string, or nil when there is none.
    static func datePublished(in json: String) -> String? {
        let bytes = Array(json.utf8)
        var searchFrom = 0
        while let keyStart = find(key, in: bytes, from: searchFrom) {
            searchFrom = keyStart + key.count
            if let value = stringValue(in: bytes, afterKeyEndingAt: searchFrom) {
                let trimmed = trimmed(value)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    /// Expects optional whitespace, `:`, optional whitespace and a JSON string starting at `index`.
    private static func stringValue(in bytes: [UInt8], afterKeyEndingAt start: Int) -> String? {
        var index = skipWhitespace(in: bytes, from: start)
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index = skipWhitespace(in: bytes, from: index + 1)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var output: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                return String(decoding: output, as: UTF8.self)
            }
            if byte != UInt8(ascii: "\\") {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            index = appendEscape(in: bytes, at: index + 1, to: &output)
        }
        return nil  // Unterminated string.
    }

    /// Decodes the escape whose letter is at `index`; returns the index after it.
    private static func appendEscape(in bytes: [UInt8], at index: Int, to output: inout [UInt8]) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "u"):
            guard let high = hexQuad(in: bytes, at: index + 1) else {
                output.append(UInt8(ascii: "u"))
                return index + 1
            }
            var next = index + 5
            var scalar = high
            if (0xD800...0xDBFF).contains(high), next + 1 < bytes.count,
                bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                let low = hexQuad(in: bytes, at: next + 2), (0xDC00...0xDFFF).contains(low)
            {
                scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            }
            HTMLEntities.appendUTF8(scalar, to: &output)
            return next
        default:
            output.append(bytes[index])  // \" \\ \/ and anything unknown: the character itself.
        }
        return index + 1
    }

    private static func hexQuad(in bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    private static func skipWhitespace(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, HTMLByte.isWhitespace(bytes[index]) {
            index += 1
        }
        return index
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ value: String) -> String {
        var accumulator = HTMLTextAccumulator()
        accumulator.append(value)
        return accumulator.take()?.text ?? ""
    }
}
