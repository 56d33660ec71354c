/// Which way a relative expression points: `last Friday`, `next June`, `this week`, or a bare `on Friday`.
public enum RelativeDirection: String, Hashable, Codable, Sendable {
    /// `last …`: the most recent one before the anchor.
    case last
    /// `next …`: the first one after the anchor.
    case next
    /// `this …`: the one in the anchor's own week, month or year.
    case this
    /// No direction word: resolved by tense (past by default in news).
    case bare
}

/// The calendar meaning of one date expression, before it is resolved against an anchor day.
public enum DateExpression: Hashable, Sendable {
    /// A full date: `March 29, 2022`, `29 March 2022`, `2022-03-29`, `14/09/2013`.
    case day(Day)
    /// A numeric date whose day and month can be swapped (`03/04/2022`): both readings, month-first first.
    case ambiguousDay([Day])
    /// Month and day without a year: `March 3`, `3 March`; the year comes from context.
    case monthDay(month: Int, day: Int)
    /// A month of a year: `February 2022`.
    case monthYear(year: Int, month: Int)
    /// A year on its own: `in 2020`.
    case year(Int)
    /// A month name without day or year: `in March`, `next June`, `last March`.
    case month(Int, RelativeDirection)
    /// A weekday: `on Wednesday`, `last Friday`, `next Monday` (ISO weekday 1…7).
    case weekday(Int, RelativeDirection)
    /// Days from the anchor: `today` 0, `yesterday` −1, `tomorrow` +1, `two days ago` −2.
    case daysFromAnchor(Int)
    /// Days from the previous time reference in the text: `a day earlier` −1, `the next day` +1.
    case daysFromPrevious(Int)
    /// Calendar weeks from the anchor's week: `last week` −1, `this week` 0, `next week` +1.
    case weeksFromAnchor(Int)
    /// Calendar months from the anchor's month: `last month` −1, `earlier this month` 0.
    case monthsFromAnchor(Int)
    /// Calendar years from the anchor's year: `last year` −1, `next year` +1.
    case yearsFromAnchor(Int)
}

/// A date expression found in a text, with where it was found.
public struct DateMention: Hashable, Sendable {
    /// What the expression means.
    public var expression: DateExpression
    /// The words as written.
    public var text: String
    /// UTF-8 offsets of the expression in the parsed text.
    public var range: Range<Int>
    /// A weekday written with a full date (`Friday, August 2, 2013`), 1 = Monday.
    public var weekday: Int?

    /// Creates a mention.
    public init(expression: DateExpression, text: String, range: Range<Int>, weekday: Int? = nil) {
        self.expression = expression
        self.text = text
        self.range = range
        self.weekday = weekday
    }

    /// Whether the expression names a calendar point on its own (no anchor needed): a day, a month of a year
    /// or a year.
    public var isAbsolute: Bool {
        switch expression {
        case .day, .monthYear, .year: return true
        default: return false
        }
    }
}

/// How to read all-numeric dates such as `03/04/2022`.
public enum NumericDateOrder: String, Hashable, Codable, Sendable, CaseIterable {
    /// Report both readings unless one is impossible (`14/09/2013` is day-first).
    case ambiguous
    /// Day first, as in most of the world: `03/04/2022` = 3 April 2022.
    case dayFirst
    /// Month first, as in the United States: `03/04/2022` = 4 March 2022.
    case monthFirst
}

/// Options of the date parser.
public struct DateParseOptions: Hashable, Codable, Sendable {
    /// How to read all-numeric dates.
    public var numericOrder: NumericDateOrder

    /// Creates options; numeric dates stay ambiguous by default.
    public init(numericOrder: NumericDateOrder = .ambiguous) { self.numericOrder = numericOrder }
}
