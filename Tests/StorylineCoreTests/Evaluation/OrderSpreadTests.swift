import Testing

@testable import StorylineCore

@Suite("Scores over shuffled orders")
struct OrderSpreadTests {
    @Test("A spread holds the mean, lowest and highest value")
    func scoreSpread() {
        let spread = ScoreSpread([0.5, 1.0, 0.75])
        #expect(spread.mean == 0.75 && spread.min == 0.5 && spread.max == 1.0)
        #expect(ScoreSpread([]) == ScoreSpread([0]))
    }

    @Test("A clustering that ignores order scores the same on every shuffle")
    func orderIndependent() {
        let gold = ["a", "a", "b", "b", "c", "c", "c"]
        let spread = OrderSpread(gold: gold, shuffles: 5, seed: 3) { order in
            #expect(order.sorted() == Array(gold.indices))
            return gold
        }
        #expect(spread.shuffles == 5 && spread.seed == 3)
        for score in [spread.bcubedF1, spread.nmi, spread.pairF1] {
            #expect(score.min == 1 && score.max == 1 && abs(score.mean - 1) < 1e-12)
        }
    }

    @Test("A clustering that depends on order spreads, and the same seed gives the same spread")
    func orderDependent() {
        let gold = Array(repeating: "a", count: 10) + Array(repeating: "b", count: 10)
        // The first half of the order presented forms one group, the rest another: right only for lucky orders.
        func halves(_ order: [Int]) -> [String] {
            var predicted = [String](repeating: "", count: order.count)
            for (position, index) in order.enumerated() { predicted[index] = position < order.count / 2 ? "x" : "y" }
            return predicted
        }
        let spread = OrderSpread(gold: gold, shuffles: 8, seed: 11, cluster: halves)
        #expect(spread.bcubedF1.min < spread.bcubedF1.max)
        #expect(spread.bcubedF1.min <= spread.bcubedF1.mean && spread.bcubedF1.mean <= spread.bcubedF1.max)
        #expect(spread == OrderSpread(gold: gold, shuffles: 8, seed: 11, cluster: halves))
        #expect(spread != OrderSpread(gold: gold, shuffles: 8, seed: 12, cluster: halves))
        #expect(OrderSpread(gold: gold, shuffles: 0, seed: 11, cluster: halves).bcubedF1 == ScoreSpread([]))
    }
}
