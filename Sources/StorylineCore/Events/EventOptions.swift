/// Tuning of event clustering and storyline linking.
///
/// The defaults were tuned on the ECB+ training topics and checked on its development topics and on the MStream
/// news titles (see docs/events.md); they are not tied to any data set.
public struct EventOptions: Hashable, Codable, Sendable {
    /// Cosine similarity (article against an event centroid, after time decay) needed to join an event.
    public var joinThreshold: Double = 0.2
    /// Added to the similarity per natural-log unit of event size: a big event is a likelier home for an article
    /// (the "rich get richer" prior of a Dirichlet-process mixture).
    public var sizeBonus: Double = 0.015
    /// Cosine similarity between two event centroids at which they are merged into one event.
    public var mergeThreshold: Double = 0.5
    /// Merge threshold between two events of short texts (headlines, posts): see ``shortTextTerms``. Two fragments of
    /// one story told in six-word headlines share few words, so their centroids are less alike than two fragments of
    /// one event told in full articles, while two same-kind events told in full articles can reach `mergeThreshold`.
    public var shortMergeThreshold: Double = 0.3
    /// An event whose articles have at most this many distinct content terms on average holds short texts
    /// (headlines, posts): it merges at ``shortMergeThreshold`` and is never split. Full articles have hundreds of
    /// terms.
    public var shortTextTerms: Double = 16
    /// Share of the embedding cosine in the similarity of a short text and an event of short texts, in a stream of
    /// short texts when a ``WordEmbeddings`` table is in use (the rest is the TF-IDF cosine).
    public var embeddingWeight: Double = 0.4
    /// What ``joinThreshold`` is for a short text compared with embeddings: blended similarities run higher than
    /// TF-IDF cosines, as any two English headlines have some likeness in meaning.
    public var embeddingJoinThreshold: Double = 0.33
    /// What ``shortMergeThreshold`` is for two events of short texts compared with embeddings.
    public var embeddingMergeThreshold: Double = 0.39
    /// How many of the article's best candidate events are checked for a merge with its event.
    public var mergeCandidates: Int = 3
    /// Multiplier for names: words written with a capital letter where a sentence does not start.
    public var nameBoost: Double = 2
    /// Multiplier for numbers (years, tolls, scores).
    public var numberBoost: Double = 2
    /// Multiplier for words of the headline.
    public var titleBoost: Double = 1.5
    /// Days between an article and an event's dates that cost nothing: one event is reported over a few days.
    public var graceDays: Double = 3
    /// Beyond the grace period, similarity is multiplied by `exp(-days / decayDays)`.
    public var decayDays: Double = 10
    /// Similarity multiplier when exactly one side (article or event) has a date: an undated article may be from
    /// any time, so matching a dated event's few days is only about as likely as not (the expected time decay).
    /// With no dates at all (or dates on both sides) it does not apply.
    public var undatedDiscount: Double = 0.5
    /// Most terms kept in an event or storyline centroid.
    public var centroidTerms: Int = 200
    /// Most terms kept in the centroid of an event of short texts (``shortTextTerms``): a story told in headlines
    /// is carried by its few heaviest words, and a shorter centroid is cheaper to score each headline against.
    public var shortCentroidTerms: Int = 100
    /// Terms of an article used to look up candidate events (its heaviest ones).
    public var queryTerms: Int = 24
    /// An event of at least this many articles (and at most `splitMaximum`) is checked for holding two events; an
    /// event of short texts (``shortTextTerms``) never is.
    public var splitMinimum: Int = 6
    /// Largest event still checked for a split; bigger events are settled (keeps the cost per article bounded).
    public var splitMaximum: Int = 64
    /// Growth factor between two split checks of the same event (1 checks at every new article).
    public var splitGrowth: Double = 1.4
    /// Smallest part a split may create.
    public var splitPart: Int = 3
    /// A two-way split of an event is kept when the mean cosine across the parts is below this share of the mean
    /// cosine within the less coherent part: the parts are then two events rather than one.
    public var splitRatio: Double = 0.75
    /// Terms kept per member article (to re-split events and title them).
    public var memberTerms: Int = 100
    /// Most candidate events scored exactly for one article (the best by a cheap shared-term bound). Fewer are
    /// cheaper and score as well, but leave more articles alone in events of their own (MStream Tweets: 1,055
    /// events at 16, 1,441 at 8, for 269 stories).
    public var candidateLimit: Int = 16
    /// Most events (or storylines) listed under one term of the inverted index; the least recently updated drop out.
    /// 32 reads fewer postings and is as good on the tuning sets, but on a dense stream (a million articles over
    /// three years) the right event or storyline drops off the lists: storyline BCubed F1 0.29 → 0.16 there.
    public var postingLimit: Int = 64
    /// An event not updated for this many days (of article dates) leaves the active set.
    public var activeDays: Int = 45
    /// An event not updated for this many articles leaves the active set.
    public var activeArticles: Int = 50_000
    /// Cosine similarity between an event's article and a storyline centroid needed to continue that storyline.
    public var storylineThreshold: Double = 0.3
    /// Most storylines scored exactly when an event opens (the best by the shared-term bound, as for events): keeps
    /// the cost of a new event flat as storylines accumulate under common terms.
    public var storylineCandidates: Int = 32

