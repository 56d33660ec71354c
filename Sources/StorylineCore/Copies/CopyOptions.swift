/// Tuning of copy detection. The defaults are the tuned ones; each knob says what it trades.
public struct CopyOptions: Hashable, Codable, Sendable {
    /// Skeleton words (function words, names, numbers) per fingerprint shingle. Longer shingles are rarer (fewer
    /// chance candidates) but break more often under spinning.
    public var shingle = 4
    /// Keep one fingerprint in `sampling` (chosen by hash, so copies keep the same ones); a power of two. Higher
    /// values shrink the index and speed it up at some cost in recall for short shared passages.
    public var sampling = 2
    /// Most documents remembered per fingerprint (at most 254). A fingerprint found in more documents is common
    /// (boilerplate, a stock phrase): its list is dropped and it no longer proposes candidates, so that it cannot
    /// make every article a candidate of every other, and look-ups and memory stay bounded as the index grows.
    public var maxPostings = 48
    /// Fingerprints an earlier article must share with a new one to be compared with it at all.
    public var minSharedFingerprints = 3
    /// Most earlier articles compared in full with each new one (the ones sharing the most fingerprints).
    public var maxCandidates = 12
    /// Articles with fewer words are never reported as copies (too little evidence).
    public var minWords = 10
    /// Long sentences are cut into units of at most this many words for alignment (keeps the work linear).
    public var unitWords = 80
    /// Least similarity (shared words in order, 0…1) for two sentences to be aligned.
    public var sentenceSimilarity = 0.5
    /// Least similarity for a sentence between two aligned neighbours to be aligned too.
    public var gapSimilarity = 0.3
    /// Least number of aligned sentences for a spun copy that covers only part of both articles.
    public var minRun = 5
    /// Least number of words in the aligned sentences of a verdict (or 80 % of the shorter article).
    public var minAlignedWords = 40
    /// Least share of the more-covered article that aligned sentences must cover.
    public var minCoverage = 0.5
    /// Share of the aligned text that must be verbatim for a pair to read as copied rather than spun or edited.
    public var verbatimShare = 0.75
    /// Below this verbatim share, a pair whose differences are word swaps is spun.
    public var spunShare = 0.5
    /// Least share of the aligned sentences that a spinner changed (an editor changes a few, a spinner most).
    public var spunSentenceShare = 0.6
    /// Least mean similarity of a contained article that was lightly edited rather than copied verbatim.
    public var lightEdits = 0.85
    /// Least coverage of both articles for a near copy.
    public var nearCoverage = 0.75
    /// Least coverage of the contained article for a partial copy (a cut-down or embedded article).
    public var containment = 0.85

    /// Least number of sentences in a verbatim passage lifted into another piece (a partial copy).
    public var minPassage = 3
    /// Least number of words in such a passage.
    public var minPassageWords = 50
    /// Least verbatim share of such a passage.
    public var passageVerbatim = 0.95

    /// Creates the default options.
    public init() {}
}
