import Foundation
import GRDB
import StorylineCore
import StorylineIngest
import StorylineStore
import StorylineStoreConformance
import Testing

@testable import StorylineSQLite

/// Ingesting a stream in one batch or in ten gives the same events: the persisted online state (copy index, event
/// state) continues exactly where the previous batch stopped.
@Suite("One batch versus ten batches")
struct BatchEquivalenceTests {
    /// MStream News (11,109 Google News titles, undated, in stream order) in the `text` form of its eval file; the
    /// raw `News.jsonl` names its text field `textCleaned`, which the JSON Lines reader does not take.
    static let mstream = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/data/mstream-news/news.eval.jsonl").standardized
        .path

    /// The event of every article, read back from the archive.
    static func assignments(_ store: SQLiteArchiveStore) async throws -> [String: String] {
        try await store.pool.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, event_id FROM articles") { result[row[0]] = row[1] }
            return result
        }
    }

    /// Ingests `articles` into a fresh archive in `batches` calls; returns the archive and the wall time.
    static func ingest(_ articles: [Article], batches: Int) async throws -> (SQLiteArchiveStore, Double) {
        let store = try TemporaryArchive.make()
        let size = (articles.count + batches - 1) / batches
        let start = Date()
        for offset in stride(from: 0, to: articles.count, by: size) {
            _ = try await store.ingest(Array(articles[offset..<min(offset + size, articles.count)]))
        }
        return (store, Date().timeIntervalSince(start))
    }

    static func compare(_ articles: [Article], label: String) async throws {
        let (one, oneTime) = try await ingest(articles, batches: 1)
        let (ten, tenTime) = try await ingest(articles, batches: 10)
        let a = try await assignments(one)
        let b = try await assignments(ten)
        #expect(a.count == b.count)
        let ids = a.keys.sorted()
        let scores = ClusterScores(predicted: ids.map { b[$0] ?? "-" }, gold: ids.map { a[$0] ?? "-" })
        let sameIDs = ids.filter { a[$0] == b[$0] }.count
        print(
            "\(label): \(ids.count) articles; one batch \(Set(a.values).count) events in \(String(format: "%.1f", oneTime)) s, "
                + "ten batches \(Set(b.values).count) events in \(String(format: "%.1f", tenTime)) s; "
                + "same event id for \(sameIDs)/\(ids.count); ARI \(String(format: "%.4f", scores.ari))")
        #expect(a == b, "ten batches assign \(ids.count - sameIDs) articles to other events than one batch")
        let statesA = try await one.analysisState()
        let statesB = try await ten.analysisState()
        #expect(statesA.copyIndex.count == statesB.copyIndex.count)
        let reportA = EventDetector().report(statesA.eventState)
        let reportB = EventDetector().report(statesB.eventState)
        #expect(reportA.events == reportB.events)
        #expect(reportA.storylines == reportB.storylines)
        try await ArchiveConformance.checkEveryArticleInOneEvent(ten)
    }

    @Test("synthetic dated stream: identical events")
    func synthetic() async throws {
        try await Self.compare(SyntheticArticles.make(count: 600, perDay: 20, length: 30), label: "synthetic")
    }

    @Test(
        "MStream News, 11,109 titles: identical events",
        .enabled(if: FileManager.default.fileExists(atPath: mstream), "../shared/data/mstream-news is absent"))
    func mstreamNews() async throws {
        let read = ArticleReader().read([Self.mstream])
        #expect(read.articles.count == 11_109)
        try await Self.compare(read.articles, label: "MStream News")
    }
}
