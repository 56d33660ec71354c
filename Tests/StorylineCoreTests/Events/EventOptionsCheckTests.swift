import Testing

@testable import StorylineCore

@Suite struct EventOptionsCheckTests {
    /// The defaults are usable; each out-of-range value is reported once, by name.
    @Test func outOfRangeValuesAreNamed() {
        #expect(EventOptions().problems.isEmpty)
        var options = EventOptions()
        options.centroidTerms = -5
        options.shortCentroidTerms = 0
        options.embeddingWeight = 1.5
        options.splitGrowth = 0.9
        options.joinThreshold = .nan
        options.mergeCandidates = 0  // allowed: no merges
        let problems = options.problems
        #expect(problems.count == 5, "\(problems)")
        for name in ["centroidTerms", "shortCentroidTerms", "embeddingWeight", "splitGrowth", "joinThreshold"] {
            #expect(problems.contains { $0.hasPrefix(name + " must") }, "\(name): \(problems)")
        }
    }
}
