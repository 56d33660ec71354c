import Testing

@testable import StorylineCore

struct StorySimilarityTests {
    func document(_ id: String, _ text: String, title: String? = nil) -> Document {
        Document(Article(id: id, title: title, text: text, source: id))
    }

    let quake1 = "A strong earthquake struck Velmora on Tuesday. Rescuers in Velmora searched collapsed schools."
    let quake2 = "Rescuers searched the rubble of schools in Velmora after Tuesday's earthquake shook the town."
    let budget = "The finance minister of Ostrava presented a budget that raises taxes on fuel and tobacco."
    let trial = "A court in Dunmore sentenced the former mayor to six years for taking bribes from builders."

    @Test func identicalArticlesAreTheSameStory() {
        let a = document("a", quake1)
        let comparison = StorySimilarity(corpus: [a, document("b", budget)]).compare(a, document("c", quake1))
        #expect(abs(comparison.cosine - 1) < 1e-9)
        #expect(comparison.score == 1)
        #expect(comparison.sharedTerms.contains("Velmora"))
    }

    @Test func articlesWithNoContentWordInCommonAreUnrelated() {
        let (a, b) = (document("a", quake1), document("b", budget))
        let comparison = StorySimilarity(corpus: [a, b]).compare(a, b)
        #expect(comparison.cosine == 0)
        #expect(comparison.score == 4)
        #expect(comparison.sharedTerms.isEmpty)
    }

    @Test func twoReportsOfOneEventAreCloserThanAnotherStory() {
        let docs = [document("q1", quake1), document("q2", quake2), document("b", budget), document("t", trial)]
        let similarity = StorySimilarity(corpus: docs)
        let same = similarity.compare(docs[0], docs[1])
        let other = similarity.compare(docs[0], docs[3])
        #expect(same.cosine > other.cosine)
        #expect(same.score < other.score)
        #expect(same.sharedTerms.first == "Velmora", "the shared name weighs most: \(same.sharedTerms)")
    }

    @Test func aWordEveryArticleUsesCountsForLittle() {
        // "council" is in every article of the corpus, "Brannock" in two: sharing the rare word says more.
        let common = [
            document("a", "The council met about the harbour."), document("b", "The council met about Brannock."),
            document("c", "The council met about Brannock."), document("d", "The council met about the parks."),
        ]
        let similarity = StorySimilarity(corpus: common)
        #expect(similarity.corpusSize == 4)
        #expect(similarity.compare(common[1], common[2]).cosine > similarity.compare(common[0], common[3]).cosine)
    }

    @Test func anArticleGivenTwiceCountsOnce() {
        let a = document("a", quake1)
        #expect(StorySimilarity(corpus: [a, a, document("b", budget)]).corpusSize == 2)
    }

    @Test func emptyArticlesCompareAsUnrelated() {
        let (a, b) = (document("a", ""), document("b", quake1))
        let comparison = StorySimilarity(corpus: [a, b]).compare(a, b)
        #expect(comparison.cosine == 0)
        #expect(comparison.score == 4)
    }

    @Test func headlinesCount() {
        let a = document("a", "Officials gave no figures.", title: "Velmora earthquake")
        let b = document("b", "Officials gave no figures.", title: "Ostrava budget")
        let c = document("c", "Rescuers kept digging.", title: "Earthquake in Velmora")
        let similarity = StorySimilarity(corpus: [a, b, c])
        #expect(similarity.compare(a, c).cosine > 0)
        #expect(similarity.compare(a, c).sharedTerms.map { $0.lowercased() }.contains("velmora"))
        #expect(similarity.compare(a, b).cosine < similarity.compare(a, c).cosine)
    }

    @Test func anArchivesEventStateGivesTheSameWeightsAsItsArticles() {
        let docs = [document("q1", quake1), document("q2", quake2), document("b", budget), document("t", trial)]
        var state = EventState()
        let detector = EventDetector()
        for document in docs { _ = detector.add(document, date: nil, to: &state) }
        #expect(state.documentFrequency(of: "velmora") == 2)
        #expect(state.documentFrequency(of: "unheard") == 0)
        let fromState = StorySimilarity(state: state)
        let fromCorpus = StorySimilarity(corpus: docs)
        #expect(fromState.corpusSize == 4)
        #expect(fromState.compare(docs[0], docs[1]) == fromCorpus.compare(docs[0], docs[1]))
        #expect(fromState.compare(docs[0], docs[2]) == fromCorpus.compare(docs[0], docs[2]))
    }

    @Test func scoreFollowsTheSemEvalScale() {
        #expect(StoryComparison.score(cosine: 0) == 4)
        #expect(StoryComparison.score(cosine: 0.2) == 3)
        #expect(StoryComparison.score(cosine: 0.9) == 1)
        #expect(StoryComparison(cosine: 0.4, sharedTerms: []).score == 2)
    }
}
