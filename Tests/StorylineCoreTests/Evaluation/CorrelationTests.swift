import Testing

@testable import StorylineCore

struct CorrelationTests {
    @Test func pearsonOfALineIsOne() {
        #expect(abs(Correlation.pearson([1, 2, 3, 4], [3, 5, 7, 9]) - 1) < 1e-12)
        #expect(abs(Correlation.pearson([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-12)
    }

    @Test func pearsonOfKnownValues() {
        // x = 1…5, y = 2, 4, 5, 4, 5: r = 6 / sqrt(10 × 6) = 0.7746
        #expect(abs(Correlation.pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) - 0.774_596_669) < 1e-6)
    }

    @Test func constantOrTooShortListsGiveZero() {
        #expect(Correlation.pearson([1, 1, 1], [1, 2, 3]) == 0)
        #expect(Correlation.pearson([1], [2]) == 0)
        #expect(Correlation.pearson([], []) == 0)
    }

    @Test func spearmanAsksOnlyForTheOrder() {
        #expect(abs(Correlation.spearman([1, 2, 3, 4], [1, 10, 100, 1000]) - 1) < 1e-12)
        #expect(Correlation.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
    }
}
