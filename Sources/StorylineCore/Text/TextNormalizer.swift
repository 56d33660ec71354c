/// Canonical text for matching: every analysis compares normalised text, while people are shown the original.
///
/// Normalisation is Unicode NFC; curly quotes, primes and guillemets become straight quotes; every dash becomes `-`;
/// `…` becomes `...`; exotic spaces become a plain space and invisible characters are dropped; runs of spaces collapse;
/// line breaks are kept (lines and blank-line paragraphs carry structure); leading and trailing blanks are trimmed.
public enum TextNormalizer {
    /// Normalises a whole text, keeping line structure (at most one blank line between paragraphs).
    public static func normalize(_ text: some StringProtocol) -> String {
        let string = String(text)
        // Most texts are already normal (plain ASCII, single spaces, one or two line breaks between paragraphs) but
        // for blanks around them: then the text without those blanks is its normal form, made without decoding.
        let core = WordScanner.withBytes(string) { b -> Range<Int>? in
            var lower = 0
            var upper = b.count
            while lower < upper, isEdgeBlank(b[lower]) { lower += 1 }
            while upper > lower, isEdgeBlank(b[upper - 1]) { upper -= 1 }
            return isNormal(UnsafeBufferPointer(rebasing: b[lower..<upper])) ? lower..<upper : nil
        }
        if let core {
            if core.count == string.utf8.count { return string }
            let utf8 = string.utf8
            return String(
                Substring(
                    utf8[
                        utf8.index(
                            utf8.startIndex, offsetBy: core.lowerBound)..<utf8.index(
                                utf8.startIndex, offsetBy: core.upperBound)]))
        }
        let composed = nfc(string)
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

    /// Applies Unicode canonical composition (NFC), skipping the work for text that NFC leaves alone (ASCII and
    /// Latin letters without combining marks).
    public static func nfc(_ text: String) -> String {
        if WordScanner.withBytes(text, isComposed) { return text }
        // The standard library's NFC is public but underscored; FoundationEssentials has no NFC on Linux.
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// Whether ``normalize(_:)`` would return `b` unchanged: every scalar is kept as is (printable ASCII other than
    /// `` ` ``, or a scalar of ``isInert(_:)``), and every space and every run of one or two line breaks sits between
    /// two such scalars (so nothing is collapsed, trimmed or dropped).
    static func isNormal(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 8, let base = b.baseAddress else { return isNormalScalarByScalar(b) }
        if b[0] == 0x20 || b[0] == 0x0A || b[n - 1] == 0x20 || b[n - 1] == 0x0A { return false }
        if !ASCII.isASCII(b), !isComposed(b) { return false }  // a non-ASCII scalar that is not inert
        // Eight bytes at a time, windows overlapping by two so that every run of three bytes lies in one window:
        // no byte other than printable ASCII, space, line break or non-ASCII; no space next to a blank; no three
        // blanks in a row (so blanks are single spaces, single line breaks or two line breaks).
        let raw = UnsafeRawPointer(base)
        var start = 0
        while true {
            let v = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let space = SWAR.equal(v, 0x20)
            let newline = SWAR.equal(v, 0x0A)
            let bad = (SWAR.below(v, 0x20) & ~newline) | SWAR.equal(v, 0x7F) | SWAR.equal(v, 0x60)
            let blank = space | newline
            let pairs = blank & (blank >> 8)
            if bad | (pairs & (space | (space >> 8))) | (pairs & (pairs >> 8)) != 0 { return false }
            if start == n - 8 { return true }
            start = min(start + 6, n - 8)
        }
    }

    /// ``isNormal(_:)`` one scalar at a time (short texts).
    static func isNormalScalarByScalar(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        var afterKept = false  // the previous scalar is kept as is (false at the start and after a blank)
        var newlines = 0
        while i < n {
            let byte = b[i]
            if byte > 0x20, byte < 0x7F, byte != 0x60 {
                afterKept = true
                newlines = 0
                i += 1
                continue
            }
            if byte == 0x20 {
                guard afterKept else { return false }
                afterKept = false
                i += 1
                continue
            }
            if byte == 0x0A {
                newlines += 1
                guard newlines <= 2, afterKept || newlines == 2 else { return false }
                afterKept = false
                i += 1
                continue
            }
            guard byte >= 0x80 else { return false }
            let (value, length) = WordScanner.decode(b, i)
            guard isInert(value) else { return false }
            afterKept = true
            newlines = 0
            i += length
        }
        return afterKept || n == 0
    }

    /// Blanks that normalisation drops at either end of a text (spaces, tabs and line breaks).
    @inline(__always) private static func isEdgeBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Whether NFC leaves `b` unchanged because every scalar is ASCII or one of ``isInert(_:)``.
    static func isComposed(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            if b[i] < 0x80 {
                i += 1
                continue
            }
            let (value, length) = WordScanner.decode(b, i)
            guard isInert(value) else { return false }
            i += length
        }
        return true
    }

    /// Latin-1 and Latin Extended-A letters and signs (`£`, `é`, `ł`) that normalisation keeps as they are: each is
    /// its own NFC form and composes with nothing but combining marks (which are not in this set). Spaces, the soft
    /// hyphen, guillemets and the acute accent are not in the set (they are replaced or dropped).
    @inline(__always) static func isInert(_ value: UInt32) -> Bool {
        value >= 0xA1 && value <= 0x17F && value != 0xAB && value != 0xAD && value != 0xB4 && value != 0xBB
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
