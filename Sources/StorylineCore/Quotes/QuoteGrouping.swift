/// One sentence a speaker said, with every article (and date) that carries it.
public struct QuoteGroup: Hashable, Codable, Sendable {
    /// The words, as first seen (earliest date).
    public var text: String
    /// Speakers of the grouped quotes (usually one).
    public var speakers: [String]
    /// Each occurrence, in date order (undated last).
    public var occurrences: [QuoteOccurrence]

    /// Creates a group.
    public init(text: String, speakers: [String], occurrences: [QuoteOccurrence]) {
        self.text = text
        self.speakers = speakers
        self.occurrences = occurrences
    }
}

/// One article's copy of a grouped quote.
public struct QuoteOccurrence: Hashable, Codable, Sendable {
    /// Article id.
    public var article: String
    /// Publication date of the article (explicit or inferred), or `nil`.
    public var date: Day?
    /// Where the date came from.
    public var dateSource: DateSource?
    /// Sentence index in the article.
    public var sentence: Int
    /// The words as quoted in this article (may be longer or shorter than the group's text).
    public var text: String
    /// The attribution verb.
    public var verb: String?

    /// Creates an occurrence.
    public init(article: String, date: Day?, dateSource: DateSource?, sentence: Int, text: String, verb: String?) {
        self.article = article
        self.date = date
        self.dateSource = dateSource
        self.sentence = sentence
        self.text = text
        self.verb = verb
    }
}

/// Groups quotes that repeat the same sentence, across articles and years.
///
/// Two quotes are the same sentence when their words are equal after normalisation, when one (of five words or
/// more) appears word for word inside the other ("There is a lot of work to be done" inside "There is a lot of work
/// to be done before we can talk about…"), or when their word sets overlap by 70 % (Jaccard) or more.
public enum QuoteGrouping {
    /// Groups `quotes`, dating each occurrence from `dates` (by article id); groups are ordered by their first date.
    public static func groups(_ quotes: [QuoteReport], dates: [String: DateResolution] = [:]) -> [QuoteGroup] {
        var groups: [(words: [[String]], group: QuoteGroup)] = []
        let ordered = quotes.sorted { lhs, rhs in
            let l = dates[lhs.article]?.date ?? Day(ordinal: Int.max)
            let r = dates[rhs.article]?.date ?? Day(ordinal: Int.max)
            return (l, lhs.article, lhs.sentence) < (r, rhs.article, rhs.sentence)
        }
        for quote in ordered {
            let words = Tokenizer.words(quote.text)
            let occurrence = QuoteOccurrence(
                article: quote.article, date: dates[quote.article]?.date, dateSource: dates[quote.article]?.source,
                sentence: quote.sentence, text: quote.text, verb: quote.verb)
            if let index = groups.firstIndex(where: { $0.words.contains { sameSentence($0, words) } }) {
                groups[index].words.append(words)
                groups[index].group.occurrences.append(occurrence)
                if let speaker = quote.speaker, !groups[index].group.speakers.contains(speaker) {
                    groups[index].group.speakers.append(speaker)
                }
            } else {
                let group = QuoteGroup(
                    text: quote.text, speakers: quote.speaker.map { [$0] } ?? [], occurrences: [occurrence])
                groups.append(([words], group))
            }
        }
        return groups.map(\.group)
    }

    /// Whether two quotes (as lower-cased words) say the same sentence.
    public static func sameSentence(_ a: [String], _ b: [String]) -> Bool {
        if a == b { return !a.isEmpty }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 5, contains(long, short) { return true }
        let setA = Set(a)
        let setB = Set(b)
        let union = setA.union(setB).count
        return union > 0 && Double(setA.intersection(setB).count) / Double(union) >= 0.7
    }

    /// Whether `speaker` is the person asked for: the full name, the surname or a spelling one letter apart,
    /// case-insensitive ("Peskov" and "dmitry peskov" both match "Dmitry Peskov").
    public static func speaker(_ speaker: String, matches query: String) -> Bool {
        let name = speaker.lowercased()
        let asked = query.lowercased().split(separator: " ").joined(separator: " ")
        if name == asked { return true }
        let nameWords = name.split(separator: " ")
        let askedWords = asked.split(separator: " ")
        guard let askedLast = askedWords.last, let nameLast = nameWords.last else { return false }
        if askedWords.count == 1 { return NameAliases.similarSurnames(String(nameLast), String(askedLast)) }
        return askedWords.count == nameWords.count && askedWords.first == nameWords.first
            && NameAliases.similarSurnames(String(nameLast), String(askedLast))
    }

    private static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if Array(long[start..<(start + short.count)]) == short { return true }
        }
        return false
    }
}
