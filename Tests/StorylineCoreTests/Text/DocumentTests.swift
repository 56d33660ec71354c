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
        // Sentence offsets: where the search of the previous sentence's end for the sentence text finds it.
        var cursor: [Int: Int] = [:]
        for (index, sentence) in reference.sentences.enumerated() {
            let paragraph = Array(reference.paragraphs[sentence.paragraph].utf8)
            let text = Array(sentence.text.utf8)
            var found = cursor[sentence.paragraph] ?? 0
            while found + text.count <= paragraph.count, Array(paragraph[found..<(found + text.count)]) != text {
                found += 1
            }
            #expect(fast.sentenceOffsetInParagraph(index) == found, sourceLocation: sourceLocation)
            cursor[sentence.paragraph] = found + text.count
        }
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
            String(repeating: "a b c d. ", count: 60),  // denser than one word per four bytes: buffers laid out again
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
}

private let seeds = "../shared/seeds"
