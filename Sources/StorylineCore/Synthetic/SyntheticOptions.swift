/// What the synthetic stream looks like: its length, time span, vocabulary, event structure and copy mix.
///
/// The defaults describe a plausible news wire: events of a few articles over a few days, storylines of a few
/// events over months, and 15 % of the stream copies of earlier articles.
public struct SyntheticOptions: Hashable, Codable, Sendable {
    /// Seed of every random choice; the same options always give the same stream.
    public var seed: UInt64
    /// Number of articles the stream yields.
    public var articles: Int
    /// First publication day.
    public var start: Day
    /// Days the stream spans; with ``articles`` it sets the number of articles per day.
    public var spanDays: Int
    /// Number of distinct content words.
    public var vocabularySize: Int
    /// Exponent of the Zipfian content-word frequencies.
    public var zipfExponent: Double
    /// Sentences per article (originals; partial copies mix a passage with new sentences).
    public var sentences: ClosedRange<Int>
    /// Mean number of original (non-copy) articles per event.
    public var meanEventSize: Double
    /// Mean number of events per storyline.
    public var meanEventsPerStoryline: Double
    /// Days between consecutive events of a storyline.
    public var storylineGap: ClosedRange<Int>
    /// Share of the stream that is an exact copy of an earlier article.
    public var exactShare: Double
    /// Share of the stream that is a near copy (a few words edited, a sentence dropped or added).
    public var nearShare: Double
    /// Share of the stream that embeds a passage of an earlier article in otherwise new text.
    public var partialShare: Double
    /// Share of the stream that is a synonym-spun copy.
    public var spunShare: Double
    /// Share of content words a spinner replaces by their synonym.
    public var spinRate: Double

    /// Creates options; every parameter has a default.
    public init(
        seed: UInt64 = 1, articles: Int = 10_000, start: Day = Day(year: 2019, month: 1, day: 1)!,
        spanDays: Int = 1_095, vocabularySize: Int = 20_000, zipfExponent: Double = 1.05,
        sentences: ClosedRange<Int> = 5...20, meanEventSize: Double = 2.5, meanEventsPerStoryline: Double = 3,
        storylineGap: ClosedRange<Int> = 7...60, exactShare: Double = 0.03, nearShare: Double = 0.05,
        partialShare: Double = 0.03, spunShare: Double = 0.04, spinRate: Double = 0.6
    ) {
        self.seed = seed
        self.articles = articles
        self.start = start
        self.spanDays = spanDays
        self.vocabularySize = vocabularySize
        self.zipfExponent = zipfExponent
        self.sentences = sentences
        self.meanEventSize = meanEventSize
        self.meanEventsPerStoryline = meanEventsPerStoryline
        self.storylineGap = storylineGap
        self.exactShare = exactShare
        self.nearShare = nearShare
        self.partialShare = partialShare
        self.spunShare = spunShare
        self.spinRate = spinRate
    }

    /// Share of the stream that is a copy of any kind.
    public var copyShare: Double { exactShare + nearShare + partialShare + spunShare }

    /// The share of the stream requested for a copy kind.
    public func share(of kind: CopyKind) -> Double {
        switch kind {
        case .exact: exactShare
        case .near: nearShare
        case .partial: partialShare
        case .spun: spunShare
        }
    }
}
