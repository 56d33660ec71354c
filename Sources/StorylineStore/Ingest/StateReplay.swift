import StorylineCore

/// Rebuilds the current analysis state: the newest state that is known good (this process's cached one, or the
/// stored checkpoint), then the articles stored after it, folded in by the same code that analysed them first
/// (``ArchiveIngestor/replay(_:onto:session:)``). The online analyses are deterministic, so the result decides every
/// later article as the state the last batch had in memory would.
public enum StateReplay {
    /// Articles read back per query while replaying.
    static let pageSize = 1_000

    /// The current state of the archive behind `log`, using and updating `cache`.
    ///
    /// `options` must be the analysis options the articles were ingested with (as for ``ArchiveIngestor``); the
    /// state is rebuilt with them. A writer passes `taking: true`: the state is taken out of the cache
    /// (``AnalysisStateCache/take()``) and not put back, so that the batch changes it in place; the writer stores the
    /// state it commits.
    public static func current(
        in log: some AnalysisStateLog, cache: AnalysisStateCache, options: AnalysisOptions, taking: Bool = false
    ) throws -> AnalysisState {
        let cached = taking ? cache.take() : cache.current
        guard let head = try log.stateHead() else { return AnalysisState() }
        if let cached, cached.token == head.token { return cached.state }
        var state: AnalysisState
        if let cached, cached.state.throughSeq >= head.checkpointSeq, try log.batchCommitted(token: cached.token) {
            state = cached.state
        } else {
            state = try log.checkpointState()
            state.throughSeq = head.checkpointSeq
            state.pendingArticles = 0
        }
        let ingestor = ArchiveIngestor(options: options)
        while true {
            let page = try log.articles(after: state.throughSeq, limit: pageSize)
            guard let last = page.last else { break }
            try ingestor.replay(page.map(\.article), onto: &state, session: log)
            state.throughSeq = last.seq
            state.pendingArticles += page.count
        }
        state.version = head.version
        if !taking { cache.storeIfNewer(AnalysisStateCache.Entry(token: head.token, state: state)) }
        return state
    }
}
