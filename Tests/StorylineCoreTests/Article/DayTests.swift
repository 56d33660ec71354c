import Testing

@testable import StorylineCore

@Suite struct DayTests {
    @Test func roundTripsThroughOrdinalsAcrossCenturies() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
        }
    }

    @Test func knownDatesAndWeekdays() throws {
        #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
        let day = try #require(Day(year: 2022, month: 3, day: 30))
        #expect(day.weekday == 3)  // Wednesday
        #expect(day.description == "2022-03-30")
        #expect(Day(year: 2024, month: 12, day: 31)!.adding(days: 1) == Day(year: 2025, month: 1, day: 1))
        #expect(Day(year: 2024, month: 3, day: 1)!.adding(days: -1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func parsesISODatesAndDateTimes() {
        #expect(Day(iso: "2022-03-29") == Day(year: 2022, month: 3, day: 29))
        #expect(Day(iso: "2022-03-29T23:10:00+03:00") == Day(year: 2022, month: 3, day: 29))
        #expect(Day(iso: "2022-3-29") == nil)
        #expect(Day(iso: "2022-03-29x") == nil)
        #expect(Day(iso: "") == nil)
        #expect(Day(iso: "2022-13-01") == nil)
    }
}
