#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Agreement between a predicted clustering and gold labels, with the measures news clustering work reports.
public struct ClusterScores: Hashable, Codable, Sendable {
    /// Pairwise precision: of the pairs put together, the share that belong together.
    public var pairPrecision: Double
    /// Pairwise recall: of the pairs that belong together, the share put together.
    public var pairRecall: Double
    /// Harmonic mean of pairwise precision and recall.
    public var pairF1: Double
    /// BCubed precision (mean over items).
    public var bcubedPrecision: Double
    /// BCubed recall (mean over items).
    public var bcubedRecall: Double
    /// Harmonic mean of BCubed precision and recall.
    public var bcubedF1: Double
    /// Adjusted Rand index.
    public var ari: Double
    /// Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default).
    public var nmi: Double
    /// Normalised mutual information, geometric-mean normalisation (Strehl & Ghosh; MStream papers).
    public var nmiGeometric: Double
    /// Number of predicted clusters.
    public var predictedClusters: Int
    /// Number of gold clusters.
    public var goldClusters: Int
    /// Number of items scored.
    public var items: Int

    /// Scores `predicted` against `gold`; both give one label per item, in the same order.
    public init<P: Hashable, G: Hashable>(predicted: [P], gold: [G]) {
        precondition(predicted.count == gold.count, "one predicted and one gold label per item")
        let n = predicted.count
        items = n
        let p = ClusterScores.dense(predicted)
        let g = ClusterScores.dense(gold)
        let pSizes = ClusterScores.counts(p.codes, p.count)
        let gSizes = ClusterScores.counts(g.codes, g.count)
        var joint: [Int: Int] = [:]
        for i in 0..<n { joint[p.codes[i] &* g.count &+ g.codes[i], default: 0] += 1 }
        predictedClusters = p.count
        goldClusters = g.count

        func pairs(_ k: Int) -> Double { Double(k) * Double(k - 1) / 2 }
        let together = joint.values.reduce(0.0) { $0 + pairs($1) }
        let predictedPairs = pSizes.reduce(0.0) { $0 + pairs($1) }
        let goldPairs = gSizes.reduce(0.0) { $0 + pairs($1) }
        pairPrecision = predictedPairs == 0 ? 1 : together / predictedPairs
        pairRecall = goldPairs == 0 ? 1 : together / goldPairs
        pairF1 = ClusterScores.harmonic(pairPrecision, pairRecall)

        var bp = 0.0
        var br = 0.0
        for i in 0..<n {
            let both = Double(joint[p.codes[i] &* g.count &+ g.codes[i]]!)
            bp += both / Double(pSizes[p.codes[i]])
            br += both / Double(gSizes[g.codes[i]])
        }
        bcubedPrecision = n == 0 ? 1 : bp / Double(n)
        bcubedRecall = n == 0 ? 1 : br / Double(n)
        bcubedF1 = ClusterScores.harmonic(bcubedPrecision, bcubedRecall)

        let all = pairs(n)
        let expected = all == 0 ? 0 : predictedPairs * goldPairs / all
        let maximum = (predictedPairs + goldPairs) / 2
        ari = maximum == expected ? 1 : (together - expected) / (maximum - expected)

        let total = Double(n)
        var mutual = 0.0
        for (key, count) in joint {
            let c = Double(count)
            let a = Double(pSizes[key / g.count])
            let b = Double(gSizes[key % g.count])
            mutual += c / total * log(total * c / (a * b))
        }
        func entropy(_ sizes: [Int]) -> Double {
            sizes.reduce(0.0) { acc, size in
                let q = Double(size) / total
                return acc - q * log(q)
            }
        }
        let hp = entropy(pSizes)
        let hg = entropy(gSizes)
        if hp == 0 && hg == 0 {
            nmi = 1
            nmiGeometric = 1
        } else {
            nmi = (hp + hg) == 0 ? 0 : mutual / ((hp + hg) / 2)
            nmiGeometric = hp * hg == 0 ? 0 : mutual / (hp * hg).squareRoot()
        }
    }

    private static func harmonic(_ a: Double, _ b: Double) -> Double { a + b == 0 ? 0 : 2 * a * b / (a + b) }

    private static func dense<T: Hashable>(_ labels: [T]) -> (codes: [Int], count: Int) {
        var map: [T: Int] = [:]
        let codes = labels.map { label in
            if let code = map[label] { return code }
            let code = map.count
            map[label] = code
            return code
        }
        return (codes, map.count)
    }

    private static func counts(_ codes: [Int], _ count: Int) -> [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for code in codes { sizes[code] += 1 }
        return sizes
    }
}
