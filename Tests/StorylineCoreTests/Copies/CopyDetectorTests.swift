import Foundation
import Testing

@testable import StorylineCore

@Suite struct CopyDetectorTests {
    typealias T = CopyTestTexts

    private func only(_ copies: [CopyReport]) -> CopyReport? { copies.count == 1 ? copies[0] : nil }

    @Test func exactCopyIsExactWithFullCoverage() throws {
        let a = T.article("a", T.portSentences)
        let b = T.article("b", T.portSentences, perParagraph: 3)
        let copy = try #require(only(CopyDetector().detect([a, b])))
        #expect(copy.kind == .exact)
        #expect(copy.score == 1)
        #expect(copy.a == "a" && copy.b == "b")
        #expect(copy.explanation.coverageA == 1 && copy.explanation.coverageB == 1)
        #expect(copy.explanation.aligned.count == T.portSentences.count)
        #expect(copy.explanation.swaps.isEmpty)
    }

    @Test func smallEditsMakeANearCopy() throws {
        var edited = T.portSentences
        edited[0] = "By a staff reporter. " + edited[0]
        edited[5] = "Port director Tomas Renn said the backlog of containers would take a week to clear."
        edited.remove(at: 10)
        let copy = try #require(only(CopyDetector().detect([T.article("a", T.portSentences), T.article("b", edited)])))
        #expect(copy.kind == .near)
        #expect(copy.explanation.coverageA > 0.85)
        #expect(copy.explanation.aligned.contains { $0.a == 5 && $0.b == 6 && $0.similarity < 1 })
    }

    @Test func cutDownCopyIsPartialAndTheFullerTextIsTheOriginal() throws {
        let cut = T.article("cut", Array(T.portSentences.prefix(5)))
        let full = T.article("full", T.portSentences)
        let copy = try #require(only(CopyDetector().detect([cut, full])))
        #expect(copy.kind == .partial)
        #expect(copy.a == "full" && copy.b == "cut")
        #expect(copy.explanation.coverageB == 1)
        #expect(copy.explanation.coverageA < 0.6)
    }

