/// Where the paragraphs, sentences and words of a normalised text are, found in one pass each over its UTF-8 bytes
/// and kept as byte ranges and word hashes: no `String` is made per paragraph, sentence or word.
///
/// ``Document`` builds its string views (paragraphs, sentences, words) from this layout only when they are asked
/// for; hot paths such as copy detection need nothing but the hashes and the sentence boundaries.
struct TextLayout: Sendable {
    /// UTF-8 byte ranges of the paragraphs (non-empty lines, trimmed) in the normalised text.
    var paragraphs: [Range<Int>] = []
    /// UTF-8 byte ranges of the sentences (trimmed), in order.
    var sentences: [Range<Int>] = []
    /// The paragraph of each sentence.
    var sentenceParagraph: [Int] = []
    /// The words, hashed (see ``WordHasher``).
    var hashedWords: [HashedWord] = []
    /// Where each word lies in the normalised text, `start << 32 | end` (see ``WordHasher/append(bytes:offset:to:)``).
    var wordSpans: [UInt64] = []
    /// Sentence `i` holds `hashedWords[sentenceWordStart[i]..<sentenceWordStart[i + 1]]`.
    var sentenceWordStart: [Int] = [0]

    /// Lays out `normalized` (the output of ``TextNormalizer/normalize(_:)``).
    init(_ normalized: String) {
        WordScanner.withBytes(normalized) { b in
            let ascii = ASCII.isASCII(b)
            paragraphs.reserveCapacity(b.count / 200 + 2)
            sentences.reserveCapacity(b.count / 100 + 2)
            sentenceParagraph.reserveCapacity(b.count / 100 + 2)
            sentenceWordStart.reserveCapacity(b.count / 100 + 3)
            // Paragraphs: lines, trimmed of spaces and tabs, empty ones skipped (as ``Paragraphs/split(_:)``).
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                var lower = start
                var upper = i
                while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
                while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper { paragraphs.append(lower..<upper) }
                start = i + 1
            }
            // Sentences of each paragraph.
            var local: [Range<Int>] = []
            for (index, paragraph) in paragraphs.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: b[paragraph])
                local.removeAll(keepingCapacity: true)
                SentenceSplitter.appendRanges(
                    bytes, bytewise: ascii || SentenceSplitter.isBytewise(bytes), to: &local)
                for range in local {
                    sentences.append(
                        (paragraph.lowerBound + range.lowerBound)..<(paragraph.lowerBound + range.upperBound))
                    sentenceParagraph.append(index)
                }
            }
            // The words of each sentence (no word spans a sentence boundary), written straight into buffers. News
            // text holds about one word per six bytes: buffers for one per four usually suffice and are kept as they
            // are; text denser than that is laid out again into buffers for the most words it can hold (a word and
            // the byte after it take at least two bytes).
            let likely = b.count / 4 + sentences.count + 16
            if !hashWords(b, capacity: likely) { _ = hashWords(b, capacity: b.count / 2 + sentences.count + 1) }
        }
    }

    /// Hashes the words of every sentence into arrays of `capacity` words; false (the arrays untouched) when a
    /// sentence could overflow them.
    private mutating func hashWords(_ b: UnsafeBufferPointer<UInt8>, capacity: Int) -> Bool {
        var spans: [UInt64] = []
        var complete = true
        var starts: [Int] = []
        starts.reserveCapacity(sentences.count)
        let words = [HashedWord](unsafeUninitializedCapacity: capacity) { hashBuffer, hashesDone in
            spans = [UInt64](unsafeUninitializedCapacity: capacity) { spanBuffer, spansDone in
                var sink = WordHasher.Sink(hashes: hashBuffer.baseAddress!, spans: spanBuffer.baseAddress!)
                for sentence in sentences {
                    guard capacity - sink.count >= (sentence.count + 1) / 2 else {
                        complete = false
                        break
                    }
                    WordHasher.append(
                        bytes: UnsafeBufferPointer(rebasing: b[sentence]), offset: sentence.lowerBound, to: &sink)
                    starts.append(sink.count)
                }
                spansDone = sink.count
            }
            hashesDone = spans.count
        }
        guard complete else { return false }
        hashedWords = words
        wordSpans = spans
        sentenceWordStart += starts
        return true
    }
}
