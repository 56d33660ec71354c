import Testing

@testable import StorylineCore

@Suite struct DateParserTests {
    private func expressions(_ text: String, _ options: DateParseOptions = DateParseOptions()) -> [DateExpression] {
        DateParser.mentions(in: text, options: options).map(\.expression)
    }

    private let march29 = Day(year: 2022, month: 3, day: 29)!

    @Test(arguments: [
        "March 29, 2022", "29 March 2022", "2022-03-29", "Mar. 29, 2022", "March 29th, 2022", "29th of March 2022",
        "Tuesday, March 29, 2022", "Tue Mar 29 2022", "MARCH 29, 2022", "29.03.2022", "2022/03/29", "29 / 03 / 2022",
    ])
    func fullDateForms(_ text: String) {
        #expect(expressions("Published \(text) at noon") == [.day(march29)], "\(text)")
    }

    @Test func dateLineWithTime() {
        let mentions = DateParser.mentions(in: "AUGUST 2, 2013 | 08:06AM PT")
        #expect(mentions.map(\.expression) == [.day(Day(year: 2013, month: 8, day: 2)!)])
        #expect(mentions.first?.text == "AUGUST 2, 2013")
    }

    @Test func weekdayWrittenWithADateIsKept() {
        let mention = DateParser.mentions(in: "Friday, August 2, 2013").first
        #expect(mention?.weekday == 5)
        #expect(mention?.expression == .day(Day(year: 2013, month: 8, day: 2)!))
    }

    @Test func ambiguousNumericDatesAreReportedAsAmbiguous() {
        let march4 = Day(year: 2022, month: 3, day: 4)!
        let april3 = Day(year: 2022, month: 4, day: 3)!
        #expect(expressions("on 03/04/2022") == [.ambiguousDay([march4, april3])])
        #expect(expressions("on 03/04/2022", DateParseOptions(numericOrder: .dayFirst)) == [.day(april3)])
        #expect(expressions("on 03/04/2022", DateParseOptions(numericOrder: .monthFirst)) == [.day(march4)])
        // Only one reading is a date: not ambiguous.
        #expect(expressions("Updated 09/14/2013") == [.day(Day(year: 2013, month: 9, day: 14)!)])
        #expect(expressions("Last updated 14/09/2013") == [.day(Day(year: 2013, month: 9, day: 14)!)])
        // Same day and month: one reading.
        #expect(expressions("05/05/2020") == [.day(Day(year: 2020, month: 5, day: 5)!)])
        // Two-digit years.
        #expect(
            expressions("8/2/13", DateParseOptions(numericOrder: .monthFirst)) == [
                .day(Day(year: 2013, month: 8, day: 2)!)
            ])
    }

    @Test func numbersThatAreNotDates() {
        #expect(expressions("a score of 3-2-1 and 1.2.3 and 24/7 and 1/2/3/2020").isEmpty)
        #expect(expressions("It cost $2022 and 2000 people came").isEmpty)
        #expect(expressions("on the 1,000km front line").isEmpty)
    }

    @Test func monthDayWithoutYearAndMonthYear() {
        #expect(expressions("WASHINGTON, March 3 (Reuters) -") == [.monthDay(month: 3, day: 3)])
        #expect(expressions("the war started on Feb. 24") == [.monthDay(month: 2, day: 24)])
        #expect(expressions("in February 2022") == [.monthYear(year: 2022, month: 2)])
        #expect(expressions("since 2014") == [.year(2014)])
    }

    @Test func monthNamesMustBeCapitalisedAndIntroduced() {
        #expect(expressions("Talks may resume; troops march on").isEmpty)
        #expect(expressions("May 5") == [.monthDay(month: 5, day: 5)])
        #expect(expressions("in May") == [.month(5, .bare)])
        #expect(expressions("next June") == [.month(6, .next)])
        #expect(expressions("last March") == [.month(3, .last)])
    }

    @Test func relativeExpressions() {
        #expect(expressions("on Wednesday") == [.weekday(3, .bare)])
        #expect(expressions("last Friday") == [.weekday(5, .last)])
        #expect(expressions("next Monday") == [.weekday(1, .next)])
        #expect(expressions("Tuesday's talks") == [.weekday(2, .bare)])
        #expect(expressions("yesterday") == [.daysFromAnchor(-1)])
        #expect(expressions("today") == [.daysFromAnchor(0)])
        #expect(expressions("tomorrow") == [.daysFromAnchor(1)])
        #expect(expressions("two days ago") == [.daysFromAnchor(-2)])
        #expect(expressions("3 days ago") == [.daysFromAnchor(-3)])
        #expect(expressions("a day earlier") == [.daysFromPrevious(-1)])
        #expect(expressions("a week later") == [.daysFromPrevious(7)])
        #expect(expressions("the previous day") == [.daysFromPrevious(-1)])
        #expect(expressions("the following day") == [.daysFromPrevious(1)])
        #expect(expressions("last month") == [.monthsFromAnchor(-1)])
        #expect(expressions("earlier this month") == [.monthsFromAnchor(0)])
        #expect(expressions("next year") == [.yearsFromAnchor(1)])
        #expect(expressions("last week") == [.weeksFromAnchor(-1)])
        // "a day after <clause>" and "two days before the vote" point at another event: not a date expression.
        #expect(expressions("a day after Zelenskyy renewed a call").isEmpty)
        #expect(expressions("two days before the vote").isEmpty)
    }

    @Test func mentionsKeepTextAndOffsets() {
        let text = "The Kremlin on Wednesday played down talks held in Istanbul a day earlier."
        let mentions = DateParser.mentions(in: text)
        #expect(mentions.map(\.text) == ["Wednesday", "a day earlier"])
        let bytes = Array(text.utf8)
        for mention in mentions {
            #expect(String(decoding: bytes[mention.range], as: UTF8.self) == mention.text)
        }
    }
}