    @Test func passageEmbeddedInALongerPieceIsPartial() throws {
        let host = Array(T.hostSentences.prefix(4)) + T.portSentences[3..<7] + Array(T.hostSentences.suffix(4))
        let copy = try #require(
            only(CopyDetector().detect([T.article("port", T.portSentences), T.article("host", host)])))
        #expect(copy.kind == .partial)
        #expect(copy.explanation.aligned.map(\.a) == [3, 4, 5, 6])
    }

    @Test func spunCopyIsSpunWithItsSwaps() throws {
        let dates = ["a": Day(year: 2024, month: 3, day: 12)!, "b": Day(year: 2024, month: 3, day: 14)!]
        let copies = CopyDetector().detect(
            [T.article("b", T.spunSentences), T.article("a", T.portSentences)], dates: dates)
        let copy = try #require(only(copies))
        #expect(copy.kind == .spun)
        #expect(copy.a == "a" && copy.b == "b")  // the earlier date is the original
        let swaps = Set(copy.explanation.swaps.map { "\($0.from)→\($0.to)" })
        #expect(swaps.isSuperset(of: ["said→stated", "told→informed", "ships→vessels", "strike→walkout"]))
        #expect(copy.explanation.swaps.first { $0.from == "said" }?.count == 4)
        #expect(copy.explanation.aligned.count == T.portSentences.count)
    }

    @Test func sameEventWithASharedQuoteIsNotACopy() {
        let copies = CopyDetector().detect([T.article("a", T.portSentences), T.article("b", T.sameEventSentences)])
        #expect(copies.isEmpty)
    }

    @Test func reorderedSentencesAreStillANearCopy() throws {
        let reversed = T.article("reversed", T.portSentences.reversed(), perParagraph: 1)
        var shuffled = T.portSentences
        shuffled.swapAt(0, 7)
        shuffled.swapAt(2, 11)
        shuffled.swapAt(4, 9)
        for other in [reversed, T.article("shuffled", shuffled)] {
            let copy = try #require(only(CopyDetector().detect([T.article("a", T.portSentences), other])))
            #expect(copy.kind == .near)
            #expect(copy.explanation.coverageA == 1 && copy.explanation.coverageB == 1)
        }
    }

    @Test func emptyAndOneWordArticlesAreNeverCopies() {
        let docs = ["", "", "Hello", "Hello", "   \n\n  ", "Hello."].enumerated().map { index, text in
            Document(Article(id: "d\(index)", text: text, source: "t"))
        }
        #expect(CopyDetector().detect(docs).isEmpty)
        #expect(CopyDetector().detect([]).isEmpty)
    }

    @Test func curlyQuotesAndUnicodeText() throws {
        let curly = T.portSentences.map {
            $0.replacingOccurrences(of: "\"We", with: "\u{201C}We").replacingOccurrences(
                of: "proud,\"", with: "proud,\u{201D}")
        }
        let copy = try #require(only(CopyDetector().detect([T.article("a", T.portSentences), T.article("b", curly)])))
        #expect(copy.kind == .exact)

        let russian = [
            "Власти порта Вельмора заявили во вторник, что докеры вернутся к работе после трёхдневной забастовки.",
            "Лидер профсоюза Мара Квелл сообщила журналистам, что соглашение включает повышение зарплаты на 6 процентов.",
            "Забастовка началась в субботу после того, как переговоры о сверхурочной работе зашли в тупик.",
            "Директор порта Томас Ренн сказал, что на разбор контейнеров уйдёт не меньше недели.",
            "Несколько супермаркетов в городе сообщили о нехватке свежих фруктов и молочных продуктов.",
            "Профсоюз проведёт официальное голосование по соглашению в следующий четверг.",
        ]
        var edited = russian
        edited[3] = "Директор порта Томас Ренн сказал, что на разбор контейнеров уйдёт неделя."
        let near = try #require(only(CopyDetector().detect([T.article("ru1", russian), T.article("ru2", edited)])))
        #expect(near.kind == .near)
    }

    @Test func aFiveMegabyteArticleFinishesQuickly() throws {
        var sentences: [String] = []
        var bytes = 0
        var n = 0
        while bytes < 5_000_000 {
            let base = T.portSentences[n % T.portSentences.count]
            let sentence = "In report \(n) of series \(n / 12), " + base
            sentences.append(sentence)
            bytes += sentence.utf8.count + 1
            n += 1
        }
        let huge = T.article("huge", sentences, perParagraph: 20)
        var edited = sentences
        edited[100] = "A completely different sentence about nothing in particular appears here."
        let copy = T.article("copy", edited, perParagraph: 20)
        let clock = ContinuousClock()
        var copies: [CopyReport] = []
        let elapsed = clock.measure {
            copies = CopyDetector().detect([huge, copy, T.article("small", T.portSentences)])
        }
        #expect(copies.contains { $0.a == "huge" && $0.b == "copy" && $0.kind == .near })
        #expect(elapsed < .seconds(60))
    }

    @Test func repetitiveArticlesStillAlignOneToOne() throws {
        let repeated = Array(repeating: T.portSentences, count: 300).flatMap { $0 }
        var edited = repeated
        edited[7] = "An inserted sentence that appears nowhere else in the text."
        let copies = CopyDetector().detect([T.article("a", repeated), T.article("b", edited)])
        let copy = try #require(only(copies))
        #expect(copy.kind == .near)
        #expect(copy.explanation.aligned.count >= repeated.count - 1)
    }

    @Test func incrementalIndexMatchesBatchAndSurvivesCoding() throws {
        let docs = [
            T.article("port", T.portSentences), T.article("host", T.hostSentences),
            T.article("spun", T.spunSentences), T.article("same", T.sameEventSentences),
            T.article("cut", Array(T.portSentences.prefix(6))),
        ]
        let batch = CopyDetector().detect(docs)
        #expect(batch.count == 3)
        let byID = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0) })
        var index = CopyIndex()
        var incremental: [CopyReport] = []
        for document in docs.prefix(3) {
            incremental += index.add(document, date: nil) { byID[$0] }
        }
        let data = try JSONEncoder().encode(index)
        var restored = try JSONDecoder().decode(CopyIndex.self, from: data)
        for document in docs.dropFirst(3) {
            incremental += restored.add(document, date: nil) { byID[$0] }
        }
        #expect(restored.count == 5)
        #expect(incremental == batch)
        #expect(restored.estimatedBytes > 0)
    }

    @Test("A fingerprint held by more than maxPostings documents no longer proposes candidates")
    func commonFingerprintsProposeNoCandidates() throws {
        var edited = T.portSentences
        edited[2] = "An inserted sentence that appears nowhere else in the text."
        let docs = [T.article("a", T.portSentences), T.article("b", T.portSentences), T.article("c", edited)]
        // Default: the near copy c is found against both a and b.
        let found = CopyDetector().detect(docs)
        #expect(found.filter { [$0.a, $0.b].contains("c") }.count == 2)
        // With one holder per fingerprint, b (the second holder) still sees a, but then every fingerprint of the
        // text is common and c finds no candidate (an exact copy would still be found by its whole-text hash).
        var options = CopyOptions()
        options.maxPostings = 1
        let capped = CopyDetector(options: options).detect(docs)
        #expect(capped.map { [$0.a, $0.b] } == [["a", "b"]])
    }
}
