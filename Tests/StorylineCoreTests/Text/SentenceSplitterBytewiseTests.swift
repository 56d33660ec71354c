import Testing

@testable import StorylineCore

/// Cutting sentences byte by byte must decide exactly as cutting scalars.
@Suite struct BytewiseSplittingTests {
    @Test func neutralSignsAreNotLettersNumbersOrClusterParts() {
        let neutral = (0x80...0x17F).compactMap(Unicode.Scalar.init).filter { SentenceSplitter.isNeutral($0.value) }
        #expect(neutral.map(\.value).contains(0xA3))
        for scalar in neutral {
            let properties = scalar.properties
            #expect(!properties.isAlphabetic && properties.numericType == nil, "\(scalar)")
            #expect(!properties.isUppercase && !properties.isLowercase, "\(scalar)")
            for blank in [" ", "\t", "a", ".", "\""] {
                #expect((blank + String(scalar)).count == 2, "\(scalar)")
                #expect((String(scalar) + blank).count == 2, "\(scalar)")
            }
        }
    }

    @Test func bytewiseCutMatchesTheScalarCut() {
        let pieces = [
            "£5", "£", "©", "°C", "×", "Mr.", "U.S.", "a.m.", "the", "The", "\"", "'", "(", ")", ".", "!", "?", "...",
            "10.5", "word", "Word", "abc.", "J.", "¿", "¡Hola", "§2",
        ]
        var random = SeededRandom(seed: 5)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.int(in: 1...25) {
                text += random.pick(pieces)
                if random.chance(0.75) { text += " " }
            }
            #expect(SentenceSplitter.split(text) == ReferenceSplitter.split(text), "\(text.debugDescription)")
        }
    }
}