    /// Creates the default options.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case joinThreshold, sizeBonus, mergeThreshold, shortMergeThreshold, shortTextTerms, mergeCandidates
        case nameBoost, numberBoost, titleBoost, graceDays, decayDays, undatedDiscount, centroidTerms, queryTerms
        case candidateLimit, splitMinimum, splitMaximum, splitGrowth, splitPart, splitRatio, memberTerms, postingLimit
        case activeDays, activeArticles, storylineThreshold, storylineCandidates, shortCentroidTerms
        case embeddingWeight, embeddingJoinThreshold, embeddingMergeThreshold
    }

    /// Decodes options; a missing key keeps its default, so a partial JSON object such as
    /// `{"joinThreshold": 0.3}` is valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EventOptions()
        joinThreshold = try container.decodeIfPresent(Double.self, forKey: .joinThreshold) ?? defaults.joinThreshold
        sizeBonus = try container.decodeIfPresent(Double.self, forKey: .sizeBonus) ?? defaults.sizeBonus
        mergeThreshold = try container.decodeIfPresent(Double.self, forKey: .mergeThreshold) ?? defaults.mergeThreshold
        shortMergeThreshold =
            try container.decodeIfPresent(Double.self, forKey: .shortMergeThreshold) ?? defaults.shortMergeThreshold
        shortTextTerms = try container.decodeIfPresent(Double.self, forKey: .shortTextTerms) ?? defaults.shortTextTerms
        mergeCandidates = try container.decodeIfPresent(Int.self, forKey: .mergeCandidates) ?? defaults.mergeCandidates
        nameBoost = try container.decodeIfPresent(Double.self, forKey: .nameBoost) ?? defaults.nameBoost
        numberBoost = try container.decodeIfPresent(Double.self, forKey: .numberBoost) ?? defaults.numberBoost
        titleBoost = try container.decodeIfPresent(Double.self, forKey: .titleBoost) ?? defaults.titleBoost
        graceDays = try container.decodeIfPresent(Double.self, forKey: .graceDays) ?? defaults.graceDays
        decayDays = try container.decodeIfPresent(Double.self, forKey: .decayDays) ?? defaults.decayDays
        undatedDiscount =
            try container.decodeIfPresent(Double.self, forKey: .undatedDiscount) ?? defaults.undatedDiscount
        centroidTerms = try container.decodeIfPresent(Int.self, forKey: .centroidTerms) ?? defaults.centroidTerms
        shortCentroidTerms =
            try container.decodeIfPresent(Int.self, forKey: .shortCentroidTerms) ?? defaults.shortCentroidTerms
        queryTerms = try container.decodeIfPresent(Int.self, forKey: .queryTerms) ?? defaults.queryTerms
        splitMinimum = try container.decodeIfPresent(Int.self, forKey: .splitMinimum) ?? defaults.splitMinimum
        splitMaximum = try container.decodeIfPresent(Int.self, forKey: .splitMaximum) ?? defaults.splitMaximum
        splitGrowth = try container.decodeIfPresent(Double.self, forKey: .splitGrowth) ?? defaults.splitGrowth
        splitPart = try container.decodeIfPresent(Int.self, forKey: .splitPart) ?? defaults.splitPart
        splitRatio = try container.decodeIfPresent(Double.self, forKey: .splitRatio) ?? defaults.splitRatio
        memberTerms = try container.decodeIfPresent(Int.self, forKey: .memberTerms) ?? defaults.memberTerms
        candidateLimit = try container.decodeIfPresent(Int.self, forKey: .candidateLimit) ?? defaults.candidateLimit
        postingLimit = try container.decodeIfPresent(Int.self, forKey: .postingLimit) ?? defaults.postingLimit
        activeDays = try container.decodeIfPresent(Int.self, forKey: .activeDays) ?? defaults.activeDays
        activeArticles = try container.decodeIfPresent(Int.self, forKey: .activeArticles) ?? defaults.activeArticles
        storylineThreshold =
            try container.decodeIfPresent(Double.self, forKey: .storylineThreshold) ?? defaults.storylineThreshold
        storylineCandidates =
            try container.decodeIfPresent(Int.self, forKey: .storylineCandidates) ?? defaults.storylineCandidates
        embeddingWeight =
            try container.decodeIfPresent(Double.self, forKey: .embeddingWeight) ?? defaults.embeddingWeight
        embeddingJoinThreshold =
            try container.decodeIfPresent(Double.self, forKey: .embeddingJoinThreshold)
            ?? defaults.embeddingJoinThreshold
        embeddingMergeThreshold =
            try container.decodeIfPresent(Double.self, forKey: .embeddingMergeThreshold)
            ?? defaults.embeddingMergeThreshold
    }
}
