import PostgresNIO
import StorylineCore
import StorylineStore

/// Decoding rows into archive records, shared by the queries. Dates are selected as `YYYY-MM-DD` text and JSON
/// columns as text, so decoding never depends on session settings.
enum PostgresRows {
    /// Columns of an ``ArticleSummary``, for `FROM articles a LEFT JOIN events e ON e.id = a.event_id`.
    static let articleColumns = """
        a.id AS id, a.title AS title, to_char(a.date, 'YYYY-MM-DD') AS date, a.date_source AS date_source,
        a.source AS source, a.outlet AS outlet, a.url AS url, a.words::bigint AS words, a.event_id AS event_id,
        e.storyline_id AS storyline_id
        """

    /// An article summary from a row selected with ``articleColumns``.
    static func article(_ row: RowReader) throws -> ArticleSummary {
        ArticleSummary(
            id: try row.string("id"), title: try row.optionalString("title"), date: try row.day("date"),
            dateSource: try row.optionalString("date_source").flatMap(DateSource.init(rawValue:)),
            source: try row.string("source"), outlet: try row.optionalString("outlet"),
            url: try row.optionalString("url"), words: try row.int("words"), event: try row.optionalString("event_id"),
            storyline: try row.optionalString("storyline_id"))
    }

    /// Columns of an ``EventSummary`` from `events e`.
    static let eventColumns = """
        e.id AS id, e.title AS title, to_char(e.date, 'YYYY-MM-DD') AS date, e.storyline_id AS storyline_id,
        e.article_count::bigint AS article_count
        """

    /// An event summary from a row selected with ``eventColumns``.
    static func event(_ row: RowReader) throws -> EventSummary {
        EventSummary(
            id: try row.string("id"), title: try row.string("title"), date: try row.day("date"),
            storyline: try row.optionalString("storyline_id"), articleCount: try row.int("article_count"))
    }

    /// Columns of a ``StorylineSummary`` from `storylines s`.
    static let storylineColumns = """
        s.id AS id, s.title AS title, to_char(s.span_from, 'YYYY-MM-DD') AS span_from,
        to_char(s.span_to, 'YYYY-MM-DD') AS span_to, s.event_count::bigint AS event_count,
        (SELECT COALESCE(SUM(article_count), 0)::bigint FROM events WHERE storyline_id = s.id) AS article_count
        """

    /// A storyline summary from a row selected with ``storylineColumns``.
    static func storyline(_ row: RowReader) throws -> StorylineSummary {
        var span: DateRange?
        if let from = try row.day("span_from"), let to = try row.day("span_to") { span = DateRange(from: from, to: to) }
        return StorylineSummary(
            id: try row.string("id"), title: try row.string("title"), span: span,
            eventCount: try row.int("event_count"), articleCount: try row.int("article_count"))
    }

    /// Columns of a date resolution from `articles a`.
    static let resolutionColumns = """
        to_char(a.date, 'YYYY-MM-DD') AS date, a.date_source AS date_source,
        to_char(a.date_from, 'YYYY-MM-DD') AS date_from, to_char(a.date_to, 'YYYY-MM-DD') AS date_to,
        a.date_evidence::text AS date_evidence
        """

    /// A date resolution from a row selected with ``resolutionColumns``.
    static func resolution(_ row: RowReader) throws -> DateResolution {
        var range: DateRange?
        if let from = try row.day("date_from"), let to = try row.day("date_to") {
            range = DateRange(from: from, to: to)
        }
        return DateResolution(
            date: try row.day("date"),
            source: try row.optionalString("date_source").flatMap(DateSource.init(rawValue:)),
            range: range, evidence: try row.json([String].self, "date_evidence") ?? [])
    }

    /// Columns of a ``QuoteRecord`` from `quotes q JOIN articles a ON a.id = q.article_id`.
    static let quoteColumns = """
        q.text AS text, q.speaker AS speaker, q.verb AS verb, q.sentence::bigint AS sentence,
        q.article_id AS article_id, a.title AS title, to_char(a.date, 'YYYY-MM-DD') AS date
        """

    /// A quote from a row selected with ``quoteColumns``.
    static func quote(_ row: RowReader) throws -> QuoteRecord {
        QuoteRecord(
            text: try row.string("text"), speaker: try row.optionalString("speaker"),
            verb: try row.optionalString("verb"), sentence: try row.int("sentence"),
            article: try row.string("article_id"), articleTitle: try row.optionalString("title"),
            date: try row.day("date"))
    }
}
