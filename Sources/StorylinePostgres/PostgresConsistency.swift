import StorylineStore

extension PostgresArchiveStore {
    /// Checks that the archive's rows agree with each other, in one snapshot; returns the problems found (none for
    /// a sound archive).
    ///
    /// What a batch writes in one transaction must agree: every article belongs to a logged batch and the batch log
    /// counts them; every article is in exactly one existing event whose stored size is its member count; every
    /// event's storyline exists and counts it; quotes, entity mentions and copies point at stored articles; the
    /// analysis state indexes exactly the stored articles. A half-written batch would break one of these.
    public func consistencyProblems() async throws -> [String] {
        try await read { queries in
            var problems: [String] = []
            let checks: [(String, String)] = [
                (
                    "articles not counted by the batch log",
                    """
                    SELECT (SELECT count(*) FROM articles)
                        - (SELECT COALESCE(sum(articles), 0) FROM ingest_batches) AS count
                    """
                ),
                ("articles without an event", "SELECT count(*) AS count FROM articles WHERE event_id IS NULL"),
                (
                    "articles whose event does not exist",
                    """
                    SELECT count(*) AS count FROM articles a
                    WHERE a.event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id)
                    """
                ),
                (
                    "events whose stored size differs from their members",
                    """
                    SELECT count(*) AS count FROM events e
                    WHERE e.article_count <> (SELECT count(*) FROM articles a WHERE a.event_id = e.id)
                    """
                ),
                (
                    "events whose storyline does not exist",
                    """
                    SELECT count(*) AS count FROM events e WHERE e.storyline_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM storylines s WHERE s.id = e.storyline_id)
                    """
                ),
                (
                    "storylines whose stored size differs from their events",
                    """
                    SELECT count(*) AS count FROM storylines s
                    WHERE s.event_count <> (SELECT count(*) FROM events e WHERE e.storyline_id = s.id)
                    """
                ),
                (
                    "quotes of missing articles",
                    """
                    SELECT count(*) AS count FROM quotes q
                    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)
                    """
                ),
                (
                    "entity mentions of missing articles",
                    """
                    SELECT count(*) AS count FROM entity_mentions m
                    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)
                    """
                ),
                (
                    "copies of missing articles",
                    """
                    SELECT count(*) AS count FROM copies c
                    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.a)
                        OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.b)
                    """
                ),
            ]
            for (problem, sql) in checks {
                let count = try await queries.count(SQLStatement(sql))
                if count != 0 { problems.append("\(problem): \(count)") }
            }
            return problems
        }
    }
}
