import Synchronization

/// An article prepared for analysis: normalised once, split once, tokenised once, shared by every analysis.
///
/// Preparation finds paragraphs, sentences and words as byte ranges and word hashes (see ``hashedWords``), in one
/// pass each over the normalised text; the string views (``paragraphs``, ``sentences``, ``words``) are made the
/// first time they are read and then kept, so that analyses that need only hashes (copy detection) never pay for
/// them. Reading them is safe from any thread.
public struct Document: Sendable {
    /// The article as read.
    public let article: Article
    /// The normalised text (see ``TextNormalizer``).
    public let normalized: String
    /// The words as 64-bit hashes with number and capitalisation flags (see ``WordHasher``), for hot paths
    /// that compare words by the million (copy detection) without touching strings.
    public let hashedWords: [HashedWord]
    /// Where each sentence's words start in ``words`` (and ``hashedWords``): sentence `i` holds
    /// `words[sentenceWordStart[i]..<sentenceWordStart[i + 1]]`; one extra entry closes the last sentence.
    public let sentenceWordStart: [Int]
    /// The normalised title, when the article has one.
    public let title: String?
    /// UTF-8 byte ranges of the paragraphs in ``normalized``.
    let paragraphRanges: [Range<Int>]
    /// UTF-8 byte ranges of the sentences in ``normalized``.
    let sentenceRanges: [Range<Int>]
    /// The paragraph of each sentence.
    let sentenceParagraph: [Int]
    /// Where each word lies in ``normalized``: `start << 32 | end`, or ``WordHasher/unicodeSpan``.
    let wordSpans: [UInt64]
    /// The string views, made on first use.
    private let cache: Cache

    /// Prepares an article for analysis.
    public init(_ article: Article) {
        self.article = article
        var normalized = TextNormalizer.normalize(article.text)
        normalized.makeContiguousUTF8()
        self.normalized = normalized
        let layout = TextLayout(normalized)
        hashedWords = layout.hashedWords
        sentenceWordStart = layout.sentenceWordStart
        paragraphRanges = layout.paragraphs
        sentenceRanges = layout.sentences
        sentenceParagraph = layout.sentenceParagraph
        wordSpans = layout.wordSpans
        title = article.title.map { TextNormalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
        cache = Cache()
    }

    /// The article's identifier.
    public var id: String { article.id }

    /// Number of sentences (without making their strings).
    public var sentenceCount: Int { sentenceRanges.count }

    /// Where sentence `index` starts inside its paragraph: a UTF-8 offset into
    /// `paragraphs[sentences[index].paragraph]` (known from splitting, so nothing needs searching).
    public func sentenceOffsetInParagraph(_ index: Int) -> Int {
        sentenceRanges[index].lowerBound - paragraphRanges[sentenceParagraph[index]].lowerBound
    }

    /// Paragraphs of the normalised text.
    public var paragraphs: [String] {
        cache.paragraphs.withLock { cached in
            if let cached { return cached }
            let made = paragraphRanges.map(text)
            cached = made
            return made
        }
    }

    /// Sentences of the normalised text, in order.
    public var sentences: [Sentence] {
        cache.sentences.withLock { cached in
            if let cached { return cached }
            let made = sentenceRanges.indices.map {
                Sentence(text: text(sentenceRanges[$0]), paragraph: sentenceParagraph[$0])
            }
            cached = made
            return made
        }
    }

    /// Lower-cased words of the normalised text, in order (as ``Tokenizer/words(_:)`` gives them, sentence by
    /// sentence); word `i` is the word hashed in `hashedWords[i]`.
    public var words: [String] {
        cache.words.withLock { cached in
            if let cached { return cached }
            var made: [String] = []
            made.reserveCapacity(hashedWords.count)
            for sentence in sentenceRanges.indices { made += words(inSentence: sentence) }
            cached = made
            return made
        }
    }

    /// Lower-cased words of sentence `index` alone, made without making those of the whole text.
    func words(inSentence index: Int) -> [String] {
        Tokenizer.words(text(sentenceRanges[index]))
    }

    /// Lower-cased word `index` (the word of ``words`` at that index), made alone: an ASCII word from its bytes,
    /// another from the words of its sentence.
    func word(at index: Int) -> String {
        let span = wordSpans[index]
        if span != WordHasher.unicodeSpan {
            let start = Int(span >> 32)
            let length = Int(span & 0xFFFF_FFFF) - start
            return WordScanner.withBytes(normalized) { b in
                String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<length {
                        let byte = b[start + k]
                        buffer[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    }
                    return length
                }
            }
        }
        var low = 0
        var high = sentenceRanges.count - 1
        while low < high {  // the last sentence starting at or before `index`
            let middle = (low + high + 1) / 2
            if sentenceWordStart[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return words(inSentence: low)[index - sentenceWordStart[low]]
    }

    /// Word `index` as written (its case kept), made alone like ``word(at:)``.
    func writtenWord(at index: Int) -> String {
        let span = wordSpans[index]
        if span != WordHasher.unicodeSpan { return text(Int(span >> 32)..<Int(span & 0xFFFF_FFFF)) }
        var sentence = 0
        while sentence + 1 < sentenceRanges.count, sentenceWordStart[sentence + 1] <= index { sentence += 1 }
        return String(Tokenizer.tokens(text(sentenceRanges[sentence]))[index - sentenceWordStart[sentence]].text)
    }

    /// Number of UTF-8 bytes of word `index` as written; 2 or more for any word with a non-ASCII letter.
    func writtenLength(at index: Int) -> Int {
        let span = wordSpans[index]
        return span == WordHasher.unicodeSpan ? 2 : Int(span & 0xFFFF_FFFF) - Int(span >> 32)
    }

    /// The normalised text in the UTF-8 byte range `range`.
    private func text(_ range: Range<Int>) -> String {
        WordScanner.withBytes(normalized) { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The string views of one document, made at most once each.
    private final class Cache: Sendable {
        let paragraphs = Mutex<[String]?>(nil)
        let sentences = Mutex<[Sentence]?>(nil)
        let words = Mutex<[String]?>(nil)
    }
}
