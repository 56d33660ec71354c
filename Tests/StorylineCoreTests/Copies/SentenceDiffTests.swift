import Testing

@testable import StorylineCore

@Suite struct SentenceDiffTests {
    @Test func marksSwappedWords() {
        let pieces = SentenceDiff.pieces("The Kremlin played down hopes.", "The Kremlin performed down hopes!")
        #expect(pieces.map(\.change) == [.same, .removed, .added, .same])
        #expect(pieces.map(\.text) == ["The Kremlin", "played", "performed", "down hopes"])
    }

    @Test func replacementsPairWordForWord() {
        let swaps = WordDiff.replacements(
            "its military activity near the capital".split(separator: " ").map(String.init),
            "its navy exercise close to the capital".split(separator: " ").map(String.init))
        #expect(swaps.map { "\($0.0)→\($0.1)" } == ["military→navy", "activity→exercise", "near→close to"])
    }
}
