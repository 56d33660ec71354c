/// Canonical text for matching: every analysis compares normalised text, while people are shown the original.
///
/// Normalisation is Unicode NFC; curly quotes, primes and guillemets become straight quotes; every dash becomes `-`;
/// `…` becomes `...`; exotic spaces become a plain space and invisible characters are dropped; runs of spaces collapse;
/// line breaks are kept (lines and blank-line paragraphs carry structure); leading and trailing blanks are trimmed.
public enum TextNormalizer {
    /// Normalises a whole text, keeping line structure (at most one blank line between paragraphs).
    public static func normalize(_ text: some StringProtocol) -> String {
        let composed = nfc(String(text))
        var out: [UInt8] = []
        out.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        var newlines = 0
        WordScanner.withBytes(composed) { b in
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte > 0x20, byte < 0x7F, byte != 0x60 {  // printable ASCII other than ` is kept as is
                    flush(&out, &pendingSpace, &newlines)
                    var end = i + 1
                    while end < b.count, b[end] > 0x20, b[end] < 0x7F, b[end] != 0x60 { end += 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<end]))
                    i = end
                    continue
                }
                let (value, length) = WordScanner.decode(b, i)
                switch classify(Unicode.Scalar(value) ?? "\u{FFFD}") {
                case .drop:
                    break
                case .space:
                    pendingSpace = true
                case .newline:
                    newlines += 1
                    pendingSpace = false
                case .replace(let replacement):
                    flush(&out, &pendingSpace, &newlines)
                    out.append(contentsOf: replacement.utf8)
                case .keep:
                    flush(&out, &pendingSpace, &newlines)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + length)]))
                }
                i += length
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Applies Unicode canonical composition (NFC), skipping the work for ASCII text.
    public static func nfc(_ text: String) -> String {
        if ASCII.isASCII(text) { return text }
        // The standard library's NFC is public but underscored; FoundationEssentials has no NFC on Linux.
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    private enum Action {
        case keep, drop, space, newline
        case replace(String)
    }

    @inline(__always)
    private static func flush(_ out: inout [UInt8], _ space: inout Bool, _ newlines: inout Int) {
        if newlines > 0 {
            if !out.isEmpty {
                out.append(0x0A)
                if newlines > 1 { out.append(0x0A) }
            }
        } else if space, !out.isEmpty {
            out.append(0x20)
        }
        space = false
        newlines = 0
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Action {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return .newline
        case 0x0D: return .drop  // \r\n and lone \r: the \n (or the next line) carries the break.
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return .drop
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x0060, 0x00B4: return .replace("'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0x2039, 0x203A: return .replace("\"")
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .replace("-")
        case 0x2026: return .replace("...")
        default: return .keep
        }
    }
}
