import StorylineCore
import StorylineStore

extension ArchiveConformance {
    /// Opens the archive a check wrote to again, as another process would: nothing cached in memory.
    public typealias Reopen = @Sendable () async throws -> any ArchiveStore

    /// Between checkpoints the analysis state is rebuilt from the saved checkpoint and the articles stored after it
    /// (``StateReplay``). The rebuilt state must be the one the writer holds in memory: for a reader
    /// that starts cold (another process), and for a writer that another process overtook (it replays only the
    /// other's batch on the state it holds).
    public static func checkStateReplay(_ writer: any ArchiveStore, reopen: Reopen) async throws {
        let ingestor = ArchiveIngestor(checkpoints: CheckpointPolicy(minimumArticles: 250, share: 0))
        let stream = replayStream()
        for start in stride(from: 0, to: 600, by: 100) {
            _ = try await writer.ingest(Array(stream[start..<start + 100]), with: ingestor)
        }
        // Batches 1 (the first always is) and 4 saved checkpoints; batches 5 and 6 only advanced the version.
        let held = try await writer.analysisState()
        try expectEqual(held.version, 6, "state version")
        try expectEqual(held.pendingArticles, 200, "articles since the last checkpoint")
        let cold = try await reopen().analysisState()
        try expectSameState(cold, held, "a cold reader's replayed state against the writer's")
        try expectEqual(cold.pendingArticles, 200, "articles a cold reader replays")

        let other = try await reopen()
        _ = try await other.ingest(Array(stream[600...]), with: ingestor)
        let overtaken = try await writer.analysisState()
        let fresh = try await reopen().analysisState()
        try expectEqual(fresh.version, 7, "state version after another process's batch")
        try expectSameState(overtaken, fresh, "an overtaken writer's state against a cold reader's")
        try expectSameState(try await other.analysisState(), fresh, "the other writer's state against a cold reader's")
        try await checkEveryArticleInOneEvent(writer)
    }

    /// 639 dated and undated articles with near copies among them (each a headline's first word changed), so that
    /// both the copy index and the events change on replay.
    static func replayStream() -> [Article] {
        let originals = SyntheticArticles.make(count: 560, prefix: "r", perDay: 40, length: 30, seed: 7)
        var stream: [Article] = []
        for (index, article) in originals.enumerated() {
            stream.append(article)
            guard index >= 9, index % 7 == 3 else { continue }
            var copy = originals[index - 9]
            copy.id = "copy-\(index)"
            copy.text = copy.text.replacingOccurrences(of: "Item", with: "Story")
            if index % 2 == 0 { copy.date = nil }
            stream.append(copy)
        }
        return stream
    }

    /// Fails unless `actual` and `expected` are the same state: the same version, events and storylines, and the
    /// same decisions on articles still to come (the saved bytes may differ only in the order of hash tables).
    static func expectSameState(_ actual: AnalysisState, _ expected: AnalysisState, _ what: String) throws {
        try expectEqual(actual.version, expected.version, "\(what): version")
        try expectEqual(actual.throughSeq, expected.throughSeq, "\(what): last article folded in")
        try expectEqual(actual.copyIndex.count, expected.copyIndex.count, "\(what): articles in the copy index")
        let detector = EventDetector()
        try expect(
            detector.report(actual.eventState) == detector.report(expected.eventState),
            "\(what): the events or storylines differ")
        // The next articles: new ones, and copies of stored ones (the copy index must find the same originals).
        let stream = replayStream()
        var probes = SyntheticArticles.make(count: 30, prefix: "probe", perDay: 40, length: 30, seed: 99)
        for index in stride(from: 5, to: stream.count, by: 53) {
            var copy = stream[index]
            copy.id = "probe-copy-\(index)"
            copy.text += " Updated."
            probes.append(copy)
        }
        var left = actual
        var right = expected
        let texts = Dictionary(stream.map { ($0.id, Document($0)) }, uniquingKeysWith: { first, _ in first })
        for probe in probes.map(Document.init) {
            let copiesLeft = left.copyIndex.add(probe, date: probe.article.date, earlier: { texts[$0] })
            let copiesRight = right.copyIndex.add(probe, date: probe.article.date, earlier: { texts[$0] })
            try expectEqual(copiesLeft, copiesRight, "\(what): copies found for \(probe.id)")
            let placedLeft = detector.add(probe, date: probe.article.date, to: &left.eventState)
            let placedRight = detector.add(probe, date: probe.article.date, to: &right.eventState)
            try expectEqual(placedLeft, placedRight, "\(what): event of \(probe.id)")
        }
    }
}
