import Foundation
import Logging
import PostgresNIO
import StorylineCore
import StorylineStore

/// The ingest session inside one PostgreSQL write transaction that holds the archive's write lock: reads for the
/// planner, and the batch writer.
///
/// The planner is synchronous and runs on a thread of its own (``BlockingWait/offload(_:)``), so each call here
/// waits for its query's future on that thread. A batch is written with one statement per table, its rows passed as
/// one JSON array parameter, so a batch of hundreds of articles costs a dozen round trips.
final class PostgresWriteSession: ArchiveWriteSession, AnalysisStateLog, @unchecked Sendable {
    let connection: PostgresConnection
    let logger: Logger
    /// The state this process last read or wrote, reused (or replayed from) when it is a committed one.
    let cache: AnalysisStateCache
    /// Largest part a checkpoint is saved in (``StateChunks``).
    let chunkSize: Int
    /// Whether the session is a writer's: it takes the state out of the cache to change it in place
    /// (``AnalysisStateCache/take()``) rather than share it with the cache.
    let takesState: Bool

    init(
        connection: PostgresConnection, logger: Logger, cache: AnalysisStateCache, chunkSize: Int,
        takesState: Bool = false
    ) {
        self.connection = connection
        self.logger = logger
        self.cache = cache
        self.chunkSize = chunkSize
        self.takesState = takesState
    }

    func rows(_ statement: SQLStatement) throws -> [RowReader] {
        try connection.query(statement.query, logger: logger).wait().rows.map(RowReader.init)
    }

    @discardableResult
    func execute(_ statement: SQLStatement) throws -> Int {
        try connection.query(statement.query, logger: logger).wait().metadata.rows ?? 0
    }

    // MARK: - Reads for the planner

    func existingIDs(_ ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        var statement = SQLStatement()
        statement.append("SELECT id FROM articles WHERE id = ANY(\(statement.bind(ids.map(PostgresValues.text))))")
        return Set(try rows(statement).map { try $0.string("id") })
    }

    func articleIDs(forContentHashes hashes: [String]) throws -> [String: String] {
        guard !hashes.isEmpty else { return [:] }
        var statement = SQLStatement()
        statement.append(
            "SELECT content_hash, id FROM articles WHERE content_hash = ANY(\(statement.bind(hashes)))")
        var found: [String: String] = [:]
        for row in try rows(statement) { found[try row.string("content_hash")] = try row.string("id") }
        return found
    }

    /// The columns ``article(_:)`` reads.
    static let articleColumns = """
        id, title, text, to_char(explicit_date, 'YYYY-MM-DD') AS explicit_date, date_source, source, url, outlet
        """

    func article(id: String) throws -> Article? {
        var statement = SQLStatement()
        statement.append(
            "SELECT \(Self.articleColumns) FROM articles WHERE id = \(statement.bind(PostgresValues.text(id)))")
        guard let row = try rows(statement).first else { return nil }
        return try Self.article(row)
    }

    /// An article as analysed, from a row with ``articleColumns``.
    static func article(_ row: RowReader) throws -> Article {
        let date = try row.day("explicit_date")
        let source = try row.optionalString("date_source").flatMap(DateSource.init(rawValue:))
        return Article(
            id: try row.string("id"), title: try row.optionalString("title"), text: try row.string("text"),
            date: date, dateSource: date == nil ? nil : source, source: try row.string("source"),
            url: try row.optionalString("url"), outlet: try row.optionalString("outlet"))
    }

    func dateResolutions(_ ids: [String]) throws -> [String: DateResolution] {
        guard !ids.isEmpty else { return [:] }
        var statement = SQLStatement()
        statement.append(
            """
            SELECT a.id AS id, \(PostgresRows.resolutionColumns) FROM articles a
            WHERE a.id = ANY(\(statement.bind(ids.map(PostgresValues.text))))
                AND (a.date IS NOT NULL OR a.date_from IS NOT NULL)
            """)
        var found: [String: DateResolution] = [:]
        for row in try rows(statement) { found[try row.string("id")] = try PostgresRows.resolution(row) }
        return found
    }

