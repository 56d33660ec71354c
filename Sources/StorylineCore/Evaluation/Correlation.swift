/// Correlation between predicted and gold scores: the metric of graded-similarity benchmarks (SemEval-2022 Task 8
/// scores Pearson's r of the predicted against the human rating).
public enum Correlation {
    /// Pearson's r of two equally long lists: −1 … 1, 0 when either list is constant or shorter than two.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "pearson: lists of different lengths")
        guard x.count >= 2 else { return 0 }
        let meanX = x.reduce(0, +) / Double(x.count)
        let meanY = y.reduce(0, +) / Double(y.count)
        var covariance = 0.0
        var varianceX = 0.0
        var varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// Spearman's ρ: Pearson's r of the ranks (tied values share their mean rank). It asks only whether the order
    /// is right, so it does not depend on how a similarity is mapped onto the gold scale.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double { pearson(ranks(x), ranks(y)) }

    /// Ranks from 1, ties given the mean of the ranks they span.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let mean = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = mean }
            start = end + 1
        }
        return ranks
    }
}
