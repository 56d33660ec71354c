/// How much an online clustering's scores depend on the order its input arrives in: its scores over seeded shuffles
/// of the input.
///
/// An online clusterer decides each item with only the items before it, so one order can be lucky. A score quoted
/// for one file order says little about an unseen set in another; the spread over shuffles does.
public struct OrderSpread: Codable, Sendable, Equatable {
    /// The seed of the shuffles: the same seed gives the same orders on every platform.
    public var seed: UInt64
    /// The number of shuffled orders scored.
    public var shuffles: Int
    /// BCubed F1 over the shuffles.
    public var bcubedF1: ScoreSpread
    /// NMI (arithmetic normalisation) over the shuffles.
    public var nmi: ScoreSpread
    /// Pairwise F1 over the shuffles.
    public var pairF1: ScoreSpread

    /// Scores `cluster` against `gold` over `shuffles` seeded shuffles.
    ///
    /// - Parameter cluster: given the item indices in the order to present them, the predicted group of every item,
    ///   indexed as `gold`.
    public init(gold: [String], shuffles: Int, seed: UInt64, cluster: ([Int]) -> [String]) {
        self.seed = seed
        self.shuffles = max(0, shuffles)
        var scores: [ClusterScores] = []
        let base = SeededRandom(seed: seed)
        for run in 0..<self.shuffles {
            var random = base.derived(UInt64(run))
            var order = Array(gold.indices)
            random.shuffle(&order)
            scores.append(ClusterScores(predicted: cluster(order), gold: gold))
        }
        bcubedF1 = ScoreSpread(scores.map(\.bcubedF1))
        nmi = ScoreSpread(scores.map(\.nmi))
        pairF1 = ScoreSpread(scores.map(\.pairF1))
    }
}
