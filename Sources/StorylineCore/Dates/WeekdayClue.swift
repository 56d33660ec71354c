/// A weekday named in an article ("on Wednesday", "will meet on Friday"): it must fit the publication day.
///
/// News reports use bare weekdays for the past six days and the coming six, so any day fits some reading; what a
/// weekday tells is how *fresh* a candidate day would make the story. A past weekday fits best on that day or the
/// day after; a future one on the days just before it. ``penalty(publishedOn:)`` scores that fit.
public struct WeekdayClue: Hashable, Sendable {
    /// ISO weekday, 1 = Monday.
    public var weekday: Int
    /// Tense of the sentence that names it.
    public var tense: Tense
    /// Whether it sits in the lead (the first three sentences), where it names the news of the day.
    public var lead: Bool
    /// The words as written, for evidence.
    public var phrase: String

    /// Creates a clue.
    public init(weekday: Int, tense: Tense, lead: Bool, phrase: String) {
        self.weekday = weekday
        self.tense = tense
        self.lead = lead
        self.phrase = phrase
    }

    /// Days from the named weekday back to `day` (past) or from `day` on to it (future), 0…6.
    public func distance(publishedOn day: Day) -> Int {
        switch tense {
        case .past: return (day.weekday - weekday + 7) % 7
        case .future: return (weekday - day.weekday + 7) % 7
        }
    }

    /// How badly publication on `day` fits this clue: 0 for a perfect fit, up to 6 (doubled in the lead).
    public func penalty(publishedOn day: Day) -> Double {
        let d = distance(publishedOn: day)
        let base: Double
        switch tense {
        case .past: base = [0, 0.3, 1, 1.5, 2, 2.5, 3][d]
        case .future: base = [0.5, 0, 0.3, 1, 1.5, 2, 2.5][d]
        }
        return lead ? base * 2 : base
    }

    /// The weekday clues of a document, optionally only in its first `sentences` sentences.
    public static func clues(in document: Document, sentences limit: Int? = nil) -> [WeekdayClue] {
        var result: [WeekdayClue] = []
        // Every weekday name ends in "day": a sentence without it names none.
        for (index, sentence) in document.sentences.prefix(limit ?? Int.max).enumerated()
        where ASCII.containsIgnoringCase(sentence.text, "day") {
            var tense: Tense?
            for mention in DateParser.mentions(in: sentence.text) {
                guard case .weekday(let weekday, let direction) = mention.expression else { continue }
                let sentenceTense = tense ?? Tense.of(sentence.text)
                tense = sentenceTense
                let clueTense: Tense
                switch direction {
                case .last: clueTense = .past
                case .next: clueTense = .future
                case .bare, .this: clueTense = sentenceTense
                }
                result.append(
                    WeekdayClue(
                        weekday: weekday, tense: clueTense, lead: index < 3, phrase: phrase(mention, in: sentence.text))
                )
            }
        }
        return result
    }

    /// The mention with the preposition before it ("on Wednesday"), for evidence.
    static func phrase(_ mention: DateMention, in text: String) -> String {
        let bytes = Array(text.utf8)
        var start = mention.range.lowerBound
        var cursor = start - 1
        while cursor >= 0, bytes[cursor] == 32 { cursor -= 1 }
        var wordStart = cursor
        while wordStart >= 0,
            (bytes[wordStart] >= 97 && bytes[wordStart] <= 122) || (bytes[wordStart] >= 65 && bytes[wordStart] <= 90)
        {
            wordStart -= 1
        }
        let word = String(decoding: bytes[(wordStart + 1)..<(cursor + 1)], as: UTF8.self).lowercased()
        if ["on", "late", "early", "last", "next", "this", "since", "until", "by"].contains(word) {
            start = wordStart + 1
        }
        return String(decoding: bytes[start..<mention.range.upperBound], as: UTF8.self)
    }
}
