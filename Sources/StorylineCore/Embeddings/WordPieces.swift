/// Splits text into the word pieces of a BERT-style uncased vocabulary, as the model behind
/// ``WordEmbeddings`` was trained to read it: lower case, accents dropped, every punctuation mark a word of its own,
/// each word cut greedily into the longest pieces the vocabulary holds (`"##"` marks a piece inside a word).
///
/// A word the vocabulary cannot cut whole is skipped, as the static model skips its unknown token. Pieces are looked
/// up by a 64-bit hash of their UTF-8 bytes, so cutting a headline makes no strings.
struct WordPieces: Sendable {
    /// FNV-1a hash of a piece's bytes (`##` included for a piece inside a word) → row of the embedding table.
    let ids: HashSlots
    /// Longest word (in bytes) cut into pieces; longer ones are unknown, as in BERT (which counts characters).
    let longestWord = 100

    /// Indexes a vocabulary given in row order.
    init(pieces: [String]) {
        var ids = HashSlots(capacity: pieces.count)
        for (row, piece) in pieces.enumerated() {
            _ = ids.value(for: WordHasher.fnv1a(piece.utf8)) { row }
        }
        self.ids = ids
    }

    /// The table rows of the pieces of `text`, in order.
    func pieces(of text: some StringProtocol) -> [Int32] {
        var result: [Int32] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty { cut(word, into: &result) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value <= 0x20 || value == 0x7F {
                    flush()
                } else if WordPieces.isASCIIPunctuation(value) {
                    flush()
                    word.append(UInt8(value))
                    flush()
                } else {
                    word.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value))
                }
            } else if scalar.properties.isWhitespace || value == 0xFFFD {
                flush()
            } else if WordPieces.isPunctuation(scalar) || WordPieces.isIdeograph(scalar) {
                flush()
                WordPieces.append(scalar, to: &word)
                flush()
            } else {
                for folded in WordPieces.folded(scalar) { WordPieces.append(folded, to: &word) }
            }
        }
        flush()
        return result
    }

    /// Appends the pieces of one word, or nothing when some part of it is in no piece.
    private func cut(_ word: [UInt8], into result: inout [Int32]) {
        guard word.count <= longestWord else { return }
        let before = result.count
        var start = 0
        while start < word.count {
            var end = word.count
            var piece: Int32?
            while end > start {
                // Only whole UTF-8 sequences: a continuation byte never starts or ends a piece.
                if end == word.count || word[end] & 0xC0 != 0x80 {
                    let seed = start > 0 ? WordPieces.inside : WordPieces.start
                    let hash = WordHasher.fnv1a(word[start..<end], from: seed)
                    if let id = ids.value(for: hash) {
                        piece = Int32(id)
                        break
                    }
                }
                end -= 1
            }
            guard let piece else {
                result.removeSubrange(before...)
                return
            }
            result.append(piece)
            start = end
        }
    }

    /// The hash state before a piece's bytes: at the start of a word, and inside one (after `##`).
    static let start = WordHasher.fnv1a([])
    static let inside = WordHasher.fnv1a("##".utf8)

    /// Appends a scalar's UTF-8 bytes.
    private static func append(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        word.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// A non-ASCII scalar lower-cased, without its accent (`É` → `e`), as the uncased vocabulary spells it;
    /// combining marks vanish.
    static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return [] }
        if let base = baseLetter(scalar) { return [base] }
        return Array(properties.lowercaseMapping.unicodeScalars)
    }

    /// The plain lower-case letter under an accented Latin one, read from its Unicode name ("LATIN CAPITAL LETTER E
    /// WITH ACUTE" → `e`); `nil` for anything else.
    private static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let name = scalar.properties.name, name.hasPrefix("LATIN "),
            let with = name.firstRange(of: " WITH ")
        else { return nil }
        let head = name[..<with.lowerBound]
        guard let letter = head.firstRange(of: "LETTER ") else { return nil }
        let base = head[letter.upperBound...].unicodeScalars
        guard base.count == 1, let first = base.first, first.isASCII else { return nil }
        return Unicode.Scalar(first.value >= 65 && first.value <= 90 ? first.value + 32 : first.value)
    }

    /// BERT's ASCII punctuation: every printable ASCII character that is neither letter nor digit.
    static func isASCIIPunctuation(_ value: UInt32) -> Bool {
        (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
    }

    /// BERT's punctuation beyond ASCII: every Unicode punctuation scalar.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// CJK ideographs, which BERT reads one by one.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
