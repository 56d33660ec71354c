/// Finds date expressions in text: full dates in every common written form, months of years, years, weekdays and
/// relative expressions (`yesterday`, `a day earlier`, `last month`, `next June`).
///
/// The parser only reads; ``DateResolver`` turns relative expressions into days against an anchor day.
/// Month and weekday names must be capitalised (`may` is a verb, `May` a month); all-numeric dates whose day and
/// month could be swapped are reported as ``DateExpression/ambiguousDay(_:)`` unless the options fix the order.
public enum DateParser {
    /// Every date expression of `text`, in text order, without overlaps.
    public static func mentions(in text: String, options: DateParseOptions = DateParseOptions()) -> [DateMention] {
        let scanner = Scanner(tokens: DateLexer.tokens(text), bytes: Array(text.utf8), options: options)
        return scanner.scan()
    }

    /// Parses a text that should hold exactly one full date (`"March 29, 2022"`, `"2022-03-29"`), or `nil`.
    public static func day(_ text: String, options: DateParseOptions = DateParseOptions()) -> Day? {
        for mention in mentions(in: text, options: options) {
            if case .day(let day) = mention.expression { return day }
        }
        return nil
    }

    private struct Scanner {
        let tokens: [DateToken]
        let bytes: [UInt8]
        let options: DateParseOptions

        func scan() -> [DateMention] {
            var result: [DateMention] = []
            var index = 0
            while index < tokens.count {
                if let (expression, end, weekday) = match(at: index) {
                    let range = tokens[index].start..<tokens[end - 1].end
                    let text = String(decoding: bytes[range], as: UTF8.self)
                    result.append(DateMention(expression: expression, text: text, range: range, weekday: weekday))
                    index = end
                } else {
                    index += 1
                }
            }
            return result
        }

        /// The expression starting at token `i`, the index after it, and a weekday written with a full date.
        func match(at i: Int) -> (DateExpression, Int, Int?)? {
            if let weekday = weekdayWord(at: i, abbreviated: true) {
                var j = i + 1
                if punct(at: j) == "," { j += 1 }
                if let (expression, end) = fullDate(at: j) { return (expression, end, weekday) }
            }
            if let (expression, end) = fullDate(at: i) { return (expression, end, nil) }
            if let (expression, end) = relative(at: i) { return (expression, end, nil) }
            if let (expression, end) = monthOrWeekday(at: i) { return (expression, end, nil) }
            if let year = lonelyYear(at: i) { return (.year(year), i + 1, nil) }
            return nil
        }

        // MARK: Full dates

        func fullDate(at i: Int) -> (DateExpression, Int)? {
            if let found = isoDate(at: i) { return found }
            if let found = numericDate(at: i) { return found }
            if let found = monthFirst(at: i) { return found }
            if let found = dayFirst(at: i) { return found }
            return nil
        }

        /// `2022-03-29`, `2022/03/29`, `2022.03.29`.
        func isoDate(at i: Int) -> (DateExpression, Int)? {
            guard let year = number(at: i), year.digits == 4, let separator = punct(at: i + 1),
                "-/.".contains(separator),
                let month = number(at: i + 2), month.digits <= 2, punct(at: i + 3) == separator,
                let dayToken = tokenNumber(at: i + 4), dayToken.digits <= 2,
                let day = Day(year: year.value, month: month.value, day: dayToken.value)
            else { return nil }
            return (.day(day), i + 5)
        }

        /// `03/04/2022`, `14 / 09 / 2013`, `8/2/13`, `29.03.2022`, `29-03-2022`.
        func numericDate(at i: Int) -> (DateExpression, Int)? {
            guard let first = number(at: i), first.digits <= 2, let separator = punct(at: i + 1),
                "/.-".contains(separator), let second = number(at: i + 2), second.digits <= 2,
                punct(at: i + 3) == separator, let third = tokenNumber(at: i + 4)
            else { return nil }
            guard third.digits == 4 || (third.digits == 2 && separator == "/") else { return nil }
            // Not a piece of a longer chain such as 1/2/3/4 or a version number.
            if i >= 2, punct(at: i - 1) == separator, number(at: i - 2) != nil { return nil }
            if punct(at: i + 5) == separator, number(at: i + 6) != nil { return nil }
            let year = third.digits == 4 ? third.value : (third.value < 70 ? 2000 + third.value : 1900 + third.value)
            let monthFirst = Day(year: year, month: first.value, day: second.value)
            let dayFirst = Day(year: year, month: second.value, day: first.value)
            let order: NumericDateOrder = separator == "." ? .dayFirst : options.numericOrder
            switch (monthFirst, dayFirst) {
            case (nil, nil): return nil
            case (let day?, nil), (nil, let day?): return (.day(day), i + 5)
            case (let m?, let d?):
                if m == d { return (.day(m), i + 5) }
                switch order {
                case .monthFirst: return (.day(m), i + 5)
                case .dayFirst: return (.day(d), i + 5)
                case .ambiguous: return (.ambiguousDay([m, d]), i + 5)
                }
            }
        }

