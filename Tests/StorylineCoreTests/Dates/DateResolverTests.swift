import Testing

@testable import StorylineCore

@Suite struct DateResolverTests {
    private func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test func weekdaysInThePastAndFuture() {
        let thursday = DateResolver(anchor: day("2022-03-31"))
        #expect(thursday.resolve(.weekday(3, .bare)) == .day(day("2022-03-30")))
        #expect(thursday.resolve(.weekday(4, .bare)) == .day(day("2022-03-31")))  // the anchor's own weekday
        #expect(thursday.resolve(.weekday(5, .bare)) == .day(day("2022-03-25")))
        #expect(thursday.resolve(.weekday(5, .bare), tense: .future) == .day(day("2022-04-01")))
        #expect(thursday.resolve(.weekday(4, .last)) == .day(day("2022-03-24")))
        #expect(thursday.resolve(.weekday(4, .next)) == .day(day("2022-04-07")))
        #expect(thursday.resolve(.weekday(1, .this)) == .day(day("2022-03-28")))
    }

    @Test func weekdayArithmeticAcrossMonthAndYearEnds() {
        // Saturday 2022-01-01: "on Wednesday" is 2021-12-29, across the year end.
        let newYear = DateResolver(anchor: day("2022-01-01"))
        #expect(newYear.resolve(.weekday(3, .bare)) == .day(day("2021-12-29")))
        #expect(newYear.resolve(.weekday(1, .next)) == .day(day("2022-01-03")))
        // Monday 2024-03-04 (leap year): "last Thursday" is 2024-02-29.
        let leap = DateResolver(anchor: day("2024-03-04"))
        #expect(leap.resolve(.weekday(4, .last)) == .day(day("2024-02-29")))
        // Friday 2023-12-29: "on Tuesday" ahead is 2024-01-02.
        #expect(
            DateResolver(anchor: day("2023-12-29")).resolve(.weekday(2, .bare), tense: .future)
                == .day(day("2024-01-02")))
        // Every weekday resolves within the past six days and has the asked weekday.
        for offset in 0..<14 {
            let anchor = day("2025-12-25").adding(days: offset)
            for weekday in 1...7 {
                guard case .day(let resolved) = DateResolver(anchor: anchor).resolve(.weekday(weekday, .bare)) else {
                    Issue.record("not a day")
                    continue
                }
                #expect(resolved.weekday == weekday)
                #expect((0...6).contains(anchor.ordinal - resolved.ordinal))
            }
        }
    }

    @Test func relativeDaysChainOnThePreviousReference() {
        let resolver = DateResolver(anchor: day("2022-03-31"))
        let mentions = DateParser.mentions(in: "The Kremlin on Wednesday played down talks in Istanbul a day earlier.")
        #expect(resolver.resolveAll(mentions) == [.day(day("2022-03-30")), .day(day("2022-03-29"))])
        #expect(resolver.resolve(.daysFromAnchor(-1)) == .day(day("2022-03-30")))
        #expect(DateResolver(anchor: day("2025-01-01")).resolve(.daysFromAnchor(-1)) == .day(day("2024-12-31")))
    }

    @Test func monthsWeeksAndYears() {
        let resolver = DateResolver(anchor: day("2025-01-15"))
        #expect(
            resolver.resolve(.monthsFromAnchor(-1)) == .range(DateRange(from: day("2024-12-01"), to: day("2024-12-31")))
        )
        #expect(
            resolver.resolve(.yearsFromAnchor(-1)) == .range(DateRange(from: day("2024-01-01"), to: day("2024-12-31"))))
        // 2025-01-15 is a Wednesday; last week is Monday 2025-01-06 … Sunday 2025-01-12.
        #expect(
            resolver.resolve(.weeksFromAnchor(-1)) == .range(DateRange(from: day("2025-01-06"), to: day("2025-01-12"))))
        #expect(resolver.resolve(.month(6, .next)) == .range(DateRange(from: day("2025-06-01"), to: day("2025-06-30"))))
        #expect(resolver.resolve(.month(3, .last)) == .range(DateRange(from: day("2024-03-01"), to: day("2024-03-31"))))
        #expect(resolver.resolve(.month(2, .bare)) == .range(DateRange(from: day("2024-02-01"), to: day("2024-02-29"))))
        #expect(
            resolver.resolve(.month(2, .bare), tense: .future)
                == .range(DateRange(from: day("2025-02-01"), to: day("2025-02-28"))))
        #expect(
            resolver.resolve(.monthYear(year: 2022, month: 2))
                == .range(DateRange(from: day("2022-02-01"), to: day("2022-02-28"))))
    }

    @Test func monthDayTakesTheNearestYearByTense() {
        let resolver = DateResolver(anchor: day("2022-01-10"))
        #expect(resolver.resolve(.monthDay(month: 12, day: 30)) == .day(day("2021-12-30")))
        #expect(resolver.resolve(.monthDay(month: 1, day: 20), tense: .future) == .day(day("2022-01-20")))
        #expect(resolver.resolve(.monthDay(month: 1, day: 20)) == .day(day("2021-01-20")))
    }

    @Test func tenseOfSentences() {
        #expect(Tense.of("The talks will be held on Wednesday.") == .future)
        #expect(Tense.of("The third round is expected to be held in Istanbul on Wednesday.") == .future)
        #expect(Tense.of("The Kremlin on Wednesday played down hopes.") == .past)
    }
}
