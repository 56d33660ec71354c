import Foundation
import Testing

@testable import StorylineCore

/// The ECB+ development file, when the shared data is present.
private let ecbDev = "../shared/data/ecbplus-events/dev.eval.jsonl"

/// Reads `{"id","text","label"}` lines.
private func labelled(_ path: String) throws -> [(document: Document, label: String)] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try data.split(separator: 0x0A).map { line in
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let id = try #require(object["id"] as? String)
        let text = try #require(object["text"] as? String)
        let label = try #require(object["label"] as? String)
        return (Document(Article(id: id, text: text, source: path)), label)
    }
}

/// A small deterministic random number generator (SplitMix64) for reproducible shuffles.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Event detection on ECB+")
struct EventCorpusTests {
    @Test(
        "Shuffling the ECB+ dev order changes BCubed F1 by less than 0.03",
        .enabled(if: FileManager.default.fileExists(atPath: ecbDev), "needs ../shared/data/ecbplus-events"))
    func orderIndependence() throws {
        let rows = try labelled(ecbDev)
        var scores: [Double] = []
        for seed in [UInt64(1), 2, 3] {
            var generator = SplitMix(state: seed)
            let shuffled = rows.shuffled(using: &generator)
            let clustering = EventDetector().cluster(shuffled.map(\.document))
            var eventOf: [String: String] = [:]
            for event in clustering.events { for id in event.articles { eventOf[id] = event.id } }
            let predicted = shuffled.map { eventOf[$0.document.id]! }
            scores.append(ClusterScores(predicted: predicted, gold: shuffled.map(\.label)).bcubedF1)
        }
        #expect(scores.max()! - scores.min()! < 0.03, "BCubed F1 over three orders: \(scores)")
        #expect(scores.min()! > 0.85, "BCubed F1 over three orders: \(scores)")
    }
}
