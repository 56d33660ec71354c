/// A word or mark of a synthetic sentence, typed so that copiers know what they may swap or edit.
struct SyntheticToken: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        case content, function, name, number, punctuation, openQuote, closeQuote
    }

    var kind: Kind
    var text: String
    /// Content-word rank (content tokens only).
    var rank: Int32 = -1

    static func content(_ rank: Int, _ lexicon: SyntheticLexicon) -> SyntheticToken {
        SyntheticToken(kind: .content, text: lexicon.words[rank], rank: Int32(rank))
    }
}

/// An article before rendering: a title and sentences of typed tokens, laid out in paragraphs.
struct SyntheticDraft: Sendable {
    var title: [SyntheticToken]
    var sentences: [[SyntheticToken]]
    /// Sentences per paragraph; sums to `sentences.count`.
    var paragraphs: [Int]

    /// Lays `count` sentences out in paragraphs of one to four sentences.
    static func layout(_ count: Int, _ random: inout SeededRandom) -> [Int] {
        var sizes: [Int] = []
        var left = count
        while left > 0 {
            let size = min(left, random.int(in: 1...4))
            sizes.append(size)
            left -= size
        }
        return sizes
    }

    /// The title as text, each word capitalised.
    func renderTitle() -> String {
        var text = ""
        for token in title {
            if !text.isEmpty && token.kind != .punctuation { text += " " }
            text += token.kind == .content ? token.text.capitalizedFirst : token.text
        }
        return text
    }

    /// The body as text: sentences joined by spaces, paragraphs by blank lines.
    func renderText() -> String {
        var text = ""
        text.reserveCapacity(sentences.count * 110)
        var index = 0
        for (number, size) in paragraphs.enumerated() {
            if number > 0 { text += "\n\n" }
            for offset in 0..<size where index + offset < sentences.count {
                if offset > 0 { text += " " }
                SyntheticDraft.render(sentences[index + offset], into: &text)
            }
            index += size
        }
        return text
    }

    /// Appends one sentence: first word capitalised, punctuation and quotes attached.
    static func render(_ sentence: [SyntheticToken], into text: inout String) {
        var first = true
        var glue = true
        for token in sentence {
            switch token.kind {
            case .punctuation, .closeQuote:
                text += token.text
            default:
                if !glue { text += " " }
                text += first && token.kind != .openQuote ? token.text.capitalizedFirst : token.text
                if token.kind != .openQuote { first = false }
            }
            glue = token.kind == .openQuote
        }
    }
}
