import Foundation
import GRDB
import StorylineCore
import StorylineStore

/// The archive's read queries on one SQLite connection.
struct SQLiteQueries {
    let db: Database

    /// Marks SQLite's `snippet()` puts around matches; control characters never shown as text.
    static let open: Character = "\u{2}"
    static let close: Character = "\u{3}"

    func articles(_ filter: ArticleFilter, page: PageRequest) throws -> Page<ArticleSummary> {
        var conditions = Conditions()
        conditions.dateRange(column: "a.date", from: filter.from, to: filter.to)
        if let text = filter.text {
            guard let match = Self.match(SearchTerm.parse(text)) else {
                return Page(items: [], total: 0, request: page)
            }
            conditions.add("articles_fts MATCH ?", match)
            let from =
                "articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN events e ON e.id = a.event_id"
            return try self.page(
                counting: "\(from) \(conditions.whereClause)",
                select: """
                    SELECT \(SQLiteRows.articleColumns) FROM \(from) \(conditions.whereClause)
                    ORDER BY bm25(articles_fts, 3.0, 1.0), a.seq LIMIT ? OFFSET ?
                    """, arguments: conditions.arguments, page: page, SQLiteRows.article)
        }
        return try self.page(
            counting: "articles a \(conditions.whereClause)",
            select: """
                SELECT \(SQLiteRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id
                \(conditions.whereClause) ORDER BY a.date DESC, a.seq DESC LIMIT ? OFFSET ?
                """, arguments: conditions.arguments, page: page, SQLiteRows.article)
    }

    func articleSummary(id: String) throws -> ArticleSummary? {
        try Row.fetchOne(
            db,
            sql:
                "SELECT \(SQLiteRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = ?",
            arguments: [id]
        ).map(SQLiteRows.article)
    }

