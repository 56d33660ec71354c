/// Options of ``DateFinder``.
public struct DateFinderOptions: Hashable, Codable, Sendable {
    /// How to read all-numeric dates such as `03/04/2022` (a locale setting).
    public var numericOrder: NumericDateOrder
    /// How many leading lines may hold a date line or dateline.
    public var leadLines: Int

    /// Creates options: numeric dates ambiguous, dates looked for in the first four lines.
    public init(numericOrder: NumericDateOrder = .ambiguous, leadLines: Int = 4) {
        self.numericOrder = numericOrder
        self.leadLines = leadLines
    }
}

/// Finds publication dates written in an article's own text (datelines, explicit dates).
///
/// Only the position of a date makes it a publication date: a date line among the first lines (`August 2, 2013`,
/// `Published: 08/02/2013 11:10 am EDT`, `Posted on November 15, 2011`), or a dateline opening the body
/// (`WASHINGTON, March 3 (Reuters) -`, year from the dates of the text). A date inside prose, even in the first
/// paragraph ("the war started on Feb. 24, 2022"), is a fact of the story, not when it was published.
/// An ambiguous numeric date is kept only when the weekdays of the lead tell the two readings apart.
public enum DateFinder {
    /// The publication date stated by the text itself, if any.
    public static func explicitDate(in document: Document) -> DateResolution? {
        explicitDate(in: document, options: DateFinderOptions())
    }

    /// The publication date stated by the text itself, with a locale for numeric dates.
    public static func explicitDate(in document: Document, options: DateFinderOptions) -> DateResolution? {
        let parse = DateParseOptions(numericOrder: options.numericOrder)
        // Full, numeric and month-day dates all need digits: lines without any are skipped unread.
        for (lineIndex, line) in document.paragraphs.prefix(options.leadLines).enumerated()
        where ASCII.containsDigit(line) {
            let tokens = DateLexer.tokens(line)
            for mention in DateParser.mentions(in: line, options: parse) {
                guard let role = role(of: mention, in: tokens) else { continue }
                let where_ = "\(role) '\(mention.text)' (line \(lineIndex + 1))"
                switch mention.expression {
                case .day(let day):
                    return DateResolution(date: day, source: .text, evidence: ["text: \(where_)"])
                case .ambiguousDay(let days):
                    if let day = disambiguate(days, weekday: mention.weekday, in: document) {
                        return DateResolution(
                            date: day, source: .text,
                            evidence: ["text: \(where_), read as \(day) from the weekdays of the text"])
                    }
                case .monthDay(let month, let day):
                    if let year = contextYear(in: document, month: month, day: day, weekday: mention.weekday),
                        let date = Day(year: year, month: month, day: day)
                    {
                        return DateResolution(
                            date: date, source: .text, evidence: ["text: \(where_), year \(year) from the text"])
                    }
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// Why a date in a lead line is a publication date: `"date line"`, `"dateline"` or `"published"`; else `nil`.
    static func role(of mention: DateMention, in tokens: [DateToken]) -> String? {
        switch mention.expression {
        case .day, .ambiguousDay, .monthDay: break
        default: return nil
        }
        let before = tokens.filter { $0.end <= mention.range.lowerBound }
        let after = tokens.filter { $0.start >= mention.range.upperBound }
        let otherWords = (before + after).filter { $0.lower.map { !dateLineWords.contains($0) } ?? false }
        if otherWords.count <= 4, otherWords.allSatisfy(\.isCapitalized) { return "date line" }
        // A dateline: a few capitalised words (the place), the date, then a dash or colon, maybe after "(Agency)".
        let prefixWords = before.compactMap(\.lower)
        if !prefixWords.isEmpty, prefixWords.count <= 4, before.allSatisfy({ $0.lower == nil || $0.isCapitalized }) {
            var rest = after[...]
            if rest.first?.punct == "(", let close = rest.firstIndex(where: { $0.punct == ")" }) {
                rest = rest[(close + 1)...]
            }
            if let next = rest.first?.punct, next == "-" || next == ":" { return "dateline" }
            if rest.isEmpty { return "dateline" }
        }
        if before.suffix(8).contains(where: { $0.lower.map(publicationWords.contains) ?? false }) { return "published" }
        return nil
    }

    /// The year of a date line without one (`Mar. 8`, `Sunday, November 27`), from the dates in the text's
    /// past-tense sentences.
    ///
    /// A bare year in the text is usually history ("in 2008, Klitschko stopped Thompson"; "who played from
    /// 1995-99"), not the year of publication, so it counts only when the date line names a weekday that the day
    /// falls on in that year. Otherwise the most recent year of a fuller date (`March 2021`, `May 4, 2021`) is taken,
    /// and with a weekday, the most recent year of the text in which the weekday fits. No such year: no date.
    static func contextYear(in document: Document, month: Int, day: Int, weekday: Int?) -> Int? {
        var fuller: Set<Int> = []
        var bare: Set<Int> = []
        for sentence in document.sentences where ASCII.containsDigit(sentence.text) && Tense.of(sentence.text) == .past
        {
            for mention in DateParser.mentions(in: sentence.text) {
                switch mention.expression {
                case .day(let day): fuller.insert(day.year)
                case .monthYear(let year, _): fuller.insert(year)
                case .year(let year): bare.insert(year)
                default: continue
                }
            }
        }
        guard let weekday else { return fuller.max() }
        return fuller.union(bare).sorted(by: >).first { Day(year: $0, month: month, day: day)?.weekday == weekday }
    }

    /// Picks the reading of an ambiguous numeric date that the weekdays of the text fit clearly better, or `nil`.
    static func disambiguate(_ days: [Day], weekday: Int?, in document: Document) -> Day? {
        if let weekday {
            let matching = days.filter { $0.weekday == weekday }
            if matching.count == 1 { return matching[0] }
        }
        let clues = WeekdayClue.clues(in: document, sentences: 6)
        guard !clues.isEmpty else { return nil }
        let scored = days.map { day in (day, clues.reduce(0.0) { $0 + $1.penalty(publishedOn: day) }) }
            .sorted { $0.1 < $1.1 }
        guard scored.count >= 2, scored[1].1 - scored[0].1 >= 1 else { return nil }
        return scored[0].0
    }

    /// Words that may stand around a publication date on a date line without making it prose.
    static let dateLineWords: Set<String> = [
        "published", "posted", "updated", "update", "last", "modified", "created", "date", "dated", "on", "at", "am",
        "pm", "a", "m", "p", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "pt", "et", "bst",
        "ist", "cet", "cest", "hkt", "aest", "aedt", "hrs", "uk", "release", "immediate", "for", "by", "and", "first",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "of", "the", "time", "this", "story", "article", "was",
    ]

    /// Words that announce a publication date in a lead line ("posted in Accidents on Wednesday, September 18").
    /// Not "released": in prose it dates a film, a game or a record ("Halo 2 has been released in the US on 9
    /// November"), not the article; a press release's own "Released: …" line is a date line.
    static let publicationWords: Set<String> = [
        "published", "posted", "updated", "modified", "dated",
    ]
}