        /// `March 29, 2022`, `Aug. 2nd 2013`, `Nov 11` (no year).
        func monthFirst(at i: Int) -> (DateExpression, Int)? {
            guard let (month, j) = monthWord(at: i), let (day, k) = dayNumber(at: j) else { return nil }
            var end = k
            if punct(at: end) == "," { end += 1 }
            if let year = yearNumber(at: end), Day(year: year, month: month, day: day) != nil {
                return (.day(Day(year: year, month: month, day: day)!), end + 1)
            }
            guard day <= Day.daysIn(month: month, year: 2024) else { return nil }
            return (.monthDay(month: month, day: day), k)
        }

        /// `29 March 2022`, `16 Sep 2013`, `the 24th of February`, `3 March` (no year).
        func dayFirst(at i: Int) -> (DateExpression, Int)? {
            guard let (day, j) = dayNumber(at: i) else { return nil }
            if i >= 2, punct(at: i - 1) == ",", number(at: i - 2) != nil { return nil }  // "2, 000"
            var m = j
            if tokens.indices.contains(m), tokens[m].lower == "of" { m += 1 }
            guard let (month, k) = monthWord(at: m) else { return nil }
            var end = k
            if punct(at: end) == "," { end += 1 }
            if let year = yearNumber(at: end), let date = Day(year: year, month: month, day: day) {
                return (.day(date), end + 1)
            }
            guard day <= Day.daysIn(month: month, year: 2024) else { return nil }
            return (.monthDay(month: month, day: day), k)
        }

        // MARK: Months, weekdays, relative expressions

        /// `February 2022`, `in March`, `next June`, `last Friday`, `on Wednesday`.
        func monthOrWeekday(at i: Int) -> (DateExpression, Int)? {
            var direction = RelativeDirection.bare
            var j = i
            if let lower = tokens[i].lower, let found = directionWord(lower) {
                direction = found
                j = i + 1
            }
            if let (month, k) = monthWord(at: j) {
                var end = k
                if punct(at: end) == "," { end += 1 }
                if direction == .bare, let year = yearNumber(at: end) {
                    return (.monthYear(year: year, month: month), end + 1)
                }
                // A bare month name needs a preposition before it ("in March"): "May" and "March" are words too.
                if direction == .bare {
                    guard i > 0, let previous = tokens[i - 1].lower, monthPrepositions.contains(previous) else {
                        return nil
                    }
                }
                return (.month(month, direction), k)
            }
            if let weekday = weekdayWord(at: j, abbreviated: false) { return (.weekday(weekday, direction), j + 1) }
            return nil
        }

        /// `today`, `yesterday`, `two days ago`, `a day earlier`, `the next day`, `last week`, `earlier this month`.
        func relative(at i: Int) -> (DateExpression, Int)? {
            guard let word = tokens[i].lower else {
                if let count = number(at: i), count.digits <= 2 { return counted(count.value, at: i + 1) }
                return nil
            }
            switch word {
            case "today", "tonight": return (.daysFromAnchor(0), i + 1)
            case "yesterday": return (.daysFromAnchor(-1), i + 1)
            case "tomorrow": return (.daysFromAnchor(1), i + 1)
            default: break
            }
            let next = tokens.indices.contains(i + 1) ? tokens[i + 1].lower : nil
            let after = tokens.indices.contains(i + 2) ? tokens[i + 2].lower : nil
            if word == "last", next == "night" { return (.daysFromAnchor(-1), i + 2) }
            if word == "this", let next, ["morning", "afternoon", "evening"].contains(next) {
                return (.daysFromAnchor(0), i + 2)
            }
            if word == "the", let next {
                if (next == "previous" || next == "preceding") && after == "day" {
                    return (.daysFromPrevious(-1), i + 3)
                }
                if (next == "next" || next == "following") && after == "day" { return (.daysFromPrevious(1), i + 3) }
                if next == "day", after == "before" || after == "earlier" { return (.daysFromPrevious(-1), i + 3) }
            }
            if (word == "earlier" || word == "later"), next == "this", let after, let unit = calendarUnit(after) {
                return (unit(0), i + 3)
            }
            if let direction = directionWord(word), let next, let unit = calendarUnit(next) {
                let offset = direction == .last ? -1 : direction == .next ? 1 : 0
                return (unit(offset), i + 2)
            }
            if let count = CalendarWords.number(word) { return counted(count, at: i + 1) }
            return nil
        }

