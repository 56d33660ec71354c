/// Finds direct quotes in an article and attributes them to speakers.
///
/// Quotes are the runs between double quotes (the normalised text has straight quotes), paired in order within a
/// paragraph; a quote left open at the end of a paragraph continues into the next. Single quotes inside are kept as
/// part of the quote. An article without any double quote is read in the British style, `‘…’` (see
/// ``QuoteSpan/singleSpans(in:index:continuing:continued:)`` for how a quote mark is told from an apostrophe). The
/// speaker comes from the words right after the quote (`"…," Peskov said`, `"…," said Peskov`, `"…," Kremlin
/// spokesman Dmitry Peskov told reporters`, `according to X`), else from the
/// clause before it (`Medinsky said in a video … that "…"`); a quote split around its attribution, or continued
/// after it, takes the speaker of its neighbour; `he`/`she` is the last person named outside quotes before it;
/// "the statement said" is the previous speaker. Quoted terms of one to three words ("positive") are speech only
/// when an attribution follows them directly. Names are canonical within the article ("Peskov" → "Dmitry Peskov").
public enum QuoteExtractor {
    /// The direct quotes of one article, in order.
    public static func quotes(in document: Document) -> [QuoteReport] {
        quotes(in: document, mentions: NameFinder.mentions(in: document))
    }

    /// The direct quotes of many articles, with speaker names made consistent across them (a surname alone becomes
    /// the one full name the articles use; spelling variants merge).
    public static func quotes(in documents: [Document]) -> [QuoteReport] {
        quotes(in: documents, mentions: ParallelMap.map(documents) { NameFinder.mentions(in: $0) })
    }

    /// The direct quotes of many articles whose name mentions are already found (`mentions[i]` those of
    /// `documents[i]`, as ``NameFinder/mentions(in:)`` gives them), so that quotes and entities share one name
    /// search. Articles are read in parallel; the result is the same as ``quotes(in:)-([Document])``.
    public static func quotes(in documents: [Document], mentions: [[NameMention]]) -> [QuoteReport] {
        precondition(documents.count == mentions.count, "one list of mentions per document")
        let perDocument = ParallelMap.map(documents.count, minimum: 16) {
            quotes(in: documents[$0], mentions: mentions[$0])
        }
        return consistentSpeakers(perDocument.flatMap { $0 }, mentions: mentions)
    }

    /// Quotes found article by article (``quotes(in:mentions:)-(Document,_)``), with speaker names made consistent
    /// across the articles whose name mentions are `mentions`: a surname alone becomes the one full name the
    /// articles use, spelling variants merge (``NameAliases/canonicalPersons(_:)``).
    public static func consistentSpeakers(_ quotes: [QuoteReport], mentions: [[NameMention]]) -> [QuoteReport] {
        var counts: [String: Int] = [:]
        for found in mentions {
            for mention in found where mention.type == .person { counts[mention.name, default: 0] += 1 }
        }
        for quote in quotes { if let speaker = quote.speaker, counts[speaker] == nil { counts[speaker] = 1 } }
        let canonical = NameAliases.canonicalPersons(counts)
        return quotes.map { quote in
            var copy = quote
            if let speaker = quote.speaker { copy.speaker = canonical[speaker] ?? speaker }
            return copy
        }
    }

    private struct Candidate {
        var span: QuoteSpan
        var text: String
        var words: Int
        var attribution: Attribution?
        var handsOver: Bool
        var inherited = false
    }

