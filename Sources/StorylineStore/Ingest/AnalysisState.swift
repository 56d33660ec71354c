import StorylineCore

/// The persistent state of the online analyses, saved with every batch so the next one continues from it.
public struct AnalysisState: Codable, Sendable {
    /// Incremented by every committed batch; a batch planned from version `n` may only commit over version `n`.
    public var version: Int
    /// Incremental copy detection.
    public var copyIndex: CopyIndex
    /// Online event clustering and storyline linking.
    public var eventState: EventState

    /// Creates a state; the default is the empty state of an empty archive.
    public init(
        version: Int = 0, copyIndex: CopyIndex = CopyIndex(), eventState: EventState = EventState()
    ) {
        self.version = version
        self.copyIndex = copyIndex
        self.eventState = eventState
    }
}
