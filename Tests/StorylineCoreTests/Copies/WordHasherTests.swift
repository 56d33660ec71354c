import Testing

@testable import StorylineCore

@Suite struct WordHasherTests {
    @Test func hashesAgreeWithTheSharedTokenizer() {
        let texts = [
            "Kyiv's 1,000km front: don't stop 10.5% of U.S. Zelenskyy-led",
            "Éric Großmann in Kraków said ΑΘΗΝΑ and Москва's mayor met O'Brien at 9.30 on 12,5",
            "CAPITALS'S end's 's 'twas rock'n'roll 3.14.15 1,2,3 a'b",
            "", "   ...  ", "naïve café — “quoted” ‘single’ 日本語 text",
        ]
        for text in texts {
            let hashed = WordHasher.words(text)
            let tokens = Tokenizer.tokens(text)
            #expect(hashed.map(\.hash) == tokens.map { WordHasher.hash($0.lower) }, "\(text)")
            #expect(hashed.map(\.isNumber) == tokens.map(\.isNumber), "\(text)")
            #expect(hashed.map(\.isCapitalized) == tokens.map(\.isCapitalized), "\(text)")
        }
    }

    @Test func differentWordsHashDifferently() {
        let words = ["said", "stated", "Said", "the", "a", "1,000", "1000"]
        let hashes = words.map { WordHasher.words($0).first?.hash }
        #expect(hashes[0] == hashes[2])
        #expect(Set(hashes.compactMap { $0 }).count == 6)
    }
}
