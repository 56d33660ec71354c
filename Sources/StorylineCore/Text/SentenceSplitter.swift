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
