/// A run of text between double quotes in one paragraph (normalised text: curly quotes are straight).
struct QuoteSpan: Hashable, Sendable {
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
    static func spans(in paragraph: String, index: Int) -> [QuoteSpan] {
        let bytes = Array(paragraph.utf8)
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
}
