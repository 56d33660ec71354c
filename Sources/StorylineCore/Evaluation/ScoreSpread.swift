/// The mean, lowest and highest value of one score over several runs, so that a figure can be quoted with its range.
public struct ScoreSpread: Codable, Sendable, Equatable {
    /// The arithmetic mean (0 when there were no runs).
    public var mean: Double
    /// The lowest value.
    public var min: Double
    /// The highest value.
    public var max: Double

    /// The spread of `values` (all zero for no values).
    public init(_ values: [Double]) {
        mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        min = values.min() ?? 0
        max = values.max() ?? 0
    }
}
