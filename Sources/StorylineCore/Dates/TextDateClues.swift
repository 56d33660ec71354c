/// What an article's own words say about when it was published, for inference when no date is given.
///
/// - the most recent absolute date it mentions in a past-tense sentence bounds the publication from below
///   ("in February 2022" → not before 2022-02-01);
/// - elapsed-time phrases anchored on a mentioned date give a window ("three years after … February 2022" →
///   2025-02-01…2026-01-31; "19 months after the first round in March 2023" → October 2024);
/// - weekdays must fit (``WeekdayClue``);
/// - a dateline without a year (`MOSCOW, March 3 -`) names the day once the year is known.
public struct TextDateClues: Hashable, Sendable {
    /// The latest day a past-tense sentence refers to (the first day of a month or year), and its words.
    public var lowerBound: DatedPhrase?
    /// Windows from elapsed-time phrases, with their evidence.
    public var elapsed: [ElapsedClue] = []
    /// Weekdays named in the text.
    public var weekdays: [WeekdayClue] = []
    /// Month and day of a dateline that gives no year.
    public var dateline: DatelineClue?
    /// Both readings of an ambiguous numeric date line (`Posted: 08/02/2013`), when the lead has one.
    public var ambiguousDateLine: [Day] = []

    /// A day a phrase of the text refers to.
    public struct DatedPhrase: Hashable, Sendable {
        /// The day (first day of a month or year when the phrase names one).
        public var day: Day
        /// The words as written.
        public var phrase: String
    }

    /// A window implied by an elapsed-time phrase.
    public struct ElapsedClue: Hashable, Sendable {
        /// Days the publication may fall on.
        public var window: DateRange
        /// Why, for the report.
        public var evidence: String
    }

    /// A dateline's month and day (`MOSCOW, March 3 -`).
    public struct DatelineClue: Hashable, Sendable {
        /// Month, 1…12.
        public var month: Int
        /// Day of the month.
        public var day: Int
        /// The words as written.
        public var phrase: String
    }

    /// Creates empty clues.
    public init() {}

    /// The clues of a document.
    public static func of(_ document: Document) -> TextDateClues {
        var clues = TextDateClues()
        clues.weekdays = WeekdayClue.clues(in: document)
        var anchors: [(day: Day, phrase: String, sentence: Int)] = []
        // Days, months of years and years all need digits: sentences without any give no anchor.
        for (index, sentence) in document.sentences.enumerated()
        where ASCII.containsDigit(sentence.text) && Tense.of(sentence.text) == .past {
            for mention in DateParser.mentions(in: sentence.text) {
                let start: Day?
                switch mention.expression {
                case .day(let day): start = day
                case .monthYear(let year, let month): start = Day(year: year, month: month, day: 1)
                case .year(let year): start = Day(year: year, month: 1, day: 1)
                default: start = nil
                }
                guard let start else { continue }
                if mention.expression != .year(start.year) { anchors.append((start, mention.text, index)) }
                if start > (clues.lowerBound?.day ?? Day(ordinal: Int.min)) {
                    clues.lowerBound = DatedPhrase(day: start, phrase: mention.text)
                }
            }
        }
        // An elapsed-time phrase needs an anchor and the word "year" or "month".
        for (index, sentence) in document.sentences.enumerated()
        where !anchors.isEmpty
            && (ASCII.containsIgnoringCase(sentence.text, "year") || ASCII.containsIgnoringCase(sentence.text, "month"))
        {
            for (count, unit, phrase) in elapsedPhrases(in: sentence.text) {
                // Anchor: a date in the same sentence, else the latest month or day the text names.
                let anchor = anchors.last { $0.sentence == index } ?? anchors.max { $0.day < $1.day }
                guard let anchor else { continue }
                let from = unit == "year" ? anchor.day.addingMonths(12 * count) : anchor.day.addingMonths(count)
                let to =
                    (unit == "year" ? anchor.day.addingMonths(12 * (count + 1)) : anchor.day.addingMonths(count + 1))
                    .adding(days: -1)
                clues.elapsed.append(
                    ElapsedClue(
                        window: DateRange(from: from, to: to),
                        evidence: "text: '\(phrase)' counted from '\(anchor.phrase)'"))
            }
        }
        // Datelines and numeric date lines need digits.
        let lexed = document.paragraphs.prefix(3).filter(ASCII.containsDigit).map { ($0, DateLexer.tokens($0)) }
        outer: for (line, tokens) in lexed {
            for mention in DateParser.mentions(in: line) {
                guard DateFinder.role(of: mention, in: tokens) != nil else { continue }
                if case .monthDay(let month, let day) = mention.expression {
                    clues.dateline = DatelineClue(month: month, day: day, phrase: mention.text)
                    break outer
                }
                if case .ambiguousDay(let days) = mention.expression {
                    clues.ambiguousDateLine = days
                    break outer
                }
            }
        }
        return clues
    }

    /// `three years after`, `more than three years into`, `19 months after`, `a year since`: (count, unit, words).
    static func elapsedPhrases(in sentence: String) -> [(Int, String, String)] {
        let tokens = Tokenizer.tokens(sentence)
        var result: [(Int, String, String)] = []
        for index in tokens.indices.dropLast(2) {
            let word = tokens[index].lower
            guard let count = tokens[index].isNumber ? Int(word) : CalendarWords.number(word), count > 0, count < 100
            else { continue }
            let unitWord = tokens[index + 1].lower
            let unit: String
            switch unitWord {
            case "year", "years": unit = "year"
            case "month", "months": unit = "month"
            default: continue
            }
            guard ["after", "into", "since", "on"].contains(tokens[index + 2].lower) else { continue }
            if index > 0, ["in", "for", "within", "than"].contains(tokens[index - 1].lower),
                !(index > 1 && tokens[index - 2].lower == "more")
            {
                continue  // "in three years", "for two years": a duration, not a time since
            }
            result.append((count, unit, "\(tokens[index].text) \(tokens[index + 1].text) \(tokens[index + 2].text)"))
        }
        return result
    }
}

extension Day {
    /// The same day of the month `count` months later (clamped to the month's length).
    public func addingMonths(_ count: Int) -> Day {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) + count
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))!
    }
}
