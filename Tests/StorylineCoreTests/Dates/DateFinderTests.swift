import Testing

@testable import StorylineCore

@Suite struct DateFinderTests {
    private func found(_ text: String, _ options: DateFinderOptions = DateFinderOptions()) -> Day? {
        DateFinder.explicitDate(in: TestSupport.document("t", text), options: options)?.date
    }

    @Test func dateLinesInTheFirstLines() {
        let day = Day(year: 2013, month: 8, day: 2)
        #expect(found("Ellen DeGeneres To Host Oscars\nAUGUST 2, 2013 | 08:06AM PT\nTalkshow host returns.") == day)
        #expect(found("Headline here\nPublished: August 2, 2013\nBody text follows here.") == day)
        #expect(found("Friday, August 2, 2013\nHeadline\nBody.") == day)
        #expect(found("Title\nPosted on August 2nd, 2013 at 5:19 pm\nBody.") == day)
        #expect(found("Title\non behalf of a firm posted in Accidents on Friday, August 2, 2013.\nBody.") == day)
        let resolution = DateFinder.explicitDate(in: TestSupport.document("t", "Title\nAugust 2, 2013\nBody."))
        #expect(resolution?.source == .text)
        #expect(resolution?.evidence.first?.contains("August 2, 2013") == true)
    }

    @Test func datelineTakesTheYearFromTheText() {
        let text = "WASHINGTON, March 3 (Reuters) - Officials met on Thursday, a year after the crisis of March 2021."
        #expect(found(text) == Day(year: 2021, month: 3, day: 3))
        #expect(found("WASHINGTON, March 3 (Reuters) - Officials met on Thursday.") == nil)  // no year anywhere
    }

    @Test func aBareYearInTheTextIsHistoryUnlessTheWeekdayFits() {
        // The only year is a fact of the story: no date rather than 2008.
        let history = "Champion retains belts\nJul. 7 5:59 PM EDT\nIn 2008, Klitschko stopped Thompson in Berlin."
        #expect(found(history) == nil)
        // 27 November 2005 was a Sunday, 2004's a Saturday: the weekday picks the year.
        let text = "Tremor hits Dubai\nSunday, November 27\nTremors were felt in 2005 as they were in 2004 and 2003."
        #expect(found(text) == Day(year: 2005, month: 11, day: 27))
        #expect(found("Tremor hits Dubai\nMonday, November 27\nTremors were felt in 2005 as they were in 2004.") == nil)
    }

    @Test func datesInProseAreNotPublicationDates() {
        #expect(found("Title\nThey left Kyiv shortly after the war started on Feb. 24, 2022, and came back.") == nil)
        #expect(
            found("Kseniya, 26, and her partner in the square on March 29, 2022. The couple have no faith in it.")
                == nil)
        #expect(found("Talks set for March 3, 2022\nBody.") == nil)
        // A release date in the lead is the product's, not the article's.
        let release = "Halo 2 on sale\nThe game has been released in the US on 9 November 2004, with a UK launch."
        #expect(found(release) == nil)
        #expect(found("Release: Friday, August 2, 2013\nBody.") == Day(year: 2013, month: 8, day: 2))
        // A date line far down the text is not a date line.
        #expect(found("A\n\nB\n\nC\n\nD\n\nE\n\nAugust 2, 2013") == nil)
    }

    @Test func ambiguousNumericDateLines() {
        let text = "Title\nUpdated 4/11/2007 1:26 PM\nA fired accountant was arraigned Wednesday on murder charges."
        // April 11, 2007 was a Wednesday; November 4 a Sunday: the weekday of the lead decides.
        #expect(found(text) == Day(year: 2007, month: 4, day: 11))
        let plain = "Title\nPosted: 08/02/2013 11:10 am EDT\nEllen DeGeneres will host the Oscars."
        #expect(found(plain) == nil)
        #expect(found(plain, DateFinderOptions(numericOrder: .monthFirst)) == Day(year: 2013, month: 8, day: 2))
        #expect(found(plain, DateFinderOptions(numericOrder: .dayFirst)) == Day(year: 2013, month: 2, day: 8))
    }

    @Test(.enabled(if: TestSupport.seedsPresent, "../shared/seeds is absent: seed date lines not checked"))
    func seedsWithoutDateLinesGetNoTextDate() throws {
        let seeds = try TestSupport.seeds()
        // 001 and 002 have no date line; 004's first-line caption date is prose, not a date line.
        for key in ["000", "001", "002", "003", "004"] {
            #expect(DateFinder.explicitDate(in: try #require(seeds[key])) == nil, "\(key)")
        }
    }
}
