import Testing

@testable import StorylineCore

@Suite struct LowercaseVocabularyTests {
    @Test func holdsExactlyTheLowercaseWordsTheTokenizerFinds() {
        let text = """
            However, the mayor said however that Kyiv's café reopened; ÉCOLE école Über über naïve's \
            don't 1,000 10.5 2022 the THE The ünïcode Straße's x y
            """
        let expected = Set(Tokenizer.tokens(text).filter { !$0.isCapitalized && !$0.isNumber }.map(\.lower))
        let vocabulary = LowercaseVocabulary(text)
        for word in expected { #expect(vocabulary.contains(word), "\(word)") }
        for word in ["mayor", "however", "café", "école", "über", "the", "don't", "x"] {
            #expect(vocabulary.contains(word), "\(word)")
        }
        for word in ["kyiv", "1,000", "2022", "straße", "ünïcode_", "absent", ""] {
            #expect(vocabulary.contains(word) == expected.contains(word), "\(word)")
        }
    }

    @Test func growsPastItsFirstTable() {
        let words = (0..<5000).map { "w\($0)x" }
        let vocabulary = LowercaseVocabulary(words.joined(separator: " "))
        #expect(words.allSatisfy { vocabulary.contains($0) })
        #expect(!vocabulary.contains("w5000x"))
    }
}
