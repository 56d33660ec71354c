import Benchmark
import StorylineCore

/// Articles from the deterministic synthetic stream: `prefill` to fill the indexes, then fresh ones to add.
struct Corpus {
    let prefill: [Document]
    let fresh: [Document]

    init(prefill: Int, fresh: Int) {
        let documents = SyntheticStream(SyntheticOptions(seed: 42, articles: prefill + fresh)).map {
            Document($0.article)
        }
        self.prefill = Array(documents.prefix(prefill))
        self.fresh = Array(documents.dropFirst(prefill))
    }
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident, .throughput]
    Benchmark.defaultConfiguration = .init(
        metrics: metrics, timeUnits: .microseconds, warmupIterations: 3, maxDuration: .seconds(3),
        maxIterations: 2_000)

    // Normalisation, paragraph and sentence split, tokenisation: one synthetic article (about 190 words) each.
    let articles = SyntheticStream(SyntheticOptions(seed: 7, articles: 256)).map(\.article)
    nonisolated(unsafe) var articleNext = 0
    Benchmark("Document.init (one article)") { _ in
        let article = articles[articleNext % articles.count]
        articleNext += 1
        blackHole(Document(article))
    }

    // Fingerprinting and candidate look-up against an index of 10 000 articles: each iteration adds one new
    // article (the index keeps growing by at most the iteration count, a few per cent).
    let copyCorpus = Corpus(prefill: 10_000, fresh: 2_000)
    nonisolated(unsafe) var copyIndex = CopyIndex()
    nonisolated(unsafe) var copyNext = 0
    let copyLookup = Dictionary(
        (copyCorpus.prefill + copyCorpus.fresh).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    Benchmark("CopyIndex.add (index of 10k)", configuration: .init(maxIterations: copyCorpus.fresh.count)) {
        benchmark in
        let document = copyCorpus.fresh[copyNext % copyCorpus.fresh.count]
        copyNext += 1
        benchmark.startMeasurement()
        blackHole(copyIndex.add(document, date: document.article.date) { copyLookup[$0] })
        benchmark.stopMeasurement()
    } setup: {
        copyIndex = CopyIndex()
        copyNext = 0
        for document in copyCorpus.prefill {
            _ = copyIndex.add(document, date: document.article.date) { copyLookup[$0] }
        }
    }

    // Verification of one candidate pair: sentence alignment, kind and explanation (swapped words) of a spun copy
    // and its original, as `CopyIndex.add` runs it for each candidate and `storyline explain` for one pair.
    let stream = Array(SyntheticStream(SyntheticOptions(seed: 11, articles: 4_000)))
    let byID = Dictionary(stream.map { ($0.article.id, $0.article) }, uniquingKeysWith: { first, _ in first })
    let spunPairs: [(Document, Document)] = stream.compactMap { item in
        guard item.truth.copyKind == .spun, let source = item.truth.copyOf, let original = byID[source] else {
            return nil
        }
        return (Document(original), Document(item.article))
    }
    nonisolated(unsafe) var pairNext = 0
    let copyDetector = CopyDetector()
    Benchmark("CopyDetector.compare (a spun pair)") { _ in
        let (original, copy) = spunPairs[pairNext % spunPairs.count]
        pairNext += 1
        blackHole(copyDetector.compare(original, copy))
    }

    // Online event assignment against a state holding 10 000 articles.
    nonisolated(unsafe) var eventState = EventState()
    nonisolated(unsafe) var eventNext = 0
    let detector = EventDetector()
    Benchmark("EventDetector.add (state of 10k)", configuration: .init(maxIterations: copyCorpus.fresh.count)) {
        benchmark in
        let document = copyCorpus.fresh[eventNext % copyCorpus.fresh.count]
        eventNext += 1
        benchmark.startMeasurement()
        blackHole(detector.add(document, date: document.article.date, to: &eventState))
        benchmark.stopMeasurement()
    } setup: {
        eventState = EventState()
        eventNext = 0
        for document in copyCorpus.prefill { _ = detector.add(document, date: document.article.date, to: &eventState) }
    }
}
