import Foundation
import Testing

@testable import StorylineCore

/// The single-pass preparation must give exactly what the string-by-string preparation gave.
@Suite struct DocumentTests {
    /// Checks every view of `Document(text)` against ``ReferenceDocument``.
    func expectSame(_ text: String, title: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let article = Article(id: "t", title: title, text: text, source: "test")
        let fast = Document(article)
        let reference = ReferenceDocument(article)
        #expect(fast.normalized == reference.normalized, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.paragraphs == reference.paragraphs, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.sentences == reference.sentences, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.sentenceCount == reference.sentences.count, sourceLocation: sourceLocation)
        #expect(fast.words == reference.words, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.hashedWords == reference.hashedWords, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(fast.sentenceWordStart == reference.sentenceWordStart, sourceLocation: sourceLocation)
        #expect(fast.title == reference.title, sourceLocation: sourceLocation)
        for index in reference.words.indices {
            #expect(fast.word(at: index) == reference.words[index], sourceLocation: sourceLocation)
        }
        for index in 0..<fast.sentenceCount {
            let range = fast.sentenceWordStart[index]..<fast.sentenceWordStart[index + 1]
            #expect(fast.words(inSentence: index) == Array(reference.words[range]), sourceLocation: sourceLocation)
        }
    }

    @Test func handWrittenTexts() {
        let texts = [
            "", " ", "\n\n", "One.", "one", "Mr. Khilya met Gen. Smith at 9 a.m. on Monday. John F. Kennedy was there.",
            "The U.S. President spoke. Then the U.N. met.\n\nIt cost £10.5 million. Then 3 more came.",
            "\"There is a lot of work to be done,\" Peskov said. \"We will see.\" He left.",
            "Peskov told reporters.\"There is work,\" he said. talks as \"meaningful\".A defence official spoke.",
            "  One.\r\n\r\n\r\nTwo  three\nFour \n", "Tab\there. And\u{00A0}\u{00A0}there.\u{200B} Done.",
            "\u{201C}We\u{2019}re close\u{201D} \u{2014} she said\u{2026} now. Caf\u{65}\u{301} au lait.",
            "Éric Großmann in Kraków said ΑΘΗΝΑ and Москва's mayor met O'Brien at 9.30. Zoë's café? Naïve!",
            "Kyiv's 1,000km front: don't stop 10.5% of U.S. Zelenskyy-led. CAPITALS'S end's 's 'twas rock'n'roll.",
            "日本語のテキスト。 Then English. Und ß. İstanbul'S. \u{212A}elvin. e.g. this i.e. that. Approx. 5 ft. tall.",
            "a.m. Officials said. p.m. Then. (Quoted.) [Bracketed.] 'Single.' End.\u{00AD}",
            "Line one\nLine two.\n \nLine three after a blank line with a space.\n\n\n\nFour.",
            " leading space. Trailing space. ", "Ends with newline.\n", "\nStarts with newline.",
            "Money: £5, €6, ¥7, ©2024 Ÿ Ā ž ſ. Accent´ and `backtick` and «guillemets».",
            "e\u{301}\u{20DD} a\u{20DD} \u{0301}start. Combining. \u{0600} Arabic sign.",
            "Dr.Smith arrived.Mr Jones left. ABC.The end. abc.The end. abcd.the end. 3.The end.",
            "Wait... What?! Really?!\" He said.) Next. U.S.A. Today. Jan. 5 meeting. No. 10 Downing.",
        ]
        for text in texts { expectSame(text, title: text.isEmpty ? nil : "  Title \u{201C}x\u{201D} ") }
    }

