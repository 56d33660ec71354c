import Foundation
import GRDB
import StorylineCore
import StorylineStore

/// Decoding rows into archive records, shared by the queries.
enum SQLiteRows {
    /// Columns of an ``ArticleSummary``, for `FROM articles a LEFT JOIN events e ON e.id = a.event_id`.
    static let articleColumns = """
        a.id AS id, a.title AS title, a.date AS date, a.date_source AS date_source, a.source AS source,
        a.outlet AS outlet, a.url AS url, a.words AS words, a.event_id AS event_id, e.storyline_id AS storyline_id
        """

    /// An article summary from a row selected with ``articleColumns``.
    static func article(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], title: row["title"], date: day(row["date"]),
            dateSource: (row["date_source"] as String?).flatMap(DateSource.init(rawValue:)), source: row["source"],
            outlet: row["outlet"], url: row["url"], words: row["words"], event: row["event_id"],
            storyline: row["storyline_id"])
    }

    /// Columns of an ``EventSummary`` from `events e`.
    static let eventColumns =
        "e.id AS id, e.title AS title, e.date AS date, e.storyline_id AS storyline_id, "
        + "e.article_count AS article_count"

    /// An event summary from a row selected with ``eventColumns``.
    static func event(_ row: Row) -> EventSummary {
        EventSummary(
            id: row["id"], title: row["title"], date: day(row["date"]), storyline: row["storyline_id"],
            articleCount: row["article_count"])
    }

    /// Columns of a ``StorylineSummary`` from `storylines s`.
    static let storylineColumns = """
        s.id AS id, s.title AS title, s.span_from AS span_from, s.span_to AS span_to, s.event_count AS event_count,
        (SELECT COALESCE(SUM(article_count), 0) FROM events WHERE storyline_id = s.id) AS article_count
        """

    /// A storyline summary from a row selected with ``storylineColumns``.
    static func storyline(_ row: Row) -> StorylineSummary {
        var span: DateRange?
        if let from = day(row["span_from"]), let to = day(row["span_to"]) { span = DateRange(from: from, to: to) }
        return StorylineSummary(
            id: row["id"], title: row["title"], span: span, eventCount: row["event_count"],
            articleCount: row["article_count"])
    }

    /// A date resolution from `date, date_source, date_from, date_to, date_evidence`.
    static func resolution(_ row: Row) -> DateResolution {
        var range: DateRange?
        if let from = day(row["date_from"]), let to = day(row["date_to"]) { range = DateRange(from: from, to: to) }
        return DateResolution(
            date: day(row["date"]), source: (row["date_source"] as String?).flatMap(DateSource.init(rawValue:)),
            range: range, evidence: decode([String].self, row["date_evidence"]) ?? [])
    }

    /// A day from its `YYYY-MM-DD` column.
    static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0) } }

    /// A value as compact JSON text.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// A value decoded from JSON text, or `nil`.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(type, from: Data($0.utf8)) }
    }
}
