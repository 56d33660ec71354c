/// Which event options hold values the clustering cannot use, so that a tuning run given `{"centroidTerms": -5}`
/// stops with the option's name instead of clustering nonsense.
extension EventOptions {
    /// One line per option whose value is out of range, naming the option and what it must be; empty when all are
    /// usable.
    public var problems: [String] {
        var problems: [String] = []
        func atLeast(_ name: String, _ value: Int, _ lowest: Int) {
            if value < lowest { problems.append("\(name) must be at least \(lowest), got \(value)") }
        }
        func finite(_ name: String, _ value: Double, atLeast lowest: Double? = nil, atMost highest: Double? = nil) {
            if !value.isFinite {
                problems.append("\(name) must be a finite number, got \(value)")
            } else if let lowest, value < lowest {
                problems.append("\(name) must be at least \(lowest), got \(value)")
            } else if let highest, value > highest {
                problems.append("\(name) must be at most \(highest), got \(value)")
            }
        }
        finite("joinThreshold", joinThreshold)
        finite("sizeBonus", sizeBonus)
        finite("mergeThreshold", mergeThreshold)
        finite("shortMergeThreshold", shortMergeThreshold)
        finite("shortTextTerms", shortTextTerms, atLeast: 0)
        finite("embeddingWeight", embeddingWeight, atLeast: 0, atMost: 1)
        finite("embeddingJoinThreshold", embeddingJoinThreshold)
        finite("embeddingMergeThreshold", embeddingMergeThreshold)
        atLeast("mergeCandidates", mergeCandidates, 0)
        finite("nameBoost", nameBoost, atLeast: 0)
        finite("numberBoost", numberBoost, atLeast: 0)
        finite("titleBoost", titleBoost, atLeast: 0)
        finite("graceDays", graceDays, atLeast: 0)
        finite("decayDays", decayDays, atLeast: 0)
        finite("undatedDiscount", undatedDiscount, atLeast: 0)
        atLeast("centroidTerms", centroidTerms, 1)
        atLeast("shortCentroidTerms", shortCentroidTerms, 1)
        atLeast("queryTerms", queryTerms, 1)
        atLeast("splitMinimum", splitMinimum, 2)
        atLeast("splitMaximum", splitMaximum, 0)
        finite("splitGrowth", splitGrowth, atLeast: 1)
        atLeast("splitPart", splitPart, 1)
        finite("splitRatio", splitRatio)
        atLeast("memberTerms", memberTerms, 1)
        atLeast("candidateLimit", candidateLimit, 1)
        atLeast("postingLimit", postingLimit, 1)
        atLeast("activeDays", activeDays, 0)
        atLeast("activeArticles", activeArticles, 1)
        finite("storylineThreshold", storylineThreshold)
        atLeast("storylineCandidates", storylineCandidates, 1)
        return problems
    }
}
