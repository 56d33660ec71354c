import Foundation
import GRDB
import StorylineCore
import StorylineStore

/// The ingest session inside one SQLite write transaction: reads for the planner, and the batch writer.
struct SQLiteWriteSession: ArchiveWriteSession, AnalysisStateLog {
    let db: Database
    /// The last state this process read or wrote, to skip rebuilding it again.
    let cache: AnalysisStateCache
    /// Largest part a checkpoint is saved in (``StateChunks``).
    var chunkSize = StateChunks.defaultSize
    /// Whether the session is a writer's: it takes the state out of the cache to change it in place
    /// (``AnalysisStateCache/take()``) rather than share it with the cache.
    var takesState = false

    /// Most bound values per statement (SQLite allows 32766; stay well below).
    static let chunk = 500

    func existingIDs(_ ids: [String]) throws -> Set<String> {
        try strings("SELECT id FROM articles WHERE id IN", among: ids)
    }

    /// The first column of `select` (a query ending in `IN`) for `values`, asked in chunks of ``chunk`` values.
    private func strings(_ select: String, among values: [String]) throws -> Set<String> {
        var found: Set<String> = []
        for part in values.chunked(Self.chunk) {
            let sql = "\(select) (\(placeholders(part.count)))"
            found.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(part)))
        }
        return found
    }

    func articleIDs(forContentHashes hashes: [String]) throws -> [String: String] {
        var found: [String: String] = [:]
        for part in hashes.chunked(Self.chunk) {
            let sql = "SELECT content_hash, id FROM articles WHERE content_hash IN (\(placeholders(part.count)))"
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)) {
                found[row[0]] = row[1]
            }
        }
        return found
    }

    func article(id: String) throws -> Article? {
        let sql = """
            SELECT id, title, text, explicit_date, date_source, source, url, outlet FROM articles WHERE id = ?
            """
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: sql), arguments: [id]) else { return nil }
        return Self.article(row)
    }

    /// An article as analysed, from a row with the columns that ``article(id:)`` reads.
    static func article(_ row: Row) -> Article {
        let date = (row["explicit_date"] as String?).flatMap { Day(iso: $0) }
        let source = (row["date_source"] as String?).flatMap(DateSource.init(rawValue:))
        return Article(
            id: row["id"], title: row["title"], text: row["text"], date: date,
            dateSource: date == nil ? nil : source,
            source: row["source"], url: row["url"], outlet: row["outlet"])
    }

    func dateResolutions(_ ids: [String]) throws -> [String: DateResolution] {
        var found: [String: DateResolution] = [:]
        for part in ids.chunked(Self.chunk) {
            let sql = """
                SELECT id, date, date_source, date_from, date_to, date_evidence FROM articles
                WHERE id IN (\(placeholders(part.count))) AND (date IS NOT NULL OR date_from IS NOT NULL)
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)) {
                found[row["id"]] = SQLiteRows.resolution(row)
            }
        }
        return found
    }

    func personNames(withSurnames surnames: [String]) throws -> [String: Int] {
        var found: [String: Int] = [:]
        for part in surnames.chunked(Self.chunk) {
            let sql = """
                SELECT en.name, COUNT(m.article_id) FROM entities en
                LEFT JOIN entity_mentions m ON m.entity_id = en.id
                WHERE en.surname IN (\(placeholders(part.count))) AND en.type = 'person'
                GROUP BY en.id
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)) { found[row[0]] = row[1] }
        }
        return found
    }

    func barePersonNames(among names: [String]) throws -> Set<String> {
        try strings("SELECT name FROM entities WHERE type = 'person' AND name IN", among: names)
    }

    func entities(named names: [String]) throws -> [StoredEntity] {
        var found: [StoredEntity] = []
        for part in names.chunked(Self.chunk) {
            let sql = """
                SELECT en.name, en.type, COUNT(m.article_id) FROM entities en
                LEFT JOIN entity_mentions m ON m.entity_id = en.id
                WHERE en.name IN (\(placeholders(part.count))) GROUP BY en.id
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)) {
                guard let type = EntityType(rawValue: row[1]) else { continue }
                found.append(StoredEntity(name: row[0], type: type, articles: row[2]))
            }
        }
        return found
    }

    func articleCount(containingPhrase phrase: String, upTo limit: Int) throws -> Int {
        let quoted = "\"" + phrase.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)"
        return try Int.fetchOne(db, sql: sql, arguments: [quoted, max(0, limit)]) ?? 0
    }

    func analysisStateVersion() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT version FROM analysis_head WHERE id = 1") ?? 0
    }

    func analysisState(options: AnalysisOptions) throws -> AnalysisState {
        try StateReplay.current(in: self, cache: cache, options: options, taking: takesState)
    }

    func stateHead() throws -> StateHead? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT version, token, checkpoint_seq FROM analysis_head WHERE id = 1")
        else { return nil }
        return StateHead(version: row["version"], token: row["token"], checkpointSeq: row["checkpoint_seq"])
    }

    func checkpointState() throws -> AnalysisState {
        var parts: [String: [[UInt8]]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT name, bytes FROM analysis_chunks ORDER BY name, part")
        while let row = try rows.next() { parts[row["name"], default: []].append(Array(row["bytes"] as Data)) }
        return try AnalysisState(checkpointParts: parts)
    }

    func batchCommitted(token: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM ingest_batches WHERE token = ?)", arguments: [token])
            ?? false
    }

    func articles(after seq: Int64, limit: Int) throws -> [(seq: Int64, article: Article)] {
        let sql = """
            SELECT seq, id, title, text, explicit_date, date_source, source, url, outlet FROM articles
            WHERE seq > ? ORDER BY seq LIMIT ?
            """
        return try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: [seq, limit]).map {
            (seq: $0["seq"], article: Self.article($0))
        }
    }

    func apply(_ batch: IngestBatch) throws {
        guard !batch.isEmpty else { return }
        if let base = batch.basedOnVersion {
            let stored = try Int.fetchOne(db, sql: "SELECT version FROM analysis_head WHERE id = 1") ?? 0
            guard stored == base else { throw ArchiveError.stateConflict(expected: base, found: stored) }
        }
        // A fresh token per batch: a cached state is reused as is only while the stored token is its own, and
        // replayed from only when its token is a committed batch's, so a rolled-back batch's state is never used.
        let token = UUID().uuidString
        try db.execute(
            sql: "INSERT INTO ingest_batches (articles, token) VALUES (?, ?)", arguments: [batch.articles.count, token])
        let batchID = db.lastInsertedRowID
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
            state.throughSeq = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM articles") ?? 0
            try saveState(state, token: token, checkpoint: batch.checkpoint)
        }
    }

    private func insertArticles(_ articles: [IngestBatch.NewArticle], batch: Int64) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO articles (id, title, text, explicit_date, date, date_source, date_from, date_to,
                    date_evidence, source, url, outlet, words, content_hash, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for row in articles {
            let article = row.article
            let values: [(any DatabaseValueConvertible)?] = [
                article.id, article.title, article.text, article.date?.description, row.date?.date?.description,
                row.date?.source?.rawValue, row.date?.range?.from.description, row.date?.range?.to.description,
                try SQLiteRows.json(row.date?.evidence ?? []), article.source, article.url, article.outlet, row.words,
                row.contentHash, batch,
            ]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    /// Writes inferred dates of stored articles that still have none (another writer may have dated them since).
    private func dateStoredArticles(_ redated: [String: DateResolution]) throws {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE articles SET date = ?, date_source = ?, date_from = ?, date_to = ?, date_evidence = ?
                WHERE id = ? AND date IS NULL
                """)
        for (id, resolution) in redated.sorted(by: { $0.key < $1.key }) {
            let values: [(any DatabaseValueConvertible)?] = [
                resolution.date?.description, resolution.source?.rawValue, resolution.range?.from.description,
                resolution.range?.to.description, try SQLiteRows.json(resolution.evidence), id,
            ]
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    private func insertCopies(_ copies: [CopyReport]) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO copies (a, b, kind, score, explanation) VALUES (?, ?, ?, ?, ?)")
        for copy in copies {
            try statement.execute(
                arguments: [copy.a, copy.b, copy.kind.rawValue, copy.score, try SQLiteRows.json(copy.explanation)])
        }
    }

    private func insertQuotes(_ quotes: [QuoteReport]) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO quotes (article_id, sentence, text, speaker, verb) VALUES (?, ?, ?, ?, ?)")
        for quote in quotes {
            try statement.execute(arguments: [quote.article, quote.sentence, quote.text, quote.speaker, quote.verb])
        }
    }

    private func insertEntities(_ rows: [IngestBatch.EntityRow]) throws {
        let upsert = try db.cachedStatement(
            sql: "INSERT INTO entities (name, type, surname) VALUES (?, ?, ?) ON CONFLICT (name, type) DO NOTHING")
        let mention = try db.cachedStatement(
            sql: """
                INSERT INTO entity_mentions (entity_id, article_id, mentions)
                VALUES ((SELECT id FROM entities WHERE name = ? AND type = ?), ?, ?)
                ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = excluded.mentions
                """)
        for row in rows {
            try upsert.execute(arguments: [row.name, row.type.rawValue, row.surname])
            try mention.execute(arguments: [row.name, row.type.rawValue, row.article, row.mentions])
        }
    }

    /// Renames people stored by a surname alone (``IngestBatch/renamedPeople``): their mentions join the full
    /// name's entity (added up where an article names both), the bare entity goes, and their quotes take the full
    /// name as speaker, in the quotes' search index too.
    private func renamePeople(_ renamed: [String: String]) throws {
        let entityID = "SELECT id FROM entities WHERE name = ? AND type = 'person'"
        for (bare, full) in renamed.sorted(by: { $0.key < $1.key }) {
            guard let from = try Int64.fetchOne(db, sql: entityID, arguments: [bare]) else { continue }
            try db.execute(
                sql: """
                    INSERT INTO entities (name, type, surname) VALUES (?, 'person', ?)
                    ON CONFLICT (name, type) DO NOTHING
                    """, arguments: [full, IngestBatch.EntityRow.surname(of: full)])
            guard let to = try Int64.fetchOne(db, sql: entityID, arguments: [full]) else { continue }
            try mergeEntity(from, into: to)
            // The speaker index compares without case; the exact name is checked after it.
            let quotes = try Int64.fetchAll(
                db, sql: "SELECT id FROM quotes WHERE speaker = ? COLLATE NOCASE AND speaker = ?",
                arguments: [bare, bare])
            for id in quotes {
                try db.execute(
                    sql: """
                        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
                        SELECT 'delete', id, text, speaker FROM quotes WHERE id = ?
                        """, arguments: [id])
                try db.execute(sql: "UPDATE quotes SET speaker = ? WHERE id = ?", arguments: [full, id])
                try db.execute(
                    sql: """
                        INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes WHERE id = ?
                        """, arguments: [id])
            }
        }
    }

    /// Retypes single words stored as people (``IngestBatch/retypedPeople``): their mentions join the entity of
    /// that name and the new type (added up where an article has both), and the person entity goes.
    private func retypePeople(_ retyped: [String: EntityType]) throws {
        let entityID = "SELECT id FROM entities WHERE name = ? AND type = ?"
        for (name, type) in retyped.sorted(by: { $0.key < $1.key }) where type != .person {
            guard let from = try Int64.fetchOne(db, sql: entityID, arguments: [name, "person"]) else { continue }
            try db.execute(
                sql: "INSERT INTO entities (name, type) VALUES (?, ?) ON CONFLICT (name, type) DO NOTHING",
                arguments: [name, type.rawValue])
            guard let to = try Int64.fetchOne(db, sql: entityID, arguments: [name, type.rawValue]) else { continue }
            try mergeEntity(from, into: to)
        }
    }

    /// Moves entity `from`'s mentions to entity `to` (added up where an article names both) and deletes `from`.
    private func mergeEntity(_ from: Int64, into to: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO entity_mentions (entity_id, article_id, mentions)
                SELECT ?, article_id, mentions FROM entity_mentions WHERE entity_id = ?
                ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = mentions + excluded.mentions
                """, arguments: [to, from])
        try db.execute(sql: "DELETE FROM entity_mentions WHERE entity_id = ?", arguments: [from])
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [from])
    }

    private func writeEvents(_ rows: [IngestBatch.EventRow], removed: [String]) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO events (id, seq, title, date, storyline_id, article_count) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, title = excluded.title, date = excluded.date,
                    storyline_id = excluded.storyline_id, article_count = excluded.article_count
                """)
        for row in rows {
            let event = row.event
            try upsert.execute(
                arguments: [
                    event.id, row.order, event.title, event.date?.description, row.storyline, event.articles.count,
                ])
            guard row.membersChanged else { continue }
            for part in event.articles.chunked(Self.chunk) {
                let sql = """
                    UPDATE articles SET event_id = ? WHERE id IN (\(placeholders(part.count))) AND event_id IS NOT ?
                    """
                try db.execute(sql: sql, arguments: StatementArguments([event.id] + part + [event.id]))
            }
        }
        for id in removed {
            try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE articles SET event_id = NULL WHERE event_id = ?", arguments: [id])
        }
    }

    private func writeStorylines(_ rows: [IngestBatch.StorylineRow], removed: [String]) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO storylines (id, seq, title, span_from, span_to, event_ids, event_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, title = excluded.title,
                    span_from = excluded.span_from, span_to = excluded.span_to, event_ids = excluded.event_ids,
                    event_count = excluded.event_count
                """)
        for row in rows {
            let storyline = row.storyline
            try upsert.execute(
                arguments: [
                    storyline.id, row.order, storyline.title, storyline.span?.from.description,
                    storyline.span?.to.description, try SQLiteRows.json(storyline.events), storyline.events.count,
                ])
            for part in storyline.events.chunked(Self.chunk) {
                let sql = """
                    UPDATE events SET storyline_id = ? WHERE id IN (\(placeholders(part.count)))
                    AND storyline_id IS NOT ?
                    """
                try db.execute(sql: sql, arguments: StatementArguments([storyline.id] + part + [storyline.id]))
            }
        }
        for id in removed {
            try db.execute(sql: "DELETE FROM storylines WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE events SET storyline_id = NULL WHERE storyline_id = ?", arguments: [id])
        }
    }

    /// Advances the stored version and token; at a checkpoint, saves the whole state too.
    private func saveState(_ state: AnalysisState, token: String, checkpoint: Bool) throws {
        if checkpoint {
            try db.execute(sql: "DELETE FROM analysis_chunks")
            let insert = try db.cachedStatement(sql: "INSERT INTO analysis_chunks (name, part, bytes) VALUES (?, ?, ?)")
            for row in try state.checkpointParts(size: chunkSize) {
                try insert.execute(arguments: [row.name, row.part, Data(row.bytes)])
            }
            try db.execute(
                sql: """
                    INSERT INTO analysis_head (id, version, token, checkpoint_seq) VALUES (1, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET version = excluded.version, token = excluded.token,
                        checkpoint_seq = excluded.checkpoint_seq
                    """,
                arguments: [state.version, token, state.throughSeq])
        } else {
            try db.execute(
                sql: "UPDATE analysis_head SET version = ?, token = ? WHERE id = 1", arguments: [state.version, token])
            guard db.changesCount == 1 else {
                throw ArchiveError.corruptState(reason: "no saved state to continue from; run the batch again")
            }
        }
        cache.store(AnalysisStateCache.Entry(token: token, state: state))
    }

    private func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

extension Array {
    /// The array cut into consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
