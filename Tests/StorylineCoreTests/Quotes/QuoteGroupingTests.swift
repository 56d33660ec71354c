import Testing

@testable import StorylineCore

@Suite struct QuoteGroupingTests {
    private func quote(_ article: String, _ text: String, _ speaker: String = "Dmitry Peskov") -> QuoteReport {
        QuoteReport(article: article, text: text, speaker: speaker, verb: "said", sentence: 1)
    }

    @Test func theSameSentenceAcrossYearsIsOneGroup() {
        let dates: [String: DateResolution] = [
            "a": DateResolution(date: Day(year: 2022, month: 3, day: 31), source: .marker),
            "b": DateResolution(date: Day(year: 2025, month: 7, day: 22), source: .inferred),
            "c": DateResolution(date: Day(year: 2022, month: 3, day: 31), source: .inferred),
        ]
        let groups = QuoteGrouping.groups(
            [
                quote("b", "There is a lot of work to be done before we can talk about top-level meetings"),
                quote("a", "There is a lot of work to be done"),
                quote("c", "There is a lot of work to be done."),
                quote("a", "We cannot state that there was anything too promising"),
            ], dates: dates)
        #expect(groups.count == 2)
        #expect(groups[0].text == "There is a lot of work to be done")
        #expect(groups[0].occurrences.map(\.article) == ["a", "c", "b"])
        #expect(groups[0].occurrences.last?.date == Day(year: 2025, month: 7, day: 22))
    }

    @Test func differentSentencesStayApart() {
        #expect(!QuoteGrouping.sameSentence(["it", "is", "unlikely"], ["it", "is", "likely", "soon"]))
        #expect(!QuoteGrouping.sameSentence(["work"], ["there", "is", "work", "to", "do"]))
        #expect(
            QuoteGrouping.sameSentence(
                ["we", "are", "close", "to", "a", "deal"], ["we", "are", "close", "to", "the", "deal"]))
    }

    @Test func speakerQueries() {
        #expect(QuoteGrouping.speaker("Dmitry Peskov", matches: "Peskov"))
        #expect(QuoteGrouping.speaker("Dmitry Peskov", matches: "dmitry  peskov"))
        #expect(QuoteGrouping.speaker("Volodymyr Zelensky", matches: "Zelenskyy"))
        #expect(!QuoteGrouping.speaker("Dmitry Peskov", matches: "Putin"))
        #expect(!QuoteGrouping.speaker("Dmitry Peskov", matches: "Sergei Peskov"))
    }
}
