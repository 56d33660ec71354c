import Dispatch
import Testing

@testable import StorylineStore

@Suite struct AnalysisStateCacheTests {
    private func entry(_ token: String, version: Int) -> AnalysisStateCache.Entry {
        AnalysisStateCache.Entry(token: token, state: AnalysisState(version: version))
    }

    /// A writer takes the state out (the cache no longer shares it) and puts its new state back.
    @Test func takeEmptiesTheCacheUntilStored() {
        let cache = AnalysisStateCache(loanWait: 0)
        cache.store(entry("a", version: 1))
        #expect(cache.take()?.token == "a")
        #expect(cache.current == nil)
        cache.store(entry("b", version: 2))
        #expect(cache.current?.token == "b")
        #expect(cache.current?.state.version == 2)
    }

    /// A reader that comes while the state is taken waits for the writer's new state instead of rebuilding one.
    @Test func readerWaitsForTheTakenState() {
        let cache = AnalysisStateCache(loanWait: 30)
        cache.store(entry("a", version: 1))
        _ = cache.take()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) {
            cache.store(entry("b", version: 2))
        }
        #expect(cache.current?.token == "b")
    }

    /// A failed batch ends its loan: readers stop waiting and find nothing to reuse.
    @Test func endedLoanLeavesNothingToWaitFor() {
        let cache = AnalysisStateCache(loanWait: 30)
        cache.store(entry("a", version: 1))
        _ = cache.take()
        cache.endLoan()
        #expect(cache.current == nil)
    }

    /// A loan never ended (a writer that died) holds a reader up for the loan wait at most.
    @Test func readerWaitIsBounded() {
        let cache = AnalysisStateCache(loanWait: 0.05)
        cache.store(entry("a", version: 1))
        _ = cache.take()
        #expect(cache.current == nil)
    }

    /// A reader's older snapshot never replaces a writer's newer state.
    @Test func olderSnapshotDoesNotReplaceNewerState() {
        let cache = AnalysisStateCache(loanWait: 0)
        var newer = AnalysisState(version: 2)
        newer.throughSeq = 20
        cache.store(AnalysisStateCache.Entry(token: "new", state: newer))
        var older = AnalysisState(version: 1)
        older.throughSeq = 10
        cache.storeIfNewer(AnalysisStateCache.Entry(token: "old", state: older))
        #expect(cache.current?.token == "new")
    }
}
