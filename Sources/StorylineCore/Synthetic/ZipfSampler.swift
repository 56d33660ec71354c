/// Draws ranks `0..<count` with Zipf–Mandelbrot probabilities, `P(r) ∝ 1 / (r + shift)^exponent`.
///
/// Word frequencies in news follow this law: a few words are everywhere, most are rare. The cumulative table is
/// built once; a draw is one binary search.
public struct ZipfSampler: Sendable {
    private let cumulative: [Double]

    /// Creates a sampler over `count` ranks.
    public init(count: Int, exponent: Double = 1.05, shift: Double = 2.7) {
        precondition(count > 0, "a Zipf sampler needs at least one rank")
        var table = [Double](repeating: 0, count: count)
        var total = 0.0
        for rank in 0..<count {
            total += PortableMath.power(Double(rank) + shift, -exponent)
            table[rank] = total
        }
        for rank in 0..<count { table[rank] /= total }
        table[count - 1] = 1
        cumulative = table
    }

    /// Number of ranks.
    public var count: Int { cumulative.count }

    /// Probability of `rank`.
    public func probability(of rank: Int) -> Double {
        rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1]
    }

    /// A random rank.
    public func draw(_ random: inout SeededRandom) -> Int {
        let u = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > u { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
