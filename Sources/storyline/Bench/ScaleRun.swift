import StorylineCore

/// Streams synthetic articles through the store's online engines (`Document` → `CopyIndex.add` →
/// `EventDetector.add`) and measures cost, memory and quality at each requested size.
struct ScaleRun {
    /// Sizes at which to report, ascending.
    let sizes: [Int]
    /// The synthetic stream; its `articles` is set to the largest size.
    let stream: SyntheticOptions
    /// Share of each size its per-article window covers (0.1 = the last 10 %).
    let window: Double
    /// Called with (done, total) after each article.
    let progress: (Int, Int) -> Void

    /// Per-article cost accumulated over one window.
    private struct Accumulator {
        var document: UInt64 = 0
        var copies: UInt64 = 0
        var events: UInt64 = 0
        var floor: UInt64 = 0
        var generate: UInt64 = 0
        var fetches = 0
        var count = 0

        func micros(_ nanos: UInt64) -> Double { count == 0 ? 0 : Double(nanos) / Double(count) / 1_000 }
    }

    /// Runs the stream to the largest size.
    func run() throws -> ScaleReport {
        let total = sizes.last ?? 0
        var options = stream
        options.articles = total
        guard total > 0 else { return ScaleReport(stream: options, window: window, checkpoints: [], costGrowth: nil) }
        var articles = SyntheticStream(options)
        let archive = try ArticleArchive()
        var copyIndex = CopyIndex()
        let detector = EventDetector()
        var eventState = EventState()
        var groups = UnionFind(count: total)
        var truth = TruthTable(capacity: total)
        var pairsByKind: [String: Int] = [:]
        var windows = [Accumulator](repeating: Accumulator(), count: sizes.count)
        let starts = sizes.map { $0 - max(1, Int((Double($0) * window).rounded())) }
        var pipelineNanos: UInt64 = 0
        var pipelineCPUNanos: UInt64 = 0
        var checkpoints: [ScaleCheckpoint] = []
        let baseline = ProcessMemory.current()
        let began = MonotonicClock.nanoseconds()

        for done in 1...total {
            let t0 = MonotonicClock.threadCPUNanoseconds()
            guard let item = articles.next() else { break }
            let w1 = MonotonicClock.nanoseconds()
            let t1 = MonotonicClock.threadCPUNanoseconds()
            let document = Document(item.article)
            let t2 = MonotonicClock.threadCPUNanoseconds()
            let fetchesBefore = archive.fetches
            let found = copyIndex.add(document, date: item.article.date) { archive.document($0) }
            let t3 = MonotonicClock.threadCPUNanoseconds()
            _ = detector.add(document, date: item.article.date, to: &eventState)
            let t4 = MonotonicClock.threadCPUNanoseconds()
            let w4 = MonotonicClock.nanoseconds()
            let words = WordFloor.count(item.article.title ?? "") + WordFloor.count(item.article.text)
            let t5 = MonotonicClock.threadCPUNanoseconds()
            precondition(words >= 0)
            pipelineNanos += w4 - w1
            pipelineCPUNanos += t4 - t1

            archive.append(item)
            truth.append(item, archive: archive)
            for copy in found {
                pairsByKind[copy.kind.rawValue, default: 0] += 1
                if let a = archive.slot(of: copy.a), let b = archive.slot(of: copy.b) { groups.union(a, b) }
            }
            for index in sizes.indices where done > starts[index] && done <= sizes[index] {
                windows[index].generate += t1 - t0
                windows[index].document += t2 - t1
                windows[index].copies += t3 - t2
                windows[index].events += t4 - t3
                windows[index].floor += t5 - t4
                windows[index].fetches += archive.fetches - fetchesBefore
                windows[index].count += 1
            }
            progress(done, total)
            guard let index = sizes.firstIndex(of: done) else { continue }
            let w = windows[index]
            let micros = StageMicros(
                pipeline: w.micros(w.document + w.copies + w.events), document: w.micros(w.document),
                copies: w.micros(w.copies), events: w.micros(w.events), floor: w.micros(w.floor),
                generate: w.micros(w.generate))
            let pipelineSeconds = Double(pipelineNanos) / 1e9
            let cpuSeconds = Double(pipelineCPUNanos) / 1e9
            var checkpoint = ScaleCheckpoint(
                articles: done, windowStart: starts[index], micros: micros,
                fetchesPerArticle: w.count == 0 ? 0 : Double(w.fetches) / Double(w.count),
                articlesPerSecond: pipelineSeconds > 0 ? Double(done) / pipelineSeconds : 0,
                cpuArticlesPerSecond: cpuSeconds > 0 ? Double(done) / cpuSeconds : 0,
                pipelineSeconds: pipelineSeconds, pipelineCPUSeconds: cpuSeconds, wallSeconds: 0,
                memory: memory(done, copyIndex, eventState, baseline, archive),
                copies: truth.copyScores(&groups, count: done),
                copyRecallByKind: truth.copyRecallByKind(&groups, count: done), copyPairsByKind: pairsByKind,
                events: ClusterScores(predicted: [Int](), gold: [Int]()),
                storylines: ClusterScores(predicted: [Int](), gold: [Int]()))
            let clustering = detector.report(eventState)
            (checkpoint.events, checkpoint.storylines) = truth.eventScores(clustering, archive: archive, count: done)
            checkpoint.wallSeconds = Double(MonotonicClock.nanoseconds() - began) / 1e9
            checkpoints.append(checkpoint)
        }
        var growth: Double?
        if let first = checkpoints.first?.micros.pipeline, let last = checkpoints.last?.micros.pipeline, first > 0 {
            growth = last / first
        }
        return ScaleReport(stream: options, window: window, checkpoints: checkpoints, costGrowth: growth)
    }

    private func memory(
        _ count: Int, _ copyIndex: CopyIndex, _ eventState: EventState, _ baseline: ProcessMemory?,
        _ archive: ArticleArchive
    ) -> ScaleMemory {
        let now = ProcessMemory.current()
        let copyPayload = PayloadSize.of(copyIndex)
        let eventPayload = PayloadSize.of(eventState)
        let copyFootprint = (copyIndex as Any as? any MemoryFootprintReporting)?.memoryFootprint
        let eventFootprint = (eventState as Any as? any MemoryFootprintReporting)?.memoryFootprint
        let useFootprint = copyFootprint != nil && eventFootprint != nil
        let indexBytes = useFootprint ? copyFootprint! + eventFootprint! : copyPayload + eventPayload
        var growth: Double?
        if let now, let baseline {
            growth = Double(now.residentBytes - baseline.residentBytes) / Double(max(count, 1))
        }
        return ScaleMemory(
            residentBytes: now?.residentBytes, peakResidentBytes: now?.peakResidentBytes,
            residentGrowthPerArticle: growth, copyIndexPayloadBytes: copyPayload,
            eventStatePayloadBytes: eventPayload, copyIndexFootprintBytes: copyFootprint,
            eventStateFootprintBytes: eventFootprint, indexBytesPerArticle: Double(indexBytes) / Double(max(count, 1)),
            indexMeasure: useFootprint ? "footprint" : "payload", archiveBytes: archive.bytes)
    }
}