    /// The direct quotes of one article whose name mentions are already found (as ``NameFinder/mentions(in:)``
    /// gives them), so that a caller that also wants its entities searches its names once. The same result as
    /// ``quotes(in:)-(Document)``.
    public static func quotes(in document: Document, mentions: [NameMention]) -> [QuoteReport] {
        let paragraphs = document.paragraphs
        let sentenceStarts = SentenceOffsets(document)
        let mark = QuoteSpan.Mark.of(paragraphs)
        var spans: [[QuoteSpan]] = []
        for (p, paragraph) in paragraphs.enumerated() {
            let continuing = spans.last?.last.map { $0.close == nil } ?? false
            let continued = p + 1 < paragraphs.count && paragraphs[p + 1].utf8.first == 39
            spans.append(
                QuoteSpan.spans(in: paragraph, index: p, mark: mark, continuing: continuing, continued: continued))
        }
        var candidates: [Candidate] = []
        for (p, paragraph) in paragraphs.enumerated() {
            let bytes = Array(paragraph.utf8)
            let mentionsHere = mentions.filter { $0.paragraph == p }
            for (k, span) in spans[p].enumerated() {
                let raw = String(decoding: bytes[span.inner], as: UTF8.self)
                let text = clean(raw)
                guard !text.isEmpty else { continue }
                let nextOpen = k + 1 < spans[p].count ? spans[p][k + 1].open : bytes.count
                func before() -> Attribution? {
                    let previousClose = k > 0 ? spans[p][k - 1].after : 0
                    let start = max(previousClose, sentenceStarts.start(paragraph: p, containing: span.open))
                    return Attribution.before(
                        paragraph, bytes: bytes, from: start, to: span.open, paragraph: p, mentions: mentionsHere)
                }
                // A quote whose sentence ends inside it ('called the deal "the first real step."') belongs to the
                // words before it when they attribute it; the next sentence is about something else.
                let closesSentence = text.last == "."
                var attribution = closesSentence ? before() : nil
                if attribution == nil, span.close != nil {
                    let end = min(nextOpen, sentenceEnd(bytes, from: span.after))
                    attribution = Attribution.after(
                        paragraph, from: span.after, to: end, paragraph: p, mentions: mentionsHere)
                }
                if attribution == nil, !closesSentence { attribution = before() }
                let after = span.after < bytes.count ? bytes[span.after] : 0
                let handsOver = raw.last.map { ",?!".contains($0) } == true || after == 44  // "Yes," / "Yes",
                candidates.append(
                    Candidate(
                        span: span, text: text, words: Tokenizer.tokens(text).count, attribution: attribution,
                        handsOver: handsOver))
            }
        }
        // Split and continued quotes take their neighbour's speaker.
        for index in candidates.indices where candidates[index].attribution == nil {
            let span = candidates[index].span
            if index > 0, candidates[index - 1].span.paragraph == span.paragraph,
                let previous = candidates[index - 1].attribution
            {
                candidates[index].attribution = previous
                candidates[index].inherited = true
            } else if index + 1 < candidates.count, candidates[index + 1].span.paragraph == span.paragraph,
                let next = candidates[index + 1].attribution, !candidates[index + 1].inherited
            {
                candidates[index].attribution = next
                candidates[index].inherited = true
            } else if index > 0, span.open == 0, candidates[index - 1].span.paragraph == span.paragraph - 1,
                candidates[index - 1].span.close == nil || isLast(candidates[index - 1].span, in: paragraphs),
                let previous = candidates[index - 1].attribution
            {
                candidates[index].attribution = previous
                candidates[index].inherited = true
            }
        }
        var reports: [QuoteReport] = []
        var lastSpeaker: String?
        var genders: [String: PersonGender]?  // found on the first pronoun: most articles have none
        for candidate in candidates {
            let attribution = candidate.attribution
            if candidate.words < 4, !(attribution?.direct ?? false) || candidate.inherited || !candidate.handsOver {
                continue
            }
            if attribution == nil, candidate.text.first.map({ !$0.isUppercase }) ?? true { continue }
            var speaker: String?
            switch attribution?.speaker {
            case .name(let name): speaker = name
            case .pronoun(let paragraph, let position, let gender):
                if genders == nil { genders = PersonGender.genders(of: mentions, in: document) }
                speaker =
                    lastPerson(
                        before: paragraph, position, gender: gender, genders: genders ?? [:], mentions: mentions,
                        spans: spans) ?? lastSpeaker
            case .previousSpeaker: speaker = lastSpeaker
            case nil: speaker = nil
            }
            if speaker != nil { lastSpeaker = speaker }
            let sentence = sentenceStarts.index(
                paragraph: candidate.span.paragraph, offset: candidate.span.inner.lowerBound)
            reports.append(
                QuoteReport(
                    article: document.id, text: candidate.text, speaker: speaker, verb: attribution?.verb,
                    sentence: sentence))
        }
        return reports
    }

