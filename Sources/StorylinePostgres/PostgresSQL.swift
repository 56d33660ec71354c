import Foundation
import NIOCore
import PostgresNIO
import StorylineCore

/// A statement built piece by piece: SQL text with `$n` placeholders and their values, never user text in the SQL.
struct SQLStatement {
    private(set) var sql = ""
    private(set) var binds = PostgresBindings()

    init(_ sql: String = "") { self.sql = sql }

    /// Appends SQL text.
    mutating func append(_ text: String) { sql += text }

    /// Adds a value and returns its placeholder (`$n`).
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Adds an optional value (SQL NULL for `nil`) and returns its placeholder.
    mutating func bind(_ value: (some PostgresDynamicTypeEncodable)?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Adds bytes (a `bytea` value) and returns its placeholder.
    mutating func bind(bytes: Data) -> String {
        binds.append(ByteBuffer(bytes: bytes))
        return "$\(binds.count)"
    }

    /// The statement for PostgresNIO.
    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}

/// WHERE conditions whose values are bound into a shared ``SQLStatement``.
struct SQLConditions {
    private(set) var parts: [String] = []

    mutating func add(_ sql: String) { parts.append(sql) }

    /// `column >= from` and `column <= to` for the bounds that are set.
    mutating func dateRange(_ column: String, from: Day?, to: Day?, in statement: inout SQLStatement) {
        if let from { add("\(column) >= \(statement.bind(from.description))::date") }
        if let to { add("\(column) <= \(statement.bind(to.description))::date") }
    }

    var whereClause: String { parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND ") }
}

/// Typed access to a result row's columns by name.
struct RowReader {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func string(_ column: String) throws -> String { try row[column].decode(String.self) }
    func optionalString(_ column: String) throws -> String? { try row[column].decode(String?.self) }
    func int(_ column: String) throws -> Int { try row[column].decode(Int.self) }
    func double(_ column: String) throws -> Double { try row[column].decode(Double.self) }
    func data(_ column: String) throws -> Data { try row[column].decode(Data.self) }
    /// A `date` column selected as `to_char(…, 'YYYY-MM-DD')` text.
    func day(_ column: String) throws -> Day? { try optionalString(column).flatMap { Day(iso: $0) } }
    /// A `jsonb` column selected as text, decoded.
    func json<T: Decodable>(_ type: T.Type, _ column: String) throws -> T? {
        try optionalString(column).flatMap { try? JSONDecoder().decode(type, from: Data($0.utf8)) }
    }
}

/// Encoding values for PostgreSQL.
enum PostgresValues {
    /// Text PostgreSQL accepts: it stores no NUL character, so NUL becomes U+FFFD (the only change ever made).
    static func text(_ value: String) -> String {
        value.contains("\u{0}") ? value.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : value
    }

    /// An optional text, cleaned like ``text(_:)``.
    static func text(_ value: String?) -> String? { value.map(text) }
}
