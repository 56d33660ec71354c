import Testing

@testable import StorylineCore

@Suite struct TextNormalizerTests {
    @Test func unifiesQuotesDashesAndSpaces() {
        let text = "\u{201C}We\u{2019}re close\u{201D} \u{2014} she said\u{2026}\u{00A0}\u{00A0}now\u{200B}."
        #expect(TextNormalizer.normalize(text) == "\"We're close\" - she said... now.")
    }

    @Test func composesToNFC() {
        #expect(TextNormalizer.normalize("Caf\u{65}\u{301}") == "Caf\u{E9}")
        #expect(TextNormalizer.normalize("Caf\u{65}\u{301}").unicodeScalars.count == 4)
    }

    @Test func keepsParagraphStructure() {
        #expect(TextNormalizer.normalize("  One.\r\n\r\n\r\nTwo  three\nFour \n") == "One.\n\nTwo three\nFour")
    }

    @Test func paragraphsAreLines() {
        #expect(Paragraphs.split("One.\n\nTwo three\nFour") == ["One.", "Two three", "Four"])
    }
}
