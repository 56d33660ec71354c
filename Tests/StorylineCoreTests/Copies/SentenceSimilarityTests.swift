import Testing

@testable import StorylineCore

struct SentenceSimilarityTests {
    let sentence = "The minister said on Tuesday that the talks in the capital would resume next week."

    @Test func sameSentenceScoresOneWhateverTheCase() {
        #expect(SentenceSimilarity.score(sentence, sentence.uppercased()) == 1)
    }

    @Test func aSpunSentenceStillAligns() {
        let spun = "The minister stated on Tuesday that the negotiations in the capital would resume next week."
        let score = SentenceSimilarity.score(sentence, spun)
        #expect(score > 0.8 && score < 1)
        #expect(SentenceSimilarity.isSameSentence(sentence, spun))
    }

    @Test func theSameWordsInAnotherOrderDoNot() {
        let words = sentence.dropLast().split(separator: " ")
        let shuffled = words.enumerated().sorted { ($0.offset * 7) % words.count < ($1.offset * 7) % words.count }
            .map(\.element).joined(separator: " ")
        #expect(SentenceSimilarity.score(sentence, shuffled) < 0.5)
        #expect(!SentenceSimilarity.isSameSentence(sentence, shuffled))
    }

    @Test func anotherStatementDoesNotAlign() {
        #expect(!SentenceSimilarity.isSameSentence(sentence, "Floods closed three roads north of the river."))
    }

    @Test func emptyTextScoresZero() {
        #expect(SentenceSimilarity.score("", sentence) == 0)
        #expect(SentenceSimilarity.score("", "") == 0)
    }

    @Test func theThresholdIsTheAlignersOwn() {
        var options = CopyOptions()
        let other = "The minister said on Monday that talks would end."
        let score = SentenceSimilarity.score(sentence, other)
        options.sentenceSimilarity = score
        #expect(SentenceSimilarity.isSameSentence(sentence, other, options: options))
        options.sentenceSimilarity = score + 0.01
        #expect(!SentenceSimilarity.isSameSentence(sentence, other, options: options))
    }
}
