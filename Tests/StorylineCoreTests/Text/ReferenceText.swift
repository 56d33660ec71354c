@testable import StorylineCore

// The text preparation as it was before the single-pass fast path (commit e57f4db), kept verbatim under other
// names so that tests can check that the fast path gives exactly the same normalised text, paragraphs, sentences
// and words on any input.

/// Canonical text for matching: every analysis compares normalised text, while people are shown the original.
///
/// Normalisation is Unicode NFC; curly quotes, primes and guillemets become straight quotes; every dash becomes `-`;
/// `…` becomes `...`; exotic spaces become a plain space and invisible characters are dropped; runs of spaces collapse;
/// line breaks are kept (lines and blank-line paragraphs carry structure); leading and trailing blanks are trimmed.
enum ReferenceNormalizer {
    /// Normalises a whole text, keeping line structure (at most one blank line between paragraphs).
    static func normalize(_ text: some StringProtocol) -> String {
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
    static func nfc(_ text: String) -> String {
        if ASCII.isASCII(text) { return text }
        // The standard library's NFC is but underscored; FoundationEssentials has no NFC on Linux.
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
/// Splits normalised text into paragraphs.
enum ReferenceParagraphs {
    /// Paragraphs of a normalised text: blank lines separate paragraphs; a single line break inside a block also
    /// separates them when the lines look like separate paragraphs (many scraped articles use one `\n` per paragraph).
    static func split(_ normalized: String) -> [String] {
        var result: [String] = []
        WordScanner.withBytes(normalized) { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                var lower = start
                var upper = i
                while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
                while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: b[lower..<upper]), as: UTF8.self))
                }
                start = i + 1
            }
        }
        return result
    }
}

/// Splits a paragraph of normalised text into sentences.
///
/// Rule-based, in the spirit of Punkt: a sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) when the
/// next word opens a sentence, unless the word before the stop is a known abbreviation ("Mr.", "Gen.", "Jan."), an
/// initial ("John F. Kennedy") or a dotted acronym followed by a name ("U.S. President"). Scraped text often loses the
/// space after a stop (`reporters."There`, `"meaningful".A defence`); such joins are split too.
enum ReferenceSplitter {
    /// Sentences of every paragraph of a normalised text.
    static func sentences(inParagraphs paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for text in split(paragraph) { result.append(Sentence(text: text, paragraph: index)) }
        }
        return result
    }

    /// Sentences of one paragraph (no line breaks expected).
    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        if ASCII.isASCII(paragraph) {
            // ASCII: bytes are scalars, and a sentence is cut from the bytes directly.
            WordScanner.withBytes(paragraph) { b in
                cut(b.lazy.map { Unicode.Scalar($0) }) { range in
                    var lower = range.lowerBound
                    var upper = range.upperBound
                    while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
                    while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
                    if lower < upper {
                        sentences.append(
                            String(decoding: UnsafeBufferPointer(rebasing: b[lower..<upper]), as: UTF8.self))
                    }
                }
            }
        } else {
            let scalars = Array(paragraph.unicodeScalars)
            cut(scalars) { range in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range])
                let text = Substring(String(view)).trimmingBlanks()
                if !text.isEmpty { sentences.append(String(text)) }
            }
        }
        return sentences
    }

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

/// What ``Document`` held before the fast path, computed the old way.
struct ReferenceDocument {
    var normalized: String
    var paragraphs: [String]
    var sentences: [Sentence]
    var words: [String]
    var hashedWords: [HashedWord]
    var sentenceWordStart: [Int]
    var title: String?

    init(_ article: Article) {
        normalized = ReferenceNormalizer.normalize(article.text)
        paragraphs = ReferenceParagraphs.split(normalized)
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for text in ReferenceSplitter.split(paragraph) { sentences.append(Sentence(text: text, paragraph: index)) }
        }
        self.sentences = sentences
        var words: [String] = []
        var hashed: [HashedWord] = []
        var starts: [Int] = []
        for sentence in sentences {
            starts.append(words.count)
            let lower = Tokenizer.words(sentence.text)
            words += lower
            hashed += zip(lower, Tokenizer.tokens(sentence.text)).map { word, token in
                HashedWord(hash: WordHasher.hash(word), isNumber: token.isNumber, isCapitalized: token.isCapitalized)
            }
        }
        starts.append(words.count)
        self.words = words
        hashedWords = hashed
        sentenceWordStart = starts
        title = article.title.map { ReferenceNormalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
