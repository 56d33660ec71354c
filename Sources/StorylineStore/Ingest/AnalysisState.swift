import StorylineCore

/// The persistent state of the online analyses, which every batch continues from.
///
/// A backend saves it whole only now and then (a checkpoint, see ``CheckpointPolicy``); in between, the articles
/// stored after the checkpoint are the log that ``StateReplay`` folds into it again.
public struct AnalysisState: Codable, Sendable {
    /// Incremented by every committed batch; a batch planned from version `n` may only commit over version `n`.
    public var version: Int
    /// Incremental copy detection.
    public var copyIndex: CopyIndex
    /// Online event clustering and storyline linking.
    public var eventState: EventState
    /// The archive row (`articles.seq`) of the last article folded into this state; replay continues after it.
    public var throughSeq: Int64 = 0
    /// Articles folded in since the last checkpoint: what a reader without this state in memory must replay.
    public var pendingArticles: Int = 0

    enum CodingKeys: String, CodingKey {
        case version, copyIndex, eventState
    }

    /// Creates a state; the default is the empty state of an empty archive.
    public init(
        version: Int = 0, copyIndex: CopyIndex = CopyIndex(), eventState: EventState = EventState()
    ) {
        self.version = version
        self.copyIndex = copyIndex
        self.eventState = eventState
    }
}
