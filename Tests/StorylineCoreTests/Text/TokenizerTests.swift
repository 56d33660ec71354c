import Testing

@testable import StorylineCore

@Suite struct TokenizerTests {
    @Test func wordsNumbersAndPossessives() {
        #expect(
            Tokenizer.words("Kyiv's 1,000km front: don't stop 10.5% of U.S. Zelenskyy-led")
                == ["kyiv", "1,000km", "front", "don't", "stop", "10.5", "of", "u", "s", "zelenskyy", "led"])
    }

    @Test func unicodeLettersAndMarks() {
        let tokens = Tokenizer.tokens("Éric Großmann in Kraków")
        #expect(tokens.map(\.lower) == ["éric", "großmann", "in", "kraków"])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true])
    }

    @Test func numbersAreFlagged() {
        let tokens = Tokenizer.tokens("426 drones and 24 missiles")
        #expect(tokens.map(\.isNumber) == [true, false, false, true, false])
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(Tokenizer.words("").isEmpty)
        #expect(Tokenizer.words(" -- ... !!").isEmpty)
    }
}
