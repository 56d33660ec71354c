/// A date expression pinned to the calendar: one day, a span of days, or the readings of an ambiguous date.
public enum ResolvedDate: Hashable, Sendable {
    /// A single day.
    case day(Day)
    /// A span: a week, a month, a year.
    case range(DateRange)
    /// Several possible days (an ambiguous numeric date).
    case ambiguous([Day])

    /// The first day the expression can mean.
    public var earliest: Day {
        switch self {
        case .day(let day): return day
        case .range(let range): return range.from
        case .ambiguous(let days): return days.min()!
        }
    }

    /// The last day the expression can mean.
    public var latest: Day {
        switch self {
        case .day(let day): return day
        case .range(let range): return range.to
        case .ambiguous(let days): return days.max()!
        }
    }
}

/// Whether a sentence talks about the past or the future, which decides how bare weekdays and months resolve.
public enum Tense: String, Hashable, Codable, Sendable {
    /// Reported events: "on Wednesday" is the most recent Wednesday.
    case past
    /// Announced events: "on Wednesday" is the coming Wednesday.
    case future

    /// The tense of a sentence, from future markers ("will", "is expected to", "is due to", "plans to").
    public static func of(_ sentence: String) -> Tense {
        let words = Tokenizer.words(sentence)
        for (index, word) in words.enumerated() {
            if ["will", "shall", "upcoming", "scheduled", "tomorrow"].contains(word) { return .future }
            let next = index + 1 < words.count ? words[index + 1] : ""
            if ["expected", "due", "set", "plans", "planned", "going"].contains(word), next == "to" { return .future }
            if word == "ll" || (word == "is" && next == "to") { return .future }
        }
        return .past
    }
}

/// Resolves date expressions against an anchor day (usually the publication date).
///
/// News conventions: a bare weekday is the most recent such day (the anchor's own weekday counts) in past
/// sentences and the coming one in future sentences; `last Friday` is the most recent Friday before the anchor;
/// `next June` the first June after the anchor's month; a day and month without a year is the nearest such date
/// (the most recent in past sentences, the coming one in future sentences); `a day earlier` counts from the
/// previous time reference of the text.
public struct DateResolver: Hashable, Sendable {
    /// The day expressions are relative to.
    public var anchor: Day

    /// Creates a resolver for an anchor day.
    public init(anchor: Day) { self.anchor = anchor }

    /// What `mention` means in a sentence of the given tense; `previous` is the last time reference resolved
    /// before it in the text (for `a day earlier`), defaulting to the anchor.
    public func resolve(_ expression: DateExpression, tense: Tense = .past, previous: Day? = nil) -> ResolvedDate {
        let (year, month, _) = anchor.components
        switch expression {
        case .day(let day): return .day(day)
        case .ambiguousDay(let days): return days.count == 1 ? .day(days[0]) : .ambiguous(days)
        case .monthYear(let y, let m): return .range(monthRange(year: y, month: m))
        case .year(let y):
            return .range(DateRange(from: Day(year: y, month: 1, day: 1)!, to: Day(year: y, month: 12, day: 31)!))
        case .monthDay(let m, let d):
            let candidates = [year - 1, year, year + 1].compactMap { Day(year: $0, month: m, day: d) }
            let pick: Day?
            switch tense {
            case .past: pick = candidates.last { $0 <= anchor }
            case .future: pick = candidates.first { $0 >= anchor }
            }
            return .day(pick ?? candidates.min { abs($0.ordinal - anchor.ordinal) < abs($1.ordinal - anchor.ordinal) }!)
        case .month(let m, let direction):
            let targetYear: Int
            switch direction {
            case .last: targetYear = m < month ? year : year - 1
            case .next: targetYear = m > month ? year : year + 1
            case .this: targetYear = year
            case .bare:
                switch tense {
                case .past: targetYear = m <= month ? year : year - 1
                case .future: targetYear = m >= month ? year : year + 1
                }
            }
            return .range(monthRange(year: targetYear, month: m))
        case .weekday(let w, let direction):
            let back = (anchor.weekday - w + 7) % 7  // days since the most recent such weekday (0 = today)
            let ahead = (w - anchor.weekday + 7) % 7  // days until the coming one (0 = today)
            switch direction {
            case .last: return .day(anchor.adding(days: -(back == 0 ? 7 : back)))
            case .next: return .day(anchor.adding(days: ahead == 0 ? 7 : ahead))
            case .this: return .day(anchor.adding(days: w - anchor.weekday))
            case .bare: return .day(tense == .past ? anchor.adding(days: -back) : anchor.adding(days: ahead))
            }
        case .daysFromAnchor(let count): return .day(anchor.adding(days: count))
        case .daysFromPrevious(let count): return .day((previous ?? anchor).adding(days: count))
        case .weeksFromAnchor(let count):
            let monday = anchor.adding(days: 1 - anchor.weekday + 7 * count)
            return .range(DateRange(from: monday, to: monday.adding(days: 6)))
        case .monthsFromAnchor(let count):
            let index = year * 12 + (month - 1) + count
            return .range(monthRange(year: index / 12, month: index % 12 + 1))
        case .yearsFromAnchor(let count):
            return .range(
                DateRange(
                    from: Day(year: year + count, month: 1, day: 1)!, to: Day(year: year + count, month: 12, day: 31)!))
        }
    }

    /// Resolves every mention of a text in order, chaining `a day earlier` onto the previous resolved day.
    public func resolveAll(_ mentions: [DateMention], tense: (DateMention) -> Tense = { _ in .past }) -> [ResolvedDate]
    {
        var previous: Day?
        return mentions.map { mention in
            let resolved = resolve(mention.expression, tense: tense(mention), previous: previous)
            if case .day(let day) = resolved { previous = day }
            return resolved
        }
    }

    private func monthRange(year: Int, month: Int) -> DateRange {
        DateRange(
            from: Day(year: year, month: month, day: 1)!,
            to: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!)
    }
}