    func personNames(withSurnames surnames: [String]) throws -> [String: Int] {
        guard !surnames.isEmpty else { return [:] }
        var statement = SQLStatement()
        statement.append(
            """
            SELECT en.name AS name, count(m.article_id)::bigint AS articles FROM entities en
            LEFT JOIN entity_mentions m ON m.entity_id = en.id
            WHERE en.surname = ANY(\(statement.bind(surnames.map(PostgresValues.text)))) AND en.type = 'person'
            GROUP BY en.id, en.name
            """)
        var found: [String: Int] = [:]
        for row in try rows(statement) { found[try row.string("name")] = try row.int("articles") }
        return found
    }

    func entities(named names: [String]) throws -> [StoredEntity] {
        guard !names.isEmpty else { return [] }
        var statement = SQLStatement()
        statement.append(
            """
            SELECT en.name AS name, en.type AS type, count(m.article_id)::bigint AS articles FROM entities en
            LEFT JOIN entity_mentions m ON m.entity_id = en.id
            WHERE en.name = ANY(\(statement.bind(names.map(PostgresValues.text))))
            GROUP BY en.id, en.name, en.type
            """)
        return try rows(statement).compactMap { row in
            guard let type = EntityType(rawValue: try row.string("type")) else { return nil }
            return StoredEntity(name: try row.string("name"), type: type, articles: try row.int("articles"))
        }
    }

