import Foundation
import NIOSSL
import PostgresNIO
import StorylineStore

/// Where a PostgreSQL archive lives, parsed from a `postgres://` URL.
///
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME&sslmode=disable|require&host=/socket/dir]`.
/// The archive's tables live in one schema (default `public`), so that several archives, or a test per schema, can
/// share a database. `sslmode=require` demands TLS with a verified certificate; the default (`disable`) suits a
/// server on the same machine or a private network. `host=/dir` connects through the server's Unix socket in `dir`.
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    /// TLS use.
    public enum TLSMode: String, Hashable, Sendable {
        /// Plain TCP.
        case disable
        /// TLS required, certificate verified.
        case require
    }

    /// Server host name or address (TCP).
    public var host: String
    /// Server port.
    public var port: Int
    /// Folder of the server's Unix socket; when set, it is used instead of TCP.
    public var socketDirectory: String?
    /// Role to connect as.
    public var username: String
    /// Password, when the server asks for one.
    public var password: String?
    /// Database name.
    public var database: String
    /// Schema that holds the archive's tables (created when missing).
    public var schema: String
    /// TLS use.
    public var tls: TLSMode

    /// Creates a location.
    public init(
        host: String = "127.0.0.1", port: Int = 5432, socketDirectory: String? = nil, username: String,
        password: String? = nil, database: String, schema: String = "public", tls: TLSMode = .disable
    ) {
        self.host = host
        self.port = port
        self.socketDirectory = socketDirectory
        self.username = username
        self.password = password
        self.database = database
        self.schema = schema
        self.tls = tls
    }

    /// Whether `text` names a PostgreSQL archive (`postgres://` or `postgresql://`) rather than an SQLite file.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL; throws ``ArchiveError/cannotOpen(location:reason:)`` saying what is wrong.
    public init(url text: String) throws {
        func fail(_ reason: String) -> ArchiveError {
            ArchiveError.cannotOpen(location: Self.redact(text), reason: reason)
        }
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw fail("expected postgres://USER@HOST:PORT/DATABASE")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name.lowercased()] = item.value ?? "" }
        let known: Set<String> = ["schema", "sslmode", "host"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("unknown URL parameter `\(unknown)` (known: schema, sslmode, host)")
        }
        let username = components.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? ""
        guard !username.isEmpty else { throw fail("the URL names no user: postgres://USER@HOST/DATABASE") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = path.removingPercentEncoding ?? path
        let schema = query["schema"].flatMap { $0.isEmpty ? nil : $0 } ?? "public"
        guard Self.isIdentifier(schema) else {
            throw fail("schema `\(schema)` must be letters, digits and underscores, not starting with a digit")
        }
        let tls: TLSMode
        switch query["sslmode"]?.lowercased() ?? "disable" {
        case "disable", "allow", "prefer": tls = .disable
        case "require", "verify-ca", "verify-full": tls = .require
        case let other: throw fail("sslmode `\(other)` is not one of disable, require")
        }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw fail("port \(port) is out of range") }
        self.init(
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1", port: port,
            socketDirectory: query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }, username: username,
            password: components.percentEncodedPassword.flatMap { $0.removingPercentEncoding },
            database: database.isEmpty ? username : database, schema: schema, tls: tls)
    }

    /// The URL without its password, for messages.
    public var description: String {
        var text = "postgres://\(username)@\(host):\(port)/\(database)"
        var parameters: [String] = []
        if schema != "public" { parameters.append("schema=\(schema)") }
        if tls == .require { parameters.append("sslmode=require") }
        if let socketDirectory { parameters.append("host=\(socketDirectory)") }
        if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        return text
    }

    /// The same location with another schema.
    public func with(schema: String) -> PostgresLocation {
        var copy = self
        copy.schema = schema
        return copy
    }

    /// The client configuration: connection, TLS, and `search_path` set to the archive's schema on every connection.
    func clientConfiguration(maximumConnections: Int) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password,
                database: database)
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: username, password: password, database: database,
                tls: tls == .require ? .require(.makeClientConfiguration()) : .disable)
        }
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// The configuration of a single connection (opening checks and migrations): the same server, login and
    /// session settings as the pool's, so that a wrong URL fails at once with the server's own message.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketDirectory {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password,
                database: database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database,
                tls: tls == .require
                    ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable)
        }
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// Session settings sent when connecting: the archive's schema first on the search path, plain dates, UTC.
    var startupParameters: [(String, String)] {
        [
            ("search_path", "\"\(schema)\""), ("application_name", "storyline"), ("DateStyle", "ISO, YMD"),
            ("TimeZone", "UTC"),
        ]
    }

    /// Whether `name` is a plain SQL identifier that needs no escaping beyond double quotes.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let allowed = letters.union(CharacterSet(charactersIn: "0123456789"))
        return letters.contains(first) && name.unicodeScalars.allSatisfy(allowed.contains)
    }

    /// `text` with any password replaced by `***`.
    static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
