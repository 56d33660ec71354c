import Testing

@testable import StorylineCore

@Suite struct ClusterScoresTests {
    @Test func perfectClustering() {
        let scores = ClusterScores(predicted: [1, 1, 2, 3], gold: ["a", "a", "b", "c"])
        #expect(scores.pairF1 == 1)
        #expect(scores.bcubedF1 == 1)
        #expect(abs(scores.nmi - 1) < 1e-12)
        #expect(abs(scores.ari - 1) < 1e-12)
    }

    @Test func knownValues() {
        // Gold {0,1,2}{3,4}; predicted {0,1}{2,3,4}.
        let scores = ClusterScores(predicted: [0, 0, 1, 1, 1], gold: [0, 0, 0, 1, 1])
        #expect(abs(scores.pairPrecision - 2.0 / 4.0) < 1e-12)
        #expect(abs(scores.pairRecall - 2.0 / 4.0) < 1e-12)
        // BCubed precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5.
        #expect(abs(scores.bcubedPrecision - (1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5) < 1e-12)
        // Computed by hand from the contingency table (same definitions as scikit-learn).
        #expect(abs(scores.ari - 1.0 / 6.0) < 1e-9)
        #expect(abs(scores.nmi - 0.432538) < 1e-5)
    }

    @Test func allSingletons() {
        let scores = ClusterScores(predicted: [0, 1, 2], gold: [0, 0, 1])
        #expect(scores.pairPrecision == 1)
        #expect(scores.pairRecall == 0)
        #expect(scores.bcubedPrecision == 1)
    }

    @Test func unionFindGroups() {
        var sets = UnionFind(count: 5)
        sets.union(0, 3)
        sets.union(3, 4)
        let labels = sets.labels()
        #expect(labels[0] == labels[4])
        #expect(labels[1] != labels[0])
        #expect(labels[2] != labels[1])
    }
}
