import ArgumentParser
import Foundation

/// A comma-separated list of article counts with optional `k` (thousand) or `M` (million) suffixes: `10k,100k,1M`.
struct ArticleCounts: ExpressibleByArgument, Sendable {
    /// The counts, ascending and without duplicates.
    var values: [Int]

    init?(argument: String) {
        var values: [Int] = []
        for part in argument.split(separator: ",") {
            let text = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            guard let value = ArticleCounts.parse(text), value > 0 else { return nil }
            values.append(value)
        }
        guard !values.isEmpty else { return nil }
        self.values = Array(Set(values)).sorted()
    }

    /// `"10k"` → 10 000, `"1M"` → 1 000 000, `"2500"` → 2 500.
    static func parse(_ text: String) -> Int? {
        guard let last = text.last else { return nil }
        let multiplier: Int
        switch last {
        case "k", "K": multiplier = 1_000
        case "m", "M": multiplier = 1_000_000
        default: return Int(text)
        }
        if let whole = Int(text.dropLast()) { return whole * multiplier }
        return Double(text.dropLast()).map { Int(($0 * Double(multiplier)).rounded()) }
    }

    static var defaultValueDescription: String { "10k" }
}
