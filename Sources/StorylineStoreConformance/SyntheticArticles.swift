import StorylineCore

/// Deterministic generated articles for ingest checks and load tests: distinct texts built from a small
/// vocabulary, optional dates, no two alike.
public enum SyntheticArticles {
    private static let words = [
        "harbour", "council", "river", "treaty", "minister", "budget", "storm", "election", "museum", "railway",
        "festival", "drought", "vaccine", "airport", "court", "strike", "bridge", "school", "market", "forest",
        "orchestra", "satellite", "harvest", "border", "summit", "factory", "library", "stadium", "canal", "glacier",
    ]

    /// `count` articles with ids `prefix-1…`, dated from `start` one day apart every `perDay` articles
    /// (undated when `start` is nil), each of about `length` words.
    public static func make(
        count: Int, prefix: String = "syn", start: Day? = Day(year: 2024, month: 1, day: 1), perDay: Int = 5,
        length: Int = 40, seed: UInt64 = 1
    ) -> [Article] {
        var generator = SplitMix(state: seed)
        return (1...max(count, 1)).prefix(count).map { index in
            var sentence: [String] = []
            for _ in 0..<length { sentence.append(words[Int(generator.next() % UInt64(words.count))]) }
            let title = "\(words[index % words.count].capitalized) report \(prefix) \(index)"
            let text = "Item \(prefix) \(index). " + sentence.joined(separator: " ") + "."
            let date = start.map { $0.adding(days: (index - 1) / max(perDay, 1)) }
            return Article(id: "\(prefix)-\(index)", title: title, text: text, date: date, source: "synthetic:\(index)")
        }
    }

    /// A small deterministic pseudo-random generator (SplitMix64).
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

extension String {
    /// The string with its first letter upper-cased.
    fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