    func article(id: String) throws -> ArticleDetail? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT \(SQLiteRows.articleColumns), a.text AS text, a.date_from AS date_from,
                        a.date_to AS date_to, a.date_evidence AS date_evidence
                    FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = ?
                    """, arguments: [id])
        else { return nil }
        let summary = SQLiteRows.article(row)
        let resolution = SQLiteRows.resolution(row)
        var copies: [CopyLink] = []
        for copyRow in try Row.fetchAll(
            db, sql: "SELECT a, b, kind, score, explanation FROM copies WHERE a = ? OR b = ?", arguments: [id, id])
        {
            let a: String = copyRow["a"]
            let b: String = copyRow["b"]
            guard let other = try articleSummary(id: a == id ? b : a) else { continue }
            let copy = CopyReport(
                a: a, b: b, kind: CopyKind(rawValue: copyRow["kind"]) ?? .near, score: copyRow["score"],
                explanation: SQLiteRows.decode(CopyExplanation.self, copyRow["explanation"]) ?? CopyExplanation())
            copies.append(CopyLink(role: a == id ? .copiedBy : .copyOf, other: other, copy: copy))
        }
        copies.sort { ($1.copy.score, $0.other.id) < ($0.copy.score, $1.other.id) }
        let event = try summary.event.flatMap { try eventSummary(id: $0) }
        let storyline = try event?.storyline.flatMap { try storylineSummary(id: $0) }
        let quotes = try Row.fetchAll(
            db,
            sql: """
                SELECT q.text, q.speaker, q.verb, q.sentence, q.article_id, a.title, a.date FROM quotes q
                JOIN articles a ON a.id = q.article_id WHERE q.article_id = ? ORDER BY q.sentence, q.id
                """, arguments: [id]
        ).map(Self.quote)
        let entities = try Row.fetchAll(
            db,
            sql: """
                SELECT en.name, en.type, m.mentions FROM entity_mentions m JOIN entities en ON en.id = m.entity_id
                WHERE m.article_id = ? ORDER BY en.type, en.name
                """, arguments: [id]
        ).compactMap { row -> EntityMention? in
            guard let type = EntityType(rawValue: row[1]) else { return nil }
            return EntityMention(name: row[0], type: type, mentions: row[2])
        }
        return ArticleDetail(
            summary: summary, text: row["text"], dateRange: resolution.range, dateEvidence: resolution.evidence,
            copies: copies, event: event, storyline: storyline, quotes: quotes,
            entities: entities.sorted { ($0.type, $0.name) < ($1.type, $1.name) })
    }

    func search(_ query: SearchQuery, page: PageRequest) throws -> Page<SearchHit> {
        guard let match = Self.match(query.terms) else { return Page(items: [], total: 0, request: page) }
        let wanted = page.offset + page.limit
        var hits: [SearchHit] = []
        var total = 0
        if query.kinds.contains(.article) {
            var conditions = Conditions()
            conditions.add("articles_fts MATCH ?", match)
            conditions.dateRange(column: "a.date", from: query.from, to: query.to)
            if let speaker = query.speaker {
                conditions.add(
                    "EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND sq.speaker LIKE ? ESCAPE '\\')",
                    Self.contains(speaker))
            }
            if let entity = query.entity { conditions.add(Self.entityCondition, Self.contains(entity)) }
            let from =
                "articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN events e ON e.id = a.event_id"
            total += try count("\(from) \(conditions.whereClause)", arguments: conditions.arguments)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SQLiteRows.articleColumns), bm25(articles_fts, 3.0, 1.0) AS rank,
                        snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snippet
                    FROM \(from) \(conditions.whereClause) ORDER BY rank, a.seq LIMIT ?
                    """,
                arguments: conditions.arguments + [wanted])
            hits += rows.map { row in
                SearchHit(
                    kind: .article, article: SQLiteRows.article(row), score: -(row["rank"] as Double),
                    snippet: Snippet(marked: row["snippet"], open: Self.open, close: Self.close))
            }
        }
        if query.kinds.contains(.quote) {
            var conditions = Conditions()
            conditions.add("quotes_fts MATCH ?", match)
            conditions.dateRange(column: "a.date", from: query.from, to: query.to)
            if let speaker = query.speaker { conditions.add("q.speaker LIKE ? ESCAPE '\\'", Self.contains(speaker)) }
            if let entity = query.entity { conditions.add(Self.entityCondition, Self.contains(entity)) }
            let from = """
                quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
                LEFT JOIN events e ON e.id = a.event_id
                """
            total += try count("\(from) \(conditions.whereClause)", arguments: conditions.arguments)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SQLiteRows.articleColumns), q.speaker AS speaker, bm25(quotes_fts, 1.0, 0.5) AS rank,
                        snippet(quotes_fts, -1, char(2), char(3), '…', 24) AS snippet
                    FROM \(from) \(conditions.whereClause) ORDER BY rank, q.id LIMIT ?
                    """,
                arguments: conditions.arguments + [wanted])
            hits += rows.map { row in
                SearchHit(
                    kind: .quote, article: SQLiteRows.article(row), score: -(row["rank"] as Double),
                    snippet: Snippet(marked: row["snippet"], open: Self.open, close: Self.close),
                    speaker: row["speaker"])
            }
        }
        hits.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            if left.kind != right.kind { return left.kind == .article }
            return left.article.id < right.article.id
        }
        return Page(items: Array(hits.dropFirst(page.offset).prefix(page.limit)), total: total, request: page)
    }

    func eventSummary(id: String) throws -> EventSummary? {
        try Row.fetchOne(db, sql: "SELECT \(SQLiteRows.eventColumns) FROM events e WHERE e.id = ?", arguments: [id])
            .map(SQLiteRows.event)
    }

    func events(_ filter: EventFilter, page: PageRequest) throws -> Page<EventSummary> {
        var conditions = Conditions()
        conditions.dateRange(column: "e.date", from: filter.from, to: filter.to)
        if filter.minArticles > 1 { conditions.add("e.article_count >= ?", filter.minArticles) }
        return try self.page(
            counting: "events e \(conditions.whereClause)",
            select: """
                SELECT \(SQLiteRows.eventColumns) FROM events e \(conditions.whereClause)
                ORDER BY e.date DESC, e.seq DESC LIMIT ? OFFSET ?
                """, arguments: conditions.arguments, page: page, SQLiteRows.event)
    }

    func event(id: String, page: PageRequest) throws -> EventDetail? {
        guard let summary = try eventSummary(id: id) else { return nil }
        let articles = try self.page(
            counting: "articles a WHERE a.event_id = ?",
            select: """
                SELECT \(SQLiteRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id
                WHERE a.event_id = ? ORDER BY a.date IS NULL, a.date, a.seq LIMIT ? OFFSET ?
                """, arguments: [id], page: page, SQLiteRows.article)
        let storyline = try summary.storyline.flatMap { try storylineSummary(id: $0) }
        return EventDetail(summary: summary, articles: articles, storyline: storyline)
    }

    func storylineSummary(id: String) throws -> StorylineSummary? {
        try Row.fetchOne(
            db, sql: "SELECT \(SQLiteRows.storylineColumns) FROM storylines s WHERE s.id = ?", arguments: [id]
        ).map(SQLiteRows.storyline)
    }

    func storylines(_ filter: StorylineFilter, page: PageRequest) throws -> Page<StorylineSummary> {
        var conditions = Conditions()
        if filter.minEvents > 1 { conditions.add("s.event_count >= ?", filter.minEvents) }
        return try self.page(
            counting: "storylines s \(conditions.whereClause)",
            select: """
                SELECT \(SQLiteRows.storylineColumns) FROM (
                    SELECT * FROM storylines s \(conditions.whereClause)
                    ORDER BY s.event_count DESC, s.span_to DESC, s.seq LIMIT ? OFFSET ?
                ) s ORDER BY s.event_count DESC, s.span_to DESC, s.seq
                """, arguments: conditions.arguments, page: page, SQLiteRows.storyline)
    }

    func storyline(id: String, page: PageRequest) throws -> StorylineDetail? {
        guard let summary = try storylineSummary(id: id) else { return nil }
        let events = try self.page(
            counting: "events e WHERE e.storyline_id = ?",
            select: """
                SELECT \(SQLiteRows.eventColumns) FROM events e WHERE e.storyline_id = ?
                ORDER BY e.date IS NULL, e.date, e.seq LIMIT ? OFFSET ?
                """, arguments: [id], page: page, SQLiteRows.event)
        return StorylineDetail(summary: summary, events: events)
    }

    func quotes(speaker: String?, page: PageRequest) throws -> Page<QuoteRecord> {
        var conditions = Conditions()
        if let speaker, !speaker.allSatisfy(\.isWhitespace) {
            conditions.add("q.speaker LIKE ? ESCAPE '\\'", Self.contains(speaker))
        }
        return try self.page(
            counting: "quotes q \(conditions.whereClause)",
            select: """
                SELECT q.text, q.speaker, q.verb, q.sentence, q.article_id, a.title, a.date FROM quotes q
                JOIN articles a ON a.id = q.article_id \(conditions.whereClause)
                ORDER BY a.date DESC, q.article_id, q.sentence, q.id LIMIT ? OFFSET ?
                """, arguments: conditions.arguments, page: page, Self.quote)
    }

    /// One page of a listing and the number of rows the whole listing holds, which the page's `total` reports.
    /// `counting` is what follows `SELECT COUNT(*) FROM` (tables and WHERE clause); `select` ends in
    /// `LIMIT ? OFFSET ?`, whose values follow `arguments`; both statements share `arguments`.
    func page<Item>(
        counting: String, select: String, arguments: StatementArguments, page: PageRequest, _ item: (Row) -> Item
    ) throws -> Page<Item> {
        let total = try count(counting, arguments: arguments)
        let rows = try Row.fetchAll(db, sql: select, arguments: arguments + [page.limit, page.offset])
        return Page(items: rows.map(item), total: total, request: page)
    }

    /// The number of rows `SELECT COUNT(*) FROM counting` finds.
    func count(_ counting: String, arguments: StatementArguments) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(counting)", arguments: arguments) ?? 0
    }

    static func quote(_ row: Row) -> QuoteRecord {
        QuoteRecord(
            text: row[0], speaker: row[1], verb: row[2], sentence: row[3], article: row[4], articleTitle: row[5],
            date: SQLiteRows.day(row[6]))
    }

    static let entityCondition = """
        EXISTS (SELECT 1 FROM entity_mentions m JOIN entities en ON en.id = m.entity_id
            WHERE m.article_id = a.id AND en.name LIKE ? ESCAPE '\\')
        """

    /// The FTS5 expression for query terms: every term required, each quoted (so no user text is an operator).
    static func match(_ terms: [SearchTerm]) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"\($0.word)\"" + ($0.prefix ? "*" : "") }.joined(separator: " ")
    }

    /// A LIKE pattern matching values that contain `text`, its wildcards escaped.
    static func contains(_ text: String) -> String { LikePattern.containing(text) }
}

/// WHERE conditions with their arguments, built up one by one.
struct Conditions {
    private var parts: [String] = []
    private(set) var arguments = StatementArguments()

    mutating func add(_ sql: String, _ values: (any DatabaseValueConvertible)?...) {
        parts.append(sql)
        arguments += StatementArguments(values)
    }

    mutating func dateRange(column: String, from: Day?, to: Day?) {
        if let from { add("\(column) >= ?", from.description) }
        if let to { add("\(column) <= ?", to.description) }
    }

    var whereClause: String { parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND ") }
}
