import StorylineCore

/// What `storyline bench scale` measured when the stream reached one of the requested sizes.
struct ScaleCheckpoint: Codable, Sendable {
    /// Articles ingested so far.
    var articles: Int
    /// The window the per-article costs average over: articles `windowStart + 1 … articles`.
    var windowStart: Int
    /// Per-article cost over the window, CPU microseconds of the ingesting thread.
    var micros: StageMicros
    /// Look-ups of earlier articles (`earlier` calls by the copy index) per article over the window.
    var fetchesPerArticle: Double
    /// Articles per second from the start, pipeline wall time only (document + copies + events).
    var articlesPerSecond: Double
    /// Articles per second from the start, pipeline CPU time only (what an unloaded core would do).
    var cpuArticlesPerSecond: Double
    /// Pipeline wall seconds from the start.
    var pipelineSeconds: Double
    /// Pipeline CPU seconds from the start.
    var pipelineCPUSeconds: Double
    /// Wall-clock seconds from the start, including generation, archiving and checkpoints.
    var wallSeconds: Double
    /// Memory at this point.
    var memory: ScaleMemory
    /// Copy detection against the synthetic truth (copy groups).
    var copies: ClusterScores
    /// Share of copies of each kind found in the same group as their original (recall by kind).
    var copyRecallByKind: [String: Double]
    /// Copy verdicts reported so far, by kind.
    var copyPairsByKind: [String: Int]
    /// Event clustering against the synthetic truth.
    var events: ClusterScores
    /// Storyline linking against the synthetic truth (articles labelled by storyline).
    var storylines: ClusterScores
}

/// Per-article cost of each stage, in CPU microseconds.
struct StageMicros: Codable, Sendable {
    /// The whole pipeline: `document + copies + events`.
    var pipeline: Double
    /// `Document.init`: normalisation, sentence split, tokenisation.
    var document: Double
    /// `CopyIndex.add`, including the `earlier` look-ups it makes.
    var copies: Double
    /// `EventDetector.add`.
    var events: Double
    /// The floor: finding every word of the article's title and text (``WordFloor``).
    var floor: Double
    /// Generating the synthetic article (not part of the pipeline).
    var generate: Double
}

/// Memory figures at a checkpoint.
struct ScaleMemory: Codable, Sendable {
    /// Resident set size (VmRSS) now, bytes; `nil` where `/proc` is absent.
    var residentBytes: Int?
    /// Peak resident set size (VmHWM) so far, bytes.
    var peakResidentBytes: Int?
    /// Resident growth since the run started, per article, bytes.
    var residentGrowthPerArticle: Double?
    /// Payload of the encoded `CopyIndex` (see `PayloadSize`), bytes.
    var copyIndexPayloadBytes: Int
    /// Payload of the encoded `EventState`, bytes.
    var eventStatePayloadBytes: Int
    /// The copy index's own estimate, when it adopts `MemoryFootprintReporting`.
    var copyIndexFootprintBytes: Int?
    /// The event state's own estimate, when it adopts `MemoryFootprintReporting`.
    var eventStateFootprintBytes: Int?
    /// Index memory per article: footprints when both engines report one, else encoded payloads.
    var indexBytesPerArticle: Double
    /// Which measure `indexBytesPerArticle` uses: `footprint` or `payload`.
    var indexMeasure: String
    /// Bytes of article text archived on disk (not resident; what a store would hold).
    var archiveBytes: Int64
}

/// The result of a scale run.
struct ScaleReport: Codable, Sendable {
    /// The synthetic stream's options (seed, span, copy shares, …).
    var stream: SyntheticOptions
    /// Share of each checkpoint's articles its per-article window covers.
    var window: Double
    /// One entry per requested size, ascending.
    var checkpoints: [ScaleCheckpoint]
    /// Per-article pipeline cost at the largest size divided by that at the smallest.
    var costGrowth: Double?
}
