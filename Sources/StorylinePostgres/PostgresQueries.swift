import Foundation
import Logging
import PostgresNIO
import StorylineCore
import StorylineStore

/// The archive's read queries on one connection, inside one read-only snapshot (see
/// ``PostgresArchiveStore``), with the same results and orders as the SQLite backend.
struct PostgresQueries {
    let connection: PostgresConnection
    let logger: Logger

    /// Marks `ts_headline` puts around matches; control characters never shown as text.
    static let open: Character = "\u{2}"
    static let close: Character = "\u{3}"
    /// `ts_headline` options: one fragment of about 24 words around the best match, marked like SQLite's snippets.
    static let headlineOptions =
        "StartSel=\u{2}, StopSel=\u{3}, MaxWords=24, MinWords=12, ShortWord=3, MaxFragments=1, "
        + "FragmentDelimiter=\" … \""
    /// The same for short fields (titles, speakers): the whole field, every match marked.
    static let shortHeadlineOptions = "StartSel=\u{2}, StopSel=\u{3}, HighlightAll=true"
    /// Text of an article list item (title and text), weighted like the search vector: title above text.
    static let rank = "ts_rank(a.search, query, 1)::float8"

    func rows(_ statement: SQLStatement) async throws -> [RowReader] {
        try await connection.query(statement.query, logger: logger).collect().map(RowReader.init)
    }

    func count(_ statement: SQLStatement) async throws -> Int {
        try await rows(statement).first?.int("count") ?? 0
    }

    func articles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<ArticleSummary> {
        var statement = SQLStatement()
        var conditions = SQLConditions()
        conditions.dateRange("a.date", from: filter.from, to: filter.to, in: &statement)
        if let text = filter.text {
            guard let tsquery = Self.tsquery(SearchTerm.parse(text)) else {
                return Page(items: [], total: 0, request: page)
            }
            let query = statement.bind(tsquery)
            conditions.add("a.search @@ query")
            let from = "articles a CROSS JOIN to_tsquery('english', \(query)) query"
            var counting = statement
            counting.append("SELECT count(*) AS count FROM \(from) \(conditions.whereClause)")
            let total = try await count(counting)
            statement.append(
                """
                SELECT \(PostgresRows.articleColumns) FROM \(from) LEFT JOIN events e ON e.id = a.event_id
                \(conditions.whereClause) ORDER BY \(Self.rank) DESC, a.seq
                LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
                """)
            return Page(items: try await rows(statement).map(PostgresRows.article), total: total, request: page)
        }
        var counting = statement
        counting.append("SELECT count(*) AS count FROM articles a \(conditions.whereClause)")
        let total = try await count(counting)
        statement.append(
            """
            SELECT \(PostgresRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id
            \(conditions.whereClause) ORDER BY a.date DESC NULLS LAST, a.seq DESC
            LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            """)
        return Page(items: try await rows(statement).map(PostgresRows.article), total: total, request: page)
    }