    /// The quoted words without surrounding blanks and the comma that hands over to the attribution.
    static func clean(_ raw: String) -> String {
        var text = Substring(raw)
        while let first = text.first, first == " " { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "," { text = text.dropLast() }
        return String(text)
    }

    /// Whether a span ends its paragraph (nothing but punctuation after it).
    static func isLast(_ span: QuoteSpan, in paragraphs: [String]) -> Bool {
        let bytes = Array(paragraphs[span.paragraph].utf8)
        return bytes[min(span.after, bytes.count)...].allSatisfy { $0 == 32 || $0 == 46 || $0 == 44 }
    }

    /// The UTF-8 offset of the end of the sentence that starts at `from` (the stop included), or the paragraph end.
    static func sentenceEnd(_ bytes: [UInt8], from: Int) -> Int {
        var index = from
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 33 || byte == 63 || byte == 59 { return index }
            if byte == 46 {
                var wordStart = index
                while wordStart > 0,
                    (bytes[wordStart - 1] >= 65 && bytes[wordStart - 1] <= 90)
                        || (bytes[wordStart - 1] >= 97 && bytes[wordStart - 1] <= 122)
                {
                    wordStart -= 1
                }
                let word = String(decoding: bytes[wordStart..<index], as: UTF8.self).lowercased()
                let abbreviation = word.count == 1 || SentenceSplitter.abbreviations.contains(word)
                if !abbreviation, index + 1 >= bytes.count || bytes[index + 1] == 32 || bytes[index + 1] == 34 {
                    return index
                }
            }
            index += 1
        }
        return bytes.count
    }

    /// The person a pronoun at `position` stands for: in the latest sentence before it that names a person outside
    /// quotes, the first such person (the subject: "Medinsky later clarified Mr. Fomin's announcement" → Medinsky),
    /// skipping possessives and names after prepositions, and people known to be of the other gender ("she" is not
    /// the last man named), and preferring names known to be people to untyped ones.
    static func lastPerson(
        before paragraph: Int, _ position: Int, gender: PersonGender? = nil, genders: [String: PersonGender] = [:],
        mentions: [NameMention], spans: [[QuoteSpan]]
    ) -> String? {
        let eligible = mentions.filter { mention in
            guard
                mention.paragraph < paragraph
                    || (mention.paragraph == paragraph && mention.range.upperBound <= position)
            else { return false }
            if let gender, let known = genders[mention.name], known != gender { return false }
            // An untyped name may be a person, but not an acronym: "he" or "she" is never "TV" or "CES".
            let personLike =
                mention.type == .person
                || (mention.type == nil && mention.words.count <= 3
                    && mention.name.contains(where: \.isLowercase))
            guard personLike, !mention.possessive, !mention.afterPreposition else { return false }
            return !spans[mention.paragraph].contains { $0.inner.contains(mention.range.lowerBound) }
        }
        guard let last = eligible.last else { return nil }
        // A name typed as a person goes before an untyped one ("Speaking to the Ledger, Okonkwo said": Okonkwo).
        let inSentence = eligible.filter { $0.sentence == last.sentence }
        return (inSentence.first { $0.type == .person } ?? inSentence.first)?.name
    }
}

/// Where each sentence of a document starts inside its paragraph.
struct SentenceOffsets {
    /// (sentence index, UTF-8 offset) for each paragraph, in order.
    private var starts: [[(index: Int, offset: Int)]]

    init(_ document: Document) {
        starts = Array(repeating: [], count: document.paragraphs.count)
        for (index, sentence) in document.sentences.enumerated() {
            starts[sentence.paragraph].append((index, document.sentenceOffsetInParagraph(index)))
        }
    }

    /// Index of the sentence holding an offset of a paragraph.
    func index(paragraph: Int, offset: Int) -> Int {
        let list = starts[paragraph]
        return (list.last { $0.offset <= offset } ?? list.first)?.index ?? 0
    }

    /// Offset where the sentence holding `offset` starts.
    func start(paragraph: Int, containing offset: Int) -> Int {
        starts[paragraph].last { $0.offset <= offset }?.offset ?? 0
    }
}