    func articleCount(containingPhrase phrase: String, upTo limit: Int) throws -> Int {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT count(*)::bigint AS articles FROM (
                SELECT 1 FROM articles
                WHERE search @@ phraseto_tsquery('english', \(statement.bind(PostgresValues.text(phrase))))
                LIMIT \(statement.bind(Int64(max(0, limit))))
            ) found
            """)
        return try rows(statement).first.map { try $0.int("articles") } ?? 0
    }

    func barePersonNames(among names: [String]) throws -> Set<String> {
        guard !names.isEmpty else { return [] }
        var statement = SQLStatement()
        statement.append(
            """
            SELECT name FROM entities
            WHERE type = 'person' AND name = ANY(\(statement.bind(names.map(PostgresValues.text))))
            """)
        return Set(try rows(statement).map { try $0.string("name") })
    }

    func analysisStateVersion() throws -> Int {
        try rows(SQLStatement("SELECT version FROM analysis_state WHERE id = 1")).first?.int("version") ?? 0
    }

    func analysisState(options: AnalysisOptions) throws -> AnalysisState {
        try StateReplay.current(in: self, cache: cache, options: options, taking: takesState)
    }

    func stateHead() throws -> StateHead? {
        let head = try rows(SQLStatement("SELECT version, token, checkpoint_seq FROM analysis_state WHERE id = 1"))
        guard let row = head.first else { return nil }
        return StateHead(
            version: try row.int("version"), token: try row.string("token"),
            checkpointSeq: Int64(try row.int("checkpoint_seq")))
    }

    func checkpointState() throws -> AnalysisState {
        var parts: [String: [[UInt8]]] = [:]
        for row in try rows(SQLStatement("SELECT name, bytes FROM analysis_chunks ORDER BY name, part")) {
            parts[try row.string("name"), default: []].append(Array(try row.data("bytes")))
        }
        return try AnalysisState(checkpointParts: parts)
    }

    func batchCommitted(token: String) throws -> Bool {
        var statement = SQLStatement()
        statement.append("SELECT 1 AS found FROM ingest_batches WHERE token = \(statement.bind(token)) LIMIT 1")
        return try !rows(statement).isEmpty
    }

    func articles(after seq: Int64, limit: Int) throws -> [(seq: Int64, article: Article)] {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT seq, \(Self.articleColumns) FROM articles WHERE seq > \(statement.bind(Int(seq)))
            ORDER BY seq LIMIT \(statement.bind(limit))
            """)
        return try rows(statement).map { (seq: Int64(try $0.int("seq")), article: try Self.article($0)) }
    }

    // MARK: - Writing a batch

    func apply(_ batch: IngestBatch) throws {
        guard !batch.isEmpty else { return }
        if let base = batch.basedOnVersion {
            let stored = try rows(SQLStatement("SELECT version FROM analysis_state WHERE id = 1")).first?.int("version")
            guard (stored ?? 0) == base else { throw ArchiveError.stateConflict(expected: base, found: stored ?? 0) }
        }
        // A fresh token per batch: a cached state is reused as is only while the stored token is its own, and
        // replayed from only when its token is a committed batch's, so a rolled-back batch's state is never used.
        let token = UUID().uuidString
        var log = SQLStatement()
        log.append(
            """
            INSERT INTO ingest_batches (articles, token) VALUES (\(log.bind(batch.articles.count)), \(log.bind(token)))
            RETURNING id
            """)
        guard let batchID = try rows(log).first?.int("id") else { throw ArchiveError.backend("no batch id") }
        try insertArticles(batch.articles, batch: batchID)
        try dateStoredArticles(batch.redated)
        try insertCopies(batch.copies)
        try insertQuotes(batch.quotes)
        try insertEntities(batch.entities)
        try renamePeople(batch.renamedPeople)
        try retypePeople(batch.retypedPeople)
        try writeEvents(batch.events, removed: batch.removedEvents)
        try writeStorylines(batch.storylines, removed: batch.removedStorylines)
        if var state = batch.state {
            let last = try rows(SQLStatement("SELECT coalesce(max(seq), 0) AS seq FROM articles")).first
            state.throughSeq = Int64(try last?.int("seq") ?? 0)
            try saveState(state, token: token, checkpoint: batch.checkpoint)
        }
    }

    /// Runs `sql` with `rows` bound as `$1`, a JSON array of objects (read with `jsonb_array_elements($1::jsonb)`).
    private func executeWithRows(_ sql: String, _ rows: JSONRows) throws {
        guard rows.count > 0 else { return }
        var statement = SQLStatement()
        _ = statement.bind(rows.text)
        statement.append(sql)
        try execute(statement)
    }

    private func insertArticles(_ articles: [IngestBatch.NewArticle], batch: Int) throws {
        var rows = JSONRows()
        for row in articles {
            let article = row.article
            rows.beginRow()
            rows.field("id", article.id)
            rows.field("title", article.title)
            rows.field("text", article.text)
            rows.field("explicit_date", article.date?.description)
            rows.field("date", row.date?.date?.description)
            rows.field("date_source", row.date?.source?.rawValue)
            rows.field("date_from", row.date?.range?.from.description)
            rows.field("date_to", row.date?.range?.to.description)
            rows.field("date_evidence", strings: row.date?.evidence ?? [])
            rows.field("source", article.source)
            rows.field("url", article.url)
            rows.field("outlet", article.outlet)
            rows.field("words", row.words)
            rows.field("content_hash", row.contentHash)
            rows.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO articles (id, title, text, explicit_date, date, date_source, date_from, date_to,
                date_evidence, source, url, outlet, words, content_hash, batch_id)
            SELECT r->>'id', r->>'title', r->>'text', (r->>'explicit_date')::date, (r->>'date')::date,
                r->>'date_source', (r->>'date_from')::date, (r->>'date_to')::date, r->'date_evidence', r->>'source',
                r->>'url', r->>'outlet', (r->>'words')::integer, r->>'content_hash', \(batch)
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(r, ord) ORDER BY ord
            """, rows)
    }

    /// Writes inferred dates of stored articles that still have none (another writer may have dated them since).
    private func dateStoredArticles(_ redated: [String: DateResolution]) throws {
        var rows = JSONRows()
        for (id, resolution) in redated.sorted(by: { $0.key < $1.key }) {
            rows.beginRow()
            rows.field("id", id)
            rows.field("date", resolution.date?.description)
            rows.field("date_source", resolution.source?.rawValue)
            rows.field("date_from", resolution.range?.from.description)
            rows.field("date_to", resolution.range?.to.description)
            rows.field("date_evidence", strings: resolution.evidence)
            rows.endRow()
        }
        try executeWithRows(
            """
            UPDATE articles a SET date = (r->>'date')::date, date_source = r->>'date_source',
                date_from = (r->>'date_from')::date, date_to = (r->>'date_to')::date, date_evidence = r->'date_evidence'
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            WHERE a.id = r->>'id' AND a.date IS NULL
            """, rows)
    }

    private func insertCopies(_ copies: [CopyReport]) throws {
        var latest: [String: Int] = [:]
        for (index, copy) in copies.enumerated() { latest["\(copy.a)\u{0}\(copy.b)"] = index }
        let kept = copies.enumerated().filter { latest["\($1.a)\u{0}\($1.b)"] == $0 }.map(\.element)
        let encoder = JSONEncoder()
        var rows = JSONRows()
        for copy in kept {
            rows.beginRow()
            rows.field("a", copy.a)
            rows.field("b", copy.b)
            rows.field("kind", copy.kind.rawValue)
            rows.field("score", copy.score)
            rows.field("explanation", json: Array(try encoder.encode(copy.explanation)))
            rows.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO copies (a, b, kind, score, explanation)
            SELECT r->>'a', r->>'b', r->>'kind', (r->>'score')::float8, r->'explanation'
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, score = excluded.score,
                explanation = excluded.explanation
            """, rows)
    }

    private func insertQuotes(_ quotes: [QuoteReport]) throws {
        var rows = JSONRows()
        for quote in quotes {
            rows.beginRow()
            rows.field("article", quote.article)
            rows.field("sentence", quote.sentence)
            rows.field("text", quote.text)
            rows.field("speaker", quote.speaker)
            rows.field("verb", quote.verb)
            rows.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO quotes (article_id, sentence, text, speaker, verb)
            SELECT r->>'article', (r->>'sentence')::integer, r->>'text', r->>'speaker', r->>'verb'
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(r, ord) ORDER BY ord
            """, rows)
    }

    private func insertEntities(_ entities: [IngestBatch.EntityRow]) throws {
        var latest: [String: Int] = [:]
        for (index, row) in entities.enumerated() {
            latest["\(row.name)\u{0}\(row.type.rawValue)\u{0}\(row.article)"] = index
        }
        let kept = entities.enumerated().filter {
            latest["\($1.name)\u{0}\($1.type.rawValue)\u{0}\($1.article)"] == $0
        }.map(\.element)
        var rows = JSONRows()
        for row in kept {
            rows.beginRow()
            rows.field("name", row.name)
            rows.field("type", row.type.rawValue)
            rows.field("surname", row.surname)
            rows.field("article", row.article)
            rows.field("mentions", row.mentions)
            rows.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO entities (name, type, surname)
            SELECT DISTINCT r->>'name', r->>'type', r->>'surname' FROM jsonb_array_elements($1::jsonb) AS t(r)
            ORDER BY 1, 2
            ON CONFLICT (name, type) DO NOTHING
            """, rows)
        try executeWithRows(
            """
            INSERT INTO entity_mentions (entity_id, article_id, mentions)
            SELECT en.id, r->>'article', (r->>'mentions')::integer
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            JOIN entities en ON en.name = r->>'name' AND en.type = r->>'type'
            ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = excluded.mentions
            """, rows)
    }

    /// Renames people stored by a surname alone (``IngestBatch/renamedPeople``): their mentions join the full
    /// name's entity (added up where an article names both), the bare entity goes, and their quotes take the full
    /// name as speaker (the generated search column follows).
    private func renamePeople(_ renamed: [String: String]) throws {
        var rows = JSONRows()
        for (bare, full) in renamed.sorted(by: { $0.key < $1.key }) {
            rows.beginRow()
            rows.field("from_name", bare)
            rows.field("from_type", EntityType.person.rawValue)
            rows.field("to_name", full)
            rows.field("to_type", EntityType.person.rawValue)
            rows.field("surname", IngestBatch.EntityRow.surname(of: full))
            rows.endRow()
        }
        try mergeEntities(rows)
        try executeWithRows(
            """
            UPDATE quotes q SET speaker = r->>'to_name' FROM jsonb_array_elements($1::jsonb) AS t(r)
            WHERE q.speaker = r->>'from_name'
            """, rows)
    }

    /// Retypes single words stored as people (``IngestBatch/retypedPeople``): their mentions join the entity of
    /// that name and the new type (added up where an article has both), and the person entity goes.
    private func retypePeople(_ retyped: [String: EntityType]) throws {
        var rows = JSONRows()
        for (name, type) in retyped.sorted(by: { $0.key < $1.key }) where type != .person {
            rows.beginRow()
            rows.field("from_name", name)
            rows.field("from_type", EntityType.person.rawValue)
            rows.field("to_name", name)
            rows.field("to_type", type.rawValue)
            rows.field("surname", nil as String?)
            rows.endRow()
        }
        try mergeEntities(rows)
    }

    /// For rows of (`from_name`, `from_type`, `to_name`, `to_type`, `surname`): makes each target entity, moves the
    /// source entity's mentions to it (added up where an article names both) and deletes the source.
    private func mergeEntities(_ rows: JSONRows) throws {
        try executeWithRows(
            """
            INSERT INTO entities (name, type, surname)
            SELECT r->>'to_name', r->>'to_type', r->>'surname' FROM jsonb_array_elements($1::jsonb) AS t(r)
            ORDER BY 1, 2
            ON CONFLICT (name, type) DO NOTHING
            """, rows)
        try executeWithRows(
            """
            INSERT INTO entity_mentions (entity_id, article_id, mentions)
            SELECT target.id, m.article_id, m.mentions FROM jsonb_array_elements($1::jsonb) AS t(r)
            JOIN entities source ON source.name = r->>'from_name' AND source.type = r->>'from_type'
            JOIN entities target ON target.name = r->>'to_name' AND target.type = r->>'to_type'
            JOIN entity_mentions m ON m.entity_id = source.id
            ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = entity_mentions.mentions + excluded.mentions
            """, rows)
        try executeWithRows(
            """
            DELETE FROM entity_mentions m USING jsonb_array_elements($1::jsonb) AS t(r), entities source
            WHERE source.name = r->>'from_name' AND source.type = r->>'from_type' AND m.entity_id = source.id
            """, rows)
        try executeWithRows(
            """
            DELETE FROM entities source USING jsonb_array_elements($1::jsonb) AS t(r)
            WHERE source.name = r->>'from_name' AND source.type = r->>'from_type'
            """, rows)
    }

    /// Upserts events (the last row of an id wins, as with one statement per row) and points their members at them.
    private func writeEvents(_ events: [IngestBatch.EventRow], removed: [String]) throws {
        // Only events whose members the batch can have changed point them at themselves again.
        let membership = Membership(events.map { ($0.event.id, $0.membersChanged ? $0.event.articles : []) })
        var rows = JSONRows()
        for (index, row) in events.enumerated() where membership.isKept(index) {
            rows.beginRow()
            rows.field("id", row.event.id)
            rows.field("seq", row.order)
            rows.field("title", row.event.title)
            rows.field("date", row.event.date?.description)
            rows.field("storyline", row.storyline)
            rows.field("count", row.event.articles.count)
            rows.endRow()
        }
        var members = JSONRows()
        for (article, event) in membership.links {
            members.beginRow()
            members.field("article", article)
            members.field("event", event)
            members.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO events (id, seq, title, date, storyline_id, article_count)
            SELECT r->>'id', (r->>'seq')::integer, r->>'title', (r->>'date')::date, r->>'storyline',
                (r->>'count')::integer
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, title = excluded.title, date = excluded.date,
                storyline_id = excluded.storyline_id, article_count = excluded.article_count
            """, rows)
        try executeWithRows(
            """
            UPDATE articles a SET event_id = r->>'event'
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            WHERE a.id = r->>'article' AND a.event_id IS DISTINCT FROM r->>'event'
            """, members)
        try delete(removed, from: "events", detaching: "articles", column: "event_id")
    }

    /// Upserts storylines (the last row of an id wins) and points their events at them.
    private func writeStorylines(_ storylines: [IngestBatch.StorylineRow], removed: [String]) throws {
        let membership = Membership(storylines.map { ($0.storyline.id, $0.storyline.events) })
        var rows = JSONRows()
        for (index, row) in storylines.enumerated() where membership.isKept(index) {
            rows.beginRow()
            rows.field("id", row.storyline.id)
            rows.field("seq", row.order)
            rows.field("title", row.storyline.title)
            rows.field("from", row.storyline.span?.from.description)
            rows.field("to", row.storyline.span?.to.description)
            rows.field("events", strings: row.storyline.events)
            rows.field("count", row.storyline.events.count)
            rows.endRow()
        }
        var links = JSONRows()
        for (event, storyline) in membership.links {
            links.beginRow()
            links.field("event", event)
            links.field("storyline", storyline)
            links.endRow()
        }
        try executeWithRows(
            """
            INSERT INTO storylines (id, seq, title, span_from, span_to, event_ids, event_count)
            SELECT r->>'id', (r->>'seq')::integer, r->>'title', (r->>'from')::date, (r->>'to')::date, r->'events',
                (r->>'count')::integer
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, title = excluded.title,
                span_from = excluded.span_from, span_to = excluded.span_to, event_ids = excluded.event_ids,
                event_count = excluded.event_count
            """, rows)
        try executeWithRows(
            """
            UPDATE events e SET storyline_id = r->>'storyline'
            FROM jsonb_array_elements($1::jsonb) AS t(r)
            WHERE e.id = r->>'event' AND e.storyline_id IS DISTINCT FROM r->>'storyline'
            """, links)
        try delete(removed, from: "storylines", detaching: "events", column: "storyline_id")
    }

    /// Deletes the groups `ids` from `table` and clears the links to them in `children.column`.
    private func delete(_ ids: [String], from table: String, detaching children: String, column: String) throws {
        guard !ids.isEmpty else { return }
        var delete = SQLStatement()
        delete.append("DELETE FROM \(table) WHERE id = ANY(\(delete.bind(ids.map(PostgresValues.text))))")
        try execute(delete)
        var detach = SQLStatement()
        detach.append(
            "UPDATE \(children) SET \(column) = NULL WHERE \(column) = ANY(\(detach.bind(ids.map(PostgresValues.text))))"
        )
        try execute(detach)
    }

    /// Advances the stored version and token; at a checkpoint, saves the whole state too.
    private func saveState(_ state: AnalysisState, token: String, checkpoint: Bool) throws {
        var statement = SQLStatement()
        let version = statement.bind(state.version)
        let tokenValue = statement.bind(token)
        if checkpoint {
            let seq = statement.bind(Int(state.throughSeq))
            statement.append(
                """
                INSERT INTO analysis_state (id, version, token, checkpoint_seq, copy_index, event_state)
                VALUES (1, \(version), \(tokenValue), \(seq), '', '')
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, token = excluded.token,
                    checkpoint_seq = excluded.checkpoint_seq, updated_at = now()
                """)
            try execute(statement)
            try execute(SQLStatement("DELETE FROM analysis_chunks"))
            for row in try state.checkpointParts(size: chunkSize) {
                var insert = SQLStatement()
                insert.append(
                    """
                    INSERT INTO analysis_chunks (name, part, bytes)
                    VALUES (\(insert.bind(row.name)), \(insert.bind(row.part)), \(insert.bind(bytes: Data(row.bytes))))
                    """)
                try execute(insert)
            }
        } else {
            statement.append(
                """
                UPDATE analysis_state SET version = \(version), token = \(tokenValue), updated_at = now()
                WHERE id = 1
                """)
            guard try execute(statement) == 1 else {
                throw ArchiveError.corruptState(reason: "no saved state to continue from; run the batch again")
            }
        }
        cache.store(AnalysisStateCache.Entry(token: token, state: state))
    }
}