    func articleSummary(id: String) async throws -> ArticleSummary? {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT \(PostgresRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id
            WHERE a.id = \(statement.bind(PostgresValues.text(id)))
            """)
        return try await rows(statement).first.map(PostgresRows.article)
    }

    func article(id: String) async throws -> ArticleDetail? {
        let id = PostgresValues.text(id)
        var statement = SQLStatement()
        statement.append(
            """
            SELECT \(PostgresRows.articleColumns), a.text AS text, \(PostgresRows.resolutionColumns)
            FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = \(statement.bind(id))
            """)
        guard let row = try await rows(statement).first else { return nil }
        let summary = try PostgresRows.article(row)
        let resolution = try PostgresRows.resolution(row)

        var copiesStatement = SQLStatement()
        let placeholder = copiesStatement.bind(id)
        copiesStatement.append(
            """
            SELECT a, b, kind, score, explanation::text AS explanation FROM copies
            WHERE a = \(placeholder) OR b = \(placeholder)
            """)
        var copies: [CopyLink] = []
        for copyRow in try await rows(copiesStatement) {
            let a = try copyRow.string("a")
            let b = try copyRow.string("b")
            guard let other = try await articleSummary(id: a == id ? b : a) else { continue }
            let copy = CopyReport(
                a: a, b: b, kind: CopyKind(rawValue: try copyRow.string("kind")) ?? .near,
                score: try copyRow.double("score"),
                explanation: try copyRow.json(CopyExplanation.self, "explanation") ?? CopyExplanation())
            copies.append(CopyLink(role: a == id ? .copiedBy : .copyOf, other: other, copy: copy))
        }
        copies.sort { ($1.copy.score, $0.other.id) < ($0.copy.score, $1.other.id) }
        let event = try await summary.event.asyncFlatMap { try await eventSummary(id: $0) }
        let storyline = try await event?.storyline.asyncFlatMap { try await storylineSummary(id: $0) }

        var quotesStatement = SQLStatement()
        quotesStatement.append(
            """
            SELECT \(PostgresRows.quoteColumns) FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.article_id = \(quotesStatement.bind(id)) ORDER BY q.sentence, q.id
            """)
        let quotes = try await rows(quotesStatement).map(PostgresRows.quote)

        var entitiesStatement = SQLStatement()
        entitiesStatement.append(
            """
            SELECT en.name AS name, en.type AS type, m.mentions::bigint AS mentions
            FROM entity_mentions m JOIN entities en ON en.id = m.entity_id
            WHERE m.article_id = \(entitiesStatement.bind(id))
            """)
        let entities = try await rows(entitiesStatement).compactMap { row -> EntityMention? in
            guard let type = EntityType(rawValue: try row.string("type")) else { return nil }
            return EntityMention(name: try row.string("name"), type: type, mentions: try row.int("mentions"))
        }
        return ArticleDetail(
            summary: summary, text: try row.string("text"), dateRange: resolution.range,
            dateEvidence: resolution.evidence, copies: copies, event: event, storyline: storyline, quotes: quotes,
            entities: entities.sorted { ($0.type, $0.name) < ($1.type, $1.name) })
    }

    func search(_ query: SearchQuery, page: PageRequest) async throws -> Page<SearchHit> {
        guard let tsquery = Self.tsquery(query.terms) else { return Page(items: [], total: 0, request: page) }
        let wanted = page.offset + page.limit
        var hits: [SearchHit] = []
        var total = 0
        if query.kinds.contains(.article) {
            var statement = SQLStatement()
            var conditions = SQLConditions()
            let from = "articles a CROSS JOIN to_tsquery('english', \(statement.bind(tsquery))) query"
            conditions.add("a.search @@ query")
            conditions.dateRange("a.date", from: query.from, to: query.to, in: &statement)
            if let speaker = query.speaker {
                conditions.add(
                    """
                    EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id
                        AND sq.speaker ILIKE \(statement.bind(Self.contains(speaker))) ESCAPE '\\')
                    """)
            }
            if let entity = query.entity { conditions.add(Self.entityCondition(entity, in: &statement)) }
            var counting = statement
            counting.append("SELECT count(*) AS count FROM \(from) \(conditions.whereClause)")
            total += try await count(counting)
            statement.append(
                """
                SELECT page.*, ts_headline('english', page.text, page.query, \(statement.bind(Self.headlineOptions)))
                        AS snippet,
                    ts_headline('english', coalesce(page.title, ''), page.query,
                        \(statement.bind(Self.shortHeadlineOptions))) AS title_snippet
                FROM (
                    SELECT \(PostgresRows.articleColumns), left(a.text, 100000) AS text, query,
                        \(Self.rank) AS rank, a.seq AS seq
                    FROM \(from) LEFT JOIN events e ON e.id = a.event_id \(conditions.whereClause)
                    ORDER BY rank DESC, a.seq LIMIT \(statement.bind(wanted))
                ) page ORDER BY page.rank DESC, page.seq
                """)
            for row in try await rows(statement) {
                var snippet = Snippet(marked: try row.string("snippet"), open: Self.open, close: Self.close)
                if snippet.matches.isEmpty {
                    snippet = Snippet(marked: try row.string("title_snippet"), open: Self.open, close: Self.close)
                }
                hits.append(
                    SearchHit(
                        kind: .article, article: try PostgresRows.article(row), score: try row.double("rank"),
                        snippet: snippet))
            }
        }
        if query.kinds.contains(.quote) {
            var statement = SQLStatement()
            var conditions = SQLConditions()
            let from = """
                quotes q CROSS JOIN to_tsquery('english', \(statement.bind(tsquery))) query
                JOIN articles a ON a.id = q.article_id
                """
            conditions.add("q.search @@ query")
            conditions.dateRange("a.date", from: query.from, to: query.to, in: &statement)
            if let speaker = query.speaker {
                conditions.add("q.speaker ILIKE \(statement.bind(Self.contains(speaker))) ESCAPE '\\'")
            }
            if let entity = query.entity { conditions.add(Self.entityCondition(entity, in: &statement)) }
            var counting = statement
            counting.append("SELECT count(*) AS count FROM \(from) \(conditions.whereClause)")
            total += try await count(counting)
            statement.append(
                """
                SELECT page.*, ts_headline('english', page.quote_text, page.query,
                        \(statement.bind(Self.headlineOptions))) AS snippet,
                    ts_headline('english', coalesce(page.speaker, ''), page.query,
                        \(statement.bind(Self.shortHeadlineOptions))) AS speaker_snippet
                FROM (
                    SELECT \(PostgresRows.articleColumns), q.text AS quote_text, q.speaker AS speaker, query,
                        ts_rank(q.search, query, 1)::float8 AS rank, q.id AS quote_id
                    FROM \(from) LEFT JOIN events e ON e.id = a.event_id \(conditions.whereClause)
                    ORDER BY rank DESC, q.id LIMIT \(statement.bind(wanted))
                ) page ORDER BY page.rank DESC, page.quote_id
                """)
            for row in try await rows(statement) {
                var snippet = Snippet(marked: try row.string("snippet"), open: Self.open, close: Self.close)
                if snippet.matches.isEmpty {
                    snippet = Snippet(marked: try row.string("speaker_snippet"), open: Self.open, close: Self.close)
                }
                hits.append(
                    SearchHit(
                        kind: .quote, article: try PostgresRows.article(row), score: try row.double("rank"),
                        snippet: snippet, speaker: try row.optionalString("speaker")))
            }
        }
        hits.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            if left.kind != right.kind { return left.kind == .article }
            return left.article.id < right.article.id
        }
        return Page(items: Array(hits.dropFirst(page.offset).prefix(page.limit)), total: total, request: page)
    }

    func eventSummary(id: String) async throws -> EventSummary? {
        var statement = SQLStatement()
        statement.append(
            "SELECT \(PostgresRows.eventColumns) FROM events e WHERE e.id = \(statement.bind(PostgresValues.text(id)))")
        return try await rows(statement).first.map(PostgresRows.event)
    }

    func events(_ filter: EventFilter, page: PageRequest) async throws -> Page<EventSummary> {
        var statement = SQLStatement()
        var conditions = SQLConditions()
        conditions.dateRange("e.date", from: filter.from, to: filter.to, in: &statement)
        if filter.minArticles > 1 { conditions.add("e.article_count >= \(statement.bind(filter.minArticles))") }
        var counting = statement
        counting.append("SELECT count(*) AS count FROM events e \(conditions.whereClause)")
        let total = try await count(counting)
        statement.append(
            """
            SELECT \(PostgresRows.eventColumns) FROM events e \(conditions.whereClause)
            ORDER BY e.date DESC NULLS LAST, e.seq DESC
            LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            """)
        return Page(items: try await rows(statement).map(PostgresRows.event), total: total, request: page)
    }

    func event(id: String, page: PageRequest) async throws -> EventDetail? {
        guard let summary = try await eventSummary(id: id) else { return nil }
        var counting = SQLStatement()
        counting.append("SELECT count(*) AS count FROM articles WHERE event_id = \(counting.bind(summary.id))")
        let total = try await count(counting)
        var statement = SQLStatement()
        statement.append(
            """
            SELECT \(PostgresRows.articleColumns) FROM articles a LEFT JOIN events e ON e.id = a.event_id
            WHERE a.event_id = \(statement.bind(summary.id)) ORDER BY a.date ASC NULLS LAST, a.seq
            LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            """)
        let storyline = try await summary.storyline.asyncFlatMap { try await storylineSummary(id: $0) }
        return EventDetail(
            summary: summary,
            articles: Page(items: try await rows(statement).map(PostgresRows.article), total: total, request: page),
            storyline: storyline)
    }

    func storylineSummary(id: String) async throws -> StorylineSummary? {
        var statement = SQLStatement()
        statement.append(
            """
            SELECT \(PostgresRows.storylineColumns) FROM storylines s
            WHERE s.id = \(statement.bind(PostgresValues.text(id)))
            """)
        return try await rows(statement).first.map(PostgresRows.storyline)
    }

    func storylines(_ filter: StorylineFilter, page: PageRequest) async throws -> Page<StorylineSummary> {
        var statement = SQLStatement()
        var conditions = SQLConditions()
        if filter.minEvents > 1 { conditions.add("s.event_count >= \(statement.bind(filter.minEvents))") }
        var counting = statement
        counting.append("SELECT count(*) AS count FROM storylines s \(conditions.whereClause)")
        let total = try await count(counting)
        statement.append(
            """
            SELECT \(PostgresRows.storylineColumns) FROM (
                SELECT * FROM storylines s \(conditions.whereClause)
                ORDER BY s.event_count DESC, s.span_to DESC NULLS LAST, s.seq
                LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            ) s ORDER BY s.event_count DESC, s.span_to DESC NULLS LAST, s.seq
            """)
        return Page(items: try await rows(statement).map(PostgresRows.storyline), total: total, request: page)
    }

    func storyline(id: String, page: PageRequest) async throws -> StorylineDetail? {
        guard let summary = try await storylineSummary(id: id) else { return nil }
        var counting = SQLStatement()
        counting.append("SELECT count(*) AS count FROM events WHERE storyline_id = \(counting.bind(summary.id))")
        let total = try await count(counting)
        var statement = SQLStatement()
        statement.append(
            """
            SELECT \(PostgresRows.eventColumns) FROM events e WHERE e.storyline_id = \(statement.bind(summary.id))
            ORDER BY e.date ASC NULLS LAST, e.seq
            LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            """)
        return StorylineDetail(
            summary: summary,
            events: Page(items: try await rows(statement).map(PostgresRows.event), total: total, request: page))
    }

    func quotes(speaker: String?, page: PageRequest) async throws -> Page<QuoteRecord> {
        var statement = SQLStatement()
        var conditions = SQLConditions()
        if let speaker, !speaker.allSatisfy(\.isWhitespace) {
            conditions.add("q.speaker ILIKE \(statement.bind(Self.contains(speaker))) ESCAPE '\\'")
        }
        var counting = statement
        counting.append("SELECT count(*) AS count FROM quotes q \(conditions.whereClause)")
        let total = try await count(counting)
        statement.append(
            """
            SELECT \(PostgresRows.quoteColumns) FROM quotes q JOIN articles a ON a.id = q.article_id
            \(conditions.whereClause)
            ORDER BY a.date DESC NULLS LAST, q.article_id, q.sentence, q.id
            LIMIT \(statement.bind(page.limit)) OFFSET \(statement.bind(page.offset))
            """)
        return Page(items: try await rows(statement).map(PostgresRows.quote), total: total, request: page)
    }

    static func entityCondition(_ entity: String, in statement: inout SQLStatement) -> String {
        """
        EXISTS (SELECT 1 FROM entity_mentions m JOIN entities en ON en.id = m.entity_id
            WHERE m.article_id = a.id AND en.name ILIKE \(statement.bind(contains(entity))) ESCAPE '\\')
        """
    }

    /// The `to_tsquery` text for query terms: every term required (`&`), each quoted as one lexeme so that no user
    /// text is an operator, `:*` for a prefix term. Terms hold only letters and digits (``SearchTerm/parse(_:)``).
    static func tsquery(_ terms: [SearchTerm]) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.map { "'\($0.word)'" + ($0.prefix ? ":*" : "") }.joined(separator: " & ")
    }

    /// An ILIKE pattern matching values that contain `text`, its wildcards escaped.
    static func contains(_ text: String) -> String { LikePattern.containing(PostgresValues.text(text)) }
}

extension Optional {
    /// `flatMap` for an async transform.
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
