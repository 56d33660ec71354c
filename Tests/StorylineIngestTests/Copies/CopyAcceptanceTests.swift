import Foundation
import StorylineCore
import StorylineIngest
import Testing

/// Copy detection on the shared seeds and the BBC development set (skipped when ../shared is absent).
@Suite struct CopyAcceptanceTests {
    static let shared: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/StorylineIngestTests/Copies/File.swift
        return parts.joined(separator: "/") + "/../shared"
    }()
    static let seeds = shared + "/seeds"
    static let bbc = shared + "/data/bbc-dev/copies.eval.jsonl"

    static func read(_ path: String) -> [Article] {
        ArticleReader(options: IngestOptions(maxBytes: 1 << 30)).read([path]).articles
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds), "needs ../shared/seeds"))
    func seedsHaveExactlyOneSpunPair() throws {
        let articles = Self.read(Self.seeds)
        #expect(articles.count == 5)
        let documents = articles.map(Document.init)
        let dates = Dictionary(uniqueKeysWithValues: articles.compactMap { a in a.date.map { (a.id, $0) } })
        let copies = CopyDetector().detect(documents, dates: dates)
        try #require(copies.count == 1)
        let copy = copies[0]
        #expect(copy.a.hasPrefix("000") && copy.b.hasPrefix("001"))
        #expect(copy.kind == .spun)
        let swaps = Set(copy.explanation.swaps.map { "\($0.from)→\($0.to)" })
        #expect(swaps.isSuperset(of: ["played→performed", "told→instructed", "military→navy"]))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: bbc), "needs ../shared/data/bbc-dev"))
    func bbcDevelopmentSetPairF1() throws {
        let articles = Self.read(Self.bbc)
        let data = try #require(FileManager.default.contents(atPath: Self.bbc))
        var label: [String: String] = [:]
        for line in data.split(separator: 0x0A) {
            let row = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            label[row["id"] as! String] = "\(row["label"]!)"
        }
        let copies = CopyDetector().detect(articles.map(Document.init))
        var groups = UnionFind(count: articles.count)
        let position = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        for copy in copies { groups.union(position[copy.a]!, position[copy.b]!) }
        let scores = ClusterScores(predicted: groups.labels(), gold: articles.map { label[$0.id]! })
        #expect(scores.pairF1 >= 0.98)
    }
}