    @Test func randomTexts() {
        let pieces = [
            "Mr.", "mr.", "U.S.", "u.s.", "a.m.", "P.M.", "e.g.", "Gen.", "J.", "F.", "the", "The", "said", "Said",
            "\"", "'", "(", ")", "[", "]", ".", "!", "?", "...", ",", ";", ":", "-", "10.5", "1,000", "3", "Kyiv's",
            "don't", "O'Brien", "£5", "café", "Café", "É", "naïve", "ß", "Москва", "日本", "\u{201C}", "\u{201D}",
            "\u{2019}", "\u{2014}", "\u{2026}", "\u{00A0}", "\u{200B}", "\t", "\n", "\n\n", "\n\n\n", "\r\n", " ",
            "  ", "word", "Word", "WORD", "abc", "xyz.", "Abc.", "e\u{301}", "`", "\u{00AD}", "\u{00B4}", "ſ",
        ]
        var random = SeededRandom(seed: 42)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.int(in: 0...40) {
                text += random.pick(pieces)
                if random.chance(0.6) { text += " " }
            }
            expectSame(text)
        }
    }

    @Test func randomASCIITextsTakeTheFastPaths() {
        let pieces = [
            "Mr.", "U.S.", "a.m.", "e.g.", "Gen.", "J.", "the", "The", "\"", "'", "(", ")", "[", "]", ".", "!", "?",
            "...", ",", "10.5", "1,000", "Kyiv's", "don't", "word", "Word", "abc.", "Abc.", "approx.", "messrs.",
            "Approxima.", "p.m.", "\n", "\n\n",
        ]
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            var text = "Start"
            for _ in 0..<random.int(in: 1...30) {
                text += random.chance(0.7) ? " " : ""
                text += random.pick(pieces)
            }
            text += " end"
            expectSame(text)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds), "needs the seeds in \(seeds)"))
    func seedTexts() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".txt") {
            expectSame(try String(contentsOfFile: seeds + "/" + name, encoding: .utf8))
        }
    }

    @Test func inertScalarsAreTheirOwnNFCAndComposeWithNothing() {
        let inert = (0xA1...0x17F).compactMap(Unicode.Scalar.init).filter { TextNormalizer.isInert($0.value) }
        #expect(inert.count > 200)
        let neighbours = inert + (0x20...0x7E).compactMap(Unicode.Scalar.init)
        for scalar in inert {
            for other in neighbours {
                for pair in [[scalar, other], [other, scalar]] {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: pair)
                    let text = String(view)
                    #expect(Array(text._nfcCodeUnits) == Array(text.utf8), "\(pair)")
                }
            }
        }
    }

    @Test func normalTextIsReturnedAsItIs() {
        let normal = "One two.\nThree £4.\n\nFive."
        #expect(Array(normal.utf8).withUnsafeBufferPointer { TextNormalizer.isNormal($0) })
        #expect(TextNormalizer.normalize(normal) == normal)
        for text in [" a", "a ", "a  b", "a\n\n\nb", "a \nb", "a\n b", "a\tb", "a`b", "\u{201C}a", "a\n"] {
            let normal = Array(text.utf8).withUnsafeBufferPointer { TextNormalizer.isNormal($0) }
            #expect(!normal, "\(text.debugDescription)")
            #expect(TextNormalizer.normalize(text) != text, "\(text.debugDescription)")
        }
    }
}

private let seeds = "../shared/seeds"

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

@Suite struct RadixSortTests {
    @Test func sortsLikeTheStandardLibrary() {
        var random = SeededRandom(seed: 8)
        for size in [0, 1, 5, 63, 64, 65, 300, 1_000, 5_000] {
            for spread in [UInt64.max, 0xFFFF, 0xFF_0000_0000, 3] {
                var values = (0..<size).map { _ in random.next() & spread }
                let expected = values.sorted()
                #expect(RadixSort.sorted(values, unique: true) == Array(Set(values)).sorted(), "\(size) \(spread)")
                RadixSort.sort(&values)
                #expect(values == expected, "\(size) \(spread)")
            }
        }
    }
}

@Suite struct NormalCheckTests {
    @Test func wordAtATimeCheckAgreesWithTheScalarCheck() {
        let pieces = [
            "a", "Word", " ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\t", "`", "\u{7F}", "\u{1}", "£", "é",
            "\u{A0}",
            "\u{201C}", ".", "x y", "\r", "ſ", "\u{0301}",
        ]
        var random = SeededRandom(seed: 13)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.int(in: 0...24) { text += random.pick(pieces) }
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { TextNormalizer.isNormal($0) }
            let slow = bytes.withUnsafeBufferPointer { TextNormalizer.isNormalScalarByScalar($0) }
            #expect(fast == slow, "\(text.debugDescription)")
            if fast { #expect(TextNormalizer.normalize(text) == text, "\(text.debugDescription)") }
        }
    }

    @Test func byteMasksAreExact() {
        for value in 0...255 {
            let v = UInt64(value) | (UInt64(0x20) << 8) | (UInt64(0x80) << 16) | (UInt64(0x1F) << 24)
            #expect((SWAR.equal(v, 0x20) & 0xFF != 0) == (value == 0x20))
            #expect((SWAR.equal(v, 0x60) & 0xFF != 0) == (value == 0x60))
            #expect((SWAR.below(v, 0x20) & 0xFF != 0) == (value < 0x20))
            // The other bytes (0x20, 0x80, 0x1F, then zeros) are judged on their own, whatever the first byte.
            #expect(SWAR.equal(v, 0x20) >> 8 & 0xFF_FFFF == 0x80)
            #expect(SWAR.below(v, 0x20) >> 8 & 0xFF_FFFF == 0x80_0000)
        }
    }
}
