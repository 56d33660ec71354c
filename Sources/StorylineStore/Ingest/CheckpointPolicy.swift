/// When a batch saves the whole analysis state instead of only advancing its version.
///
/// Saving the state costs time in proportion to the archive (about 3 KB per article), so saving it with every
/// batch makes a growing archive slower to extend batch after batch. Between checkpoints the state is rebuilt by
/// replaying the articles stored since the last one (``StateReplay``), which costs time in proportion to those
/// articles only. A checkpoint is due when the articles since the last one reach ``share`` of the archive (so the
/// total work of saving stays proportional to the archive, not to its square), and at least
/// ``minimumArticles``, so that small archives are not saved on every batch either.
public struct CheckpointPolicy: Sendable, Equatable {
    /// Fewest articles since the last checkpoint before another one is due.
    public var minimumArticles: Int
    /// Share of the archive's articles since the last checkpoint that makes another one due.
    public var share: Double

    /// Creates a policy; the defaults bound a cold reader's replay to a fifth of the archive.
    public init(minimumArticles: Int = 2_000, share: Double = 0.2) {
        self.minimumArticles = minimumArticles
        self.share = share
    }

    /// Save the state with every batch: what the last batch of a command does, so the next process starts from a
    /// checkpoint without replaying anything.
    public static let everyBatch = CheckpointPolicy(minimumArticles: 0, share: 0)

    /// Whether a state with `pending` articles since its checkpoint, in an archive of `total`, is saved whole.
    public func isDue(pending: Int, total: Int) -> Bool {
        pending >= max(minimumArticles, Int(share * Double(total)))
    }
}
