/// Splits a paragraph of normalised text into sentences.
///
/// Rule-based, in the spirit of Punkt: a sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) when the
/// next word opens a sentence, unless the word before the stop is a known abbreviation ("Mr.", "Gen.", "Jan."), an
/// initial ("John F. Kennedy") or a dotted acronym followed by a name ("U.S. President"). Scraped text often loses the
/// space after a stop (`reporters."There`, `"meaningful".A defence`); such joins are split too.
public enum SentenceSplitter {
    /// Sentences of every paragraph of a normalised text.
    public static func sentences(inParagraphs paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for text in split(paragraph) { result.append(Sentence(text: text, paragraph: index)) }
        }
        return result
    }

    /// Sentences of one paragraph (no line breaks expected).
    public static func split(_ paragraph: String) -> [String] {
        WordScanner.withBytes(paragraph) { b in
            var ranges: [Range<Int>] = []
            appendRanges(b, bytewise: isBytewise(b), to: &ranges)
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) }
        }
    }

    /// Appends the byte ranges (offsets into `b`) of the sentences of the paragraph `b`, trimmed of spaces and tabs,
    /// in order; empty sentences are skipped. `bytewise` says whether `b` can be cut byte by byte (see
    /// ``isBytewise(_:)``; true for ASCII).
    static func appendRanges(_ b: UnsafeBufferPointer<UInt8>, bytewise: Bool, to ranges: inout [Range<Int>]) {
        if bytewise {
            // Bytes decide as scalars would, and sentences are cut from the bytes directly.
            cutASCII(b) { lowerBound, upperBound in
                var lower = lowerBound
                var upper = upperBound
                while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
                while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper { ranges.append(lower..<upper) }
            }
            return
        }
        // Other text: cut the scalars, then trim characters exactly as a standalone string of the sentence would.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(b.count)
        offsets.reserveCapacity(b.count + 1)
        var i = 0
        while i < b.count {
            let (value, length) = WordScanner.decode(b, i)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            offsets.append(i)
            i += length
        }
        offsets.append(b.count)
        cut(scalars) { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            let whole = String(view)
            let text = Substring(whole).trimmingBlanks()
            guard !text.isEmpty else { return }
            let base = offsets[range.lowerBound]
            let lower = base + whole.utf8.distance(from: whole.startIndex, to: text.startIndex)
            ranges.append(lower..<(lower + text.utf8.count))
        }
    }

    /// Whether the sentences of `b` can be cut byte by byte: every scalar is ASCII or a sign of ``isNeutral(_:)``.
    /// The bytes of such a sign are never stops, quotes, spaces, letters or digits, exactly as the sign itself is
    /// none of these, and it never joins a space into one character, so cutting and trimming bytes decide as
    /// scalars and characters would.
    static func isBytewise(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if ASCII.isASCII(b) { return true }
        var i = 0
        while i < b.count {
            if b[i] < 0x80 {
                i += 1
                continue
            }
            let (value, length) = WordScanner.decode(b, i)
            guard isNeutral(value) else { return false }
            i += length
        }
        return true
    }

    /// Latin-1 signs that are neither letters nor numbers (`£`, `€` is not Latin-1, `©`, `°`, `×`): the non-ASCII
    /// scalars news text holds most.
    @inline(__always) static func isNeutral(_ value: UInt32) -> Bool {
        switch value {
        case 0xA1...0xA9, 0xAB...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF, 0xD7, 0xF7: return true
        default: return false
        }
    }

    /// ``cut(_:_:)`` for ASCII bytes, byte for byte the same decisions without decoding scalars: calls `emit` with
    /// each sentence's bounds (untrimmed), in order.
    private static func cutASCII(_ s: UnsafeBufferPointer<UInt8>, _ emit: (Int, Int) -> Void) {
        var start = 0
        var index = 0
        let count = s.count
        var doubleQuotes = 0  // double quotes seen since the sentence started
        while index < count {
            let byte = s[index]
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else {
                if byte == 0x22 { doubleQuotes += 1 }
                index += 1
                continue
            }
            var end = index + 1
            while end < count, s[end] == 0x2E || s[end] == 0x21 || s[end] == 0x3F { end += 1 }
            while end < count, isCloser(s[end]), closesASCII(s, at: end, openDoubleQuote: doubleQuotes % 2 == 1) {
                if s[end] == 0x22 { doubleQuotes += 1 }
                end += 1
            }
            if isBoundaryASCII(s, stop: index, after: end) {
                emit(start, end)
                start = end
                doubleQuotes = 0
            }
            index = end
        }
        emit(start, count)
    }

    @inline(__always) private static func isCloser(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
    }

    @inline(__always) private static func isOpener(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B
    }

    @inline(__always) private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

    @inline(__always) private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

    @inline(__always) private static func isAlphabetic(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func closesASCII(_ s: UnsafeBufferPointer<UInt8>, at index: Int, openDoubleQuote: Bool) -> Bool {
        switch s[index] {
        case 0x22: return openDoubleQuote
        case 0x27: return index + 1 == s.count || s[index + 1] == 0x20 || isCloser(s[index + 1])
        default: return true
        }
    }

    /// ``isBoundary(_:stop:after:)`` for ASCII bytes.
    private static func isBoundaryASCII(_ s: UnsafeBufferPointer<UInt8>, stop: Int, after: Int) -> Bool {
        let count = s.count
        guard after < count else { return false }
        var next = after
        let spaced = s[next] == 0x20
        while next < count, s[next] == 0x20 { next += 1 }
        guard next < count else { return false }
        var firstLetter = next
        while firstLetter < count, isOpener(s[firstLetter]) { firstLetter += 1 }
        guard firstLetter < count else { return false }
        let letter = s[firstLetter]
        guard isUpper(letter) || isDigit(letter) || (firstLetter > next && isAlphabetic(letter)) else { return false }
        if s[stop] != 0x2E { return true }
        // The run of letters and inner dots just before the stop.
        var begin = stop
        while begin > 0, isAlphabetic(s[begin - 1]) || (s[begin - 1] == 0x2E && begin - 1 > 0) {
            if s[begin - 1] == 0x2E, !isAlphabetic(s[begin - 2]) { break }
            begin -= 1
        }
        let length = stop - begin
        if !spaced {
            // A join such as `earlier.The` or `reporters."There`: only after a real lower-case word or a closer.
            let closedByQuote = stop > 0 && isCloser(s[stop - 1])
            guard closedByQuote || (length >= 3 && (begin..<stop).allSatisfy({ isLower(s[$0]) })) else {
                return false
            }
            return true
        }
        if length == 1, isUpper(s[begin]) { return false }  // an initial: "John F. Kennedy"
        // Abbreviations are at most eight letters and dots: compare them packed into one integer, lower-cased.
        var packed: UInt64 = 0
        var hasDot = false
        if length <= 8 {
            for k in 0..<length {
                let byte = s[begin + k]
                if byte == 0x2E { hasDot = true }
                packed |= UInt64(isUpper(byte) ? byte + 32 : byte) << (8 * UInt64(k))
            }
            if length > 0, packedAbbreviations.contains(WordHasher.finish(packed)) { return false }
        } else {
            hasDot = (begin..<stop).contains { s[$0] == 0x2E }
        }
        if hasDot {
            // Dotted acronyms: "U.S. President" goes on; "9 a.m. Officials" ends.
            return packed == packedAM || packed == packedPM
        }
        return true
    }

    /// Up to eight ASCII bytes in one integer, the first in the low byte.
    private static func pack(_ word: String) -> UInt64 {
        var packed: UInt64 = 0
        for (k, byte) in word.utf8.prefix(8).enumerated() { packed |= UInt64(byte) << (8 * UInt64(k)) }
        return packed
    }

    private static let packedAM = pack("a.m")
    private static let packedPM = pack("p.m")

    /// ``abbreviations`` packed by ``pack(_:)`` (all are ASCII and at most eight bytes), mixed for the hash set.
    private static let packedAbbreviations = HashSet64(abbreviations.map { WordHasher.finish(pack($0)) })

    /// Finds the sentences of `scalars`, calling `emit` with each one's range (untrimmed), in order.
    private static func cut<C: RandomAccessCollection>(_ scalars: C, _ emit: (Range<Int>) -> Void)
    where C.Element == Unicode.Scalar, C.Index == Int {
        var start = 0
        var index = 0
        let count = scalars.count
        var doubleQuotes = 0  // double quotes seen since the sentence started
        while index < count {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                if scalar == "\"" { doubleQuotes += 1 }
                index += 1
                continue
            }
            var end = index + 1
            while end < count, scalars[end] == "." || scalars[end] == "!" || scalars[end] == "?" { end += 1 }
            while end < count, isCloser(scalars[end]),
                closes(scalars, at: end, openDoubleQuote: doubleQuotes % 2 == 1)
            {
                if scalars[end] == "\"" { doubleQuotes += 1 }
                end += 1
            }
            if isBoundary(scalars, stop: index, after: end) {
                emit(start..<end)
                start = end
                doubleQuotes = 0
            }
            index = end
        }
        emit(start..<count)
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == ")" || scalar == "]"
    }

    /// Whether the quote or bracket at `index` closes something (rather than opening the next sentence, as in the
    /// scraped join `reporters."There`): a double quote closes only when the sentence so far has an open one.
    private static func closes<C: RandomAccessCollection>(_ s: C, at index: Int, openDoubleQuote: Bool) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        switch s[index] {
        case "\"":
            return openDoubleQuote
        case "'":
            return index + 1 == s.count || s[index + 1] == " " || isCloser(s[index + 1])
        default:
            return true
        }
    }

    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == "(" || scalar == "["
    }

    @inline(__always) private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 65 && scalar.value <= 90 : scalar.properties.isUppercase
    }

    @inline(__always) private static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 97 && scalar.value <= 122 : scalar.properties.isLowercase
    }

    @inline(__always) private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 65 && scalar.value <= 90)
            : scalar.properties.isAlphabetic
    }

    @inline(__always) private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 48 && scalar.value <= 57 : scalar.properties.numericType != nil
    }

    /// Decides whether the stop at `stop` (its run of stops and closers ending before `after`) ends a sentence.
    private static func isBoundary<C: RandomAccessCollection>(_ s: C, stop: Int, after: Int) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        guard after < s.count else { return false }  // the end of the paragraph is handled by the caller
        var next = after
        let spaced = s[next] == " "
        while next < s.count, s[next] == " " { next += 1 }
        guard next < s.count else { return false }
        var firstLetter = next
        while firstLetter < s.count, isOpener(s[firstLetter]) { firstLetter += 1 }
        guard firstLetter < s.count else { return false }
        let opensSentence =
            isUpper(s[firstLetter]) || isNumeric(s[firstLetter])
            || (firstLetter > next && isAlphabetic(s[firstLetter]))
        guard opensSentence else { return false }
        if s[stop] != "." { return true }
        let word = wordBefore(s, stop)
        if !spaced {
            // A join such as `earlier.The` or `reporters."There`: only after a real lower-case word or a closer.
            let closedByQuote = stop > 0 && isCloser(s[stop - 1])
            guard closedByQuote || (word.count >= 3 && word.allSatisfy({ isLower($0) })) else {
                return false
            }
            return true
        }
        let lower = String(String.UnicodeScalarView(word)).lowercased()
        if word.count == 1, let only = word.first, isUpper(only) { return false }  // an initial: "John F. Kennedy"
        if abbreviations.contains(lower) { return false }
        if word.contains(".") {
            // Dotted acronyms: "U.S. President" goes on; "9 a.m. Officials" ends.
            return lower == "a.m" || lower == "p.m"
        }
        return true
    }

    /// The run of letters and inner dots just before position `stop`.
    private static func wordBefore<C: RandomAccessCollection>(_ s: C, _ stop: Int) -> [Unicode.Scalar]
    where C.Element == Unicode.Scalar, C.Index == Int {
        var begin = stop
        while begin > 0, isAlphabetic(s[begin - 1]) || (s[begin - 1] == "." && begin - 1 > 0) {
            if s[begin - 1] == ".", !isAlphabetic(s[begin - 2]) { break }
            begin -= 1
        }
        return Array(s[begin..<stop])
    }

    /// Abbreviations that end with a period but rarely end a sentence, lower-cased, without the final period.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
        "rep", "rev", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est", "pres",
        "supt", "insp", "det", "hon", "messrs", "mme", "mlle", "cf", "al", "op", "vol", "pp", "ed", "univ", "assn",
        "bros", "ave", "blvd", "rd", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
    ]
}
