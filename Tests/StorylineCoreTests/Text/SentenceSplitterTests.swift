import Testing

@testable import StorylineCore

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsInitialsAndAcronymsDoNotSplit() {
        let text = "Mr. Khilya met Gen. Smith at 9 a.m. on Monday. John F. Kennedy was there. The U.S. President spoke."
        #expect(
            SentenceSplitter.split(text) == [
                "Mr. Khilya met Gen. Smith at 9 a.m. on Monday.", "John F. Kennedy was there.",
                "The U.S. President spoke.",
            ])
    }

    @Test func quotesCloseSentences() {
        let text = "\"There is a lot of work to be done,\" Peskov said. \"We will see.\" He left."
        #expect(
            SentenceSplitter.split(text) == [
                "\"There is a lot of work to be done,\" Peskov said.", "\"We will see.\"", "He left.",
            ])
    }

    @Test func scrapedJoinsAreSplit() {
        #expect(
            SentenceSplitter.split("Peskov told reporters.\"There is work,\" he said.")
                == ["Peskov told reporters.", "\"There is work,\" he said."])
        #expect(
            SentenceSplitter.split("talks as \"meaningful\".A defence official spoke.")
                == ["talks as \"meaningful\".", "A defence official spoke."])
    }

    @Test func datelinesAndNumbersStayWhole() {
        #expect(
            SentenceSplitter.split("MOSCOW: The Kremlin spoke on Wednesday.") == [
                "MOSCOW: The Kremlin spoke on Wednesday."
            ])
        #expect(
            SentenceSplitter.split("It cost $10.5 million. Then 3 more came.") == [
                "It cost $10.5 million.", "Then 3 more came.",
            ])
        #expect(SentenceSplitter.split("Really? Yes! Fine...") == ["Really?", "Yes!", "Fine..."])
    }

    @Test func lowercaseContinuationIsNotABoundary() {
        #expect(SentenceSplitter.split("\"in silence.\" he added") == ["\"in silence.\" he added"])
        #expect(SentenceSplitter.split("") == [])
    }
}
