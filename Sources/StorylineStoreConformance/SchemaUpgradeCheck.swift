import StorylineCore
import StorylineStore

extension ArchiveConformance {
    /// An archive written before state checkpoints and indexed surnames keeps working once upgraded: the next batch
    /// continues from its saved state, and a bare surname finds a person stored before the upgrade.
    ///
    /// `downgrade` turns the archive `store` wrote back into the older layout (the backend's own SQL) and closes
    /// `store`; `reopen` opens the archive again, which applies the upgrade.
    public static func checkSchemaUpgrade(
        _ store: any ArchiveStore, downgrade: @Sendable () async throws -> Void, reopen: Reopen
    ) async throws {
        var articles = SyntheticArticles.make(count: 30, prefix: "old")
        articles.append(
            Article(
                id: "named", text: "Harbour master Elena Varga said the new breakwater would open in May.",
                date: Day(iso: "2024-01-03"), source: "named.txt"))
        _ = try await store.ingest(articles)
        let before = try await store.analysisState()
        try await downgrade()

        let upgraded = try await reopen()
        let resumed = try await upgraded.analysisState()
        try expectEqual(resumed.version, before.version, "state version after the upgrade")
        try expectEqual(resumed.copyIndex.count, 31, "articles in the copy index after the upgrade")
        try expectEqual(resumed.pendingArticles, 0, "articles to replay: the saved state covers every stored one")
        _ = try await upgraded.ingest([
            Article(
                id: "later", text: "The breakwater opened on time, Varga told reporters on the quay.",
                date: Day(iso: "2024-01-04"), source: "later.txt")
        ])
        let people = try await upgraded.article(id: "later")?.entities.map(\.name) ?? []
        try expect(people.contains("Elena Varga"), "a bare surname finds the person stored before: \(people)")
        let after = try await reopen().analysisState()
        try expectEqual(after.version, before.version + 1, "state version after a batch")
        try expectEqual(after.copyIndex.count, 32, "articles in the copy index after a batch")
        try await checkEveryArticleInOneEvent(upgraded)
    }
}