        /// `N days ago`, `N days earlier`, `a week later` after the count word.
        func counted(_ count: Int, at j: Int) -> (DateExpression, Int)? {
            guard tokens.indices.contains(j + 1), let unit = tokens[j].lower, let relation = tokens[j + 1].lower
            else { return nil }
            let days: Int
            switch unit {
            case "day", "days": days = count
            case "week", "weeks": days = count * 7
            default: return nil
            }
            switch relation {
            case "ago": return (.daysFromAnchor(-days), j + 2)
            case "earlier", "before": return relationEnds(at: j + 2) ? (.daysFromPrevious(-days), j + 2) : nil
            case "later": return (.daysFromPrevious(days), j + 2)
            default: return nil
            }
        }

        /// Whether a relation word ends the phrase ("two days before." but not "two days before the vote").
        func relationEnds(at j: Int) -> Bool {
            guard tokens.indices.contains(j) else { return true }
            if tokens[j].lower == nil { return true }
            return tokens[j - 1].lower == "earlier"
        }

        // MARK: Token helpers

        func punct(at i: Int) -> Character? { tokens.indices.contains(i) ? tokens[i].punct : nil }

        /// A plain number (no glued letters).
        func number(at i: Int) -> (value: Int, digits: Int)? {
            tokens.indices.contains(i) ? tokens[i].plainNumber : nil
        }

        /// A number that may have letters glued after it (`2013` in `2013at`, `13` in `13th`): the digits only.
        func tokenNumber(at i: Int) -> (value: Int, digits: Int)? {
            guard tokens.indices.contains(i), case .number(let value, let digits, _) = tokens[i].kind else {
                return nil
            }
            return (value, digits)
        }

        func monthWord(at i: Int) -> (Int, Int)? {
            guard tokens.indices.contains(i), tokens[i].isCapitalized, let lower = tokens[i].lower,
                let month = CalendarWords.month(lower)
            else { return nil }
            var end = i + 1
            if lower.count <= 4, punct(at: end) == "." { end += 1 }
            return (month, end)
        }

        func weekdayWord(at i: Int, abbreviated: Bool) -> Int? {
            guard tokens.indices.contains(i), tokens[i].isCapitalized, let lower = tokens[i].lower else { return nil }
            return abbreviated ? CalendarWords.weekdayAbbreviation(lower) : CalendarWords.weekday(lower)
        }

        func dayNumber(at i: Int) -> (Int, Int)? {
            guard tokens.indices.contains(i), case .number(let value, let digits, let suffix) = tokens[i].kind,
                digits <= 2, (1...31).contains(value), ["", "st", "nd", "rd", "th"].contains(suffix)
            else { return nil }
            if punct(at: i + 1) == ":" { return nil }  // a time
            return (value, i + 1)
        }

        func yearNumber(at i: Int) -> Int? {
            guard let found = tokenNumber(at: i), found.digits == 4, (1800...2199).contains(found.value) else {
                return nil
            }
            if punct(at: i + 1) == ":" { return nil }  // "2013: 06" is not a time here, but "2013:" rarely a year
            return found.value
        }

        func lonelyYear(at i: Int) -> Int? {
            guard let found = number(at: i), found.digits == 4, (1800...2199).contains(found.value) else { return nil }
            if i > 0, let before = punct(at: i - 1), "$£€.,/".contains(before) { return nil }
            if let after = punct(at: i + 1), "%:".contains(after) { return nil }
            if tokens.indices.contains(i + 1), let next = tokens[i + 1].lower, unitWords.contains(next) { return nil }
            return found.value
        }

        func directionWord(_ lower: String) -> RelativeDirection? {
            switch lower {
            case "last": return .last
            case "next": return .next
            case "this": return .this
            default: return nil
            }
        }

        func calendarUnit(_ lower: String) -> ((Int) -> DateExpression)? {
            switch lower {
            case "week": return { .weeksFromAnchor($0) }
            case "month": return { .monthsFromAnchor($0) }
            case "year": return { .yearsFromAnchor($0) }
            default: return nil
            }
        }
    }

    /// Words that introduce a bare month name: "in March", "since May", "early June".
    static let monthPrepositions: Set<String> = [
        "in", "on", "since", "until", "till", "by", "from", "of", "during", "early", "late", "mid", "before", "after",
        "through", "throughout", "to", "between", "and", "or", "end", "start",
    ]

    /// Words after a four-digit number that make it a quantity, not a year.
    static let unitWords: Set<String> = [
        "people", "troops", "soldiers", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "ft",
        "dollars", "euros", "pounds", "tonnes", "tons", "times", "points", "votes", "cases", "deaths", "residents",
        "members", "workers", "jobs", "homes", "units", "hours", "minutes", "days", "words", "pages", "calories",
    ]
}
