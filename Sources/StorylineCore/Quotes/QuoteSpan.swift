/// A run of text between quote marks in one paragraph (normalised text: curly quotes are straight).
struct QuoteSpan: Hashable, Sendable {
    /// The marks that delimit an article's quotes.
    enum Mark: Sendable {
        /// `"…"`, the American and most wire style.
        case double
        /// `'…'`, the British style (`‘…’`), used only by articles without any double quote: a single mark is also
        /// an apostrophe, so these spans must be told apart from it.
        case single

        /// The marks used by an article with these paragraphs: single only when no paragraph holds a double quote.
        static func of(_ paragraphs: [String]) -> Mark {
            paragraphs.contains { $0.utf8.contains(34) } ? .double : .single
        }
    }

    /// Paragraph index.
    var paragraph: Int
    /// UTF-8 offset of the opening quote mark.
    var open: Int
    /// UTF-8 offset of the closing quote mark, or `nil` when the quote runs to the end of the paragraph
    /// (a quote that continues in the next paragraph).
    var close: Int?
    /// UTF-8 offsets of the quoted words.
    var inner: Range<Int>

    /// Where the text after the quote starts.
    var after: Int { (close ?? inner.upperBound) + 1 }

    /// The quote spans of a paragraph: marks are paired in order; an odd last mark opens a quote that runs to the
    /// end of the paragraph. Inch marks (`5'10"`) and empty pairs are skipped.
    /// With single marks, `continuing` says whether the paragraph before ended inside a quote and `continued` whether
    /// the next paragraph opens with a mark (the convention for a quote running over paragraphs).
    static func spans(
        in paragraph: String, index: Int, mark: Mark = .double, continuing: Bool = false, continued: Bool = false
    ) -> [QuoteSpan] {
        let bytes = Array(paragraph.utf8)
        if mark == .single {
            return singleSpans(in: bytes, index: index, continuing: continuing, continued: continued)
        }
        var marks: [Int] = []
        for (offset, byte) in bytes.enumerated() where byte == 34 {
            if offset > 0, bytes[offset - 1] >= 48, bytes[offset - 1] <= 57, offset + 1 < bytes.count,
                bytes[offset + 1] == 32 || bytes[offset + 1] == 44
            {
                continue  // 10" (inches)
            }
            marks.append(offset)
        }
        var result: [QuoteSpan] = []
        var k = 0
        while k < marks.count {
            let open = marks[k]
            let close = k + 1 < marks.count ? marks[k + 1] : nil
            let inner = (open + 1)..<(close ?? bytes.count)
            if !inner.isEmpty { result.append(QuoteSpan(paragraph: index, open: open, close: close, inner: inner)) }
            k += 2
        }
        return result
    }

    /// The spans between single marks: a mark opens a quote at the start of a word (after a blank, a bracket or a
    /// dash) and closes it at the end of one (before a blank, punctuation or the paragraph's end, and after
    /// punctuation unless punctuation follows), so that apostrophes inside words (`don't`, `Peskov's`), after them
    /// (`the ministers' talks`) and before them (`'90s`, `rock 'n' roll`) neither open nor close a quote. An
    /// unclosed quote runs to the end of the paragraph only when it goes on in the next paragraph (`continued`), or
    /// it opens this paragraph and the one before ended inside a quote (`continuing`); any other unclosed mark is
    /// dropped, as it is more likely an apostrophe (`'Comeback' show for star`: a mark after a word before a blank
    /// does not close).
    static func singleSpans(in bytes: [UInt8], index: Int, continuing: Bool, continued: Bool) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var open: Int?
        for offset in bytes.indices where bytes[offset] == 39 {
            let before = offset > 0 ? bytes[offset - 1] : 32
            let after = offset + 1 < bytes.count ? bytes[offset + 1] : 32
            if let start = open {
                guard closesSingle(before: before, after: after) else { continue }
                if offset > start + 1 {
                    result.append(QuoteSpan(paragraph: index, open: start, close: offset, inner: (start + 1)..<offset))
                }
                open = nil
            } else if opensSingle(bytes, at: offset, before: before, after: after) {
                open = offset
            }
        }
        if let start = open, (start == 0 && continuing) || continued, start + 1 < bytes.count {
            result.append(QuoteSpan(paragraph: index, open: start, close: nil, inner: (start + 1)..<bytes.count))
        }
        return result
    }

    /// Whether the single mark at `offset` opens a quote: it starts a word that is not an elision (`'90s`, `'em`).
    private static func opensSingle(_ bytes: [UInt8], at offset: Int, before: UInt8, after: UInt8) -> Bool {
        guard [32, 40, 91, 45].contains(before), isWordByte(after) else { return false }
        var end = offset + 1
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[(offset + 1)..<end], as: UTF8.self).lowercased()
        if elisions.contains(word) { return false }
        let shortYear = word.prefix(2).allSatisfy(\.isNumber) && (word.count == 2 || word == "\(word.prefix(2))s")
        return !shortYear  // '90s, '07
    }

    /// Whether a single mark between these bytes closes a quote.
    private static func closesSingle(before: UInt8, after: UInt8) -> Bool {
        let punctuationBefore = [44, 46, 33, 63].contains(before)  // , . ! ?
        let punctuationAfter = [44, 46, 59, 58, 33, 63, 41].contains(after)  // , . ; : ! ? )
        guard before != 32, after == 32 || after == 45 || punctuationAfter else { return false }
        return punctuationBefore || punctuationAfter
    }

    /// Whether a byte belongs to a word: an ASCII letter or digit, or any byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128
    }

    /// Words written with a leading apostrophe for a dropped beginning.
    private static let elisions: Set<String> = ["em", "n", "til", "cause", "tis", "twas", "bout", "round", "s"]
}
