import Hummingbird

/// An error the API reports to its client as JSON: `{"error": {"code": …, "message": …, "details": […]}}`.
public struct APIError: Error, Sendable, Hashable, Codable {
    /// The HTTP status code.
    public var status: Int
    /// A stable, machine-readable code (`invalid_json`, `missing_text`, `body_too_large`, …).
    public var code: String
    /// What went wrong and what to do, for people.
    public var message: String
    /// Per-record problems (line numbers of a JSON Lines body), when there are several.
    public var details: [String]?

    /// Creates an error.
    public init(status: HTTPResponse.Status, code: String, message: String, details: [String]? = nil) {
        self.status = status.code
        self.code = code
        self.message = message
        self.details = details.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// 404 for an unknown id.
    static func notFound(_ what: String, _ id: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: "no \(what) with id \"\(id)\"")
    }

    /// 400 for a query parameter that cannot be read.
    static func invalidParameter(_ name: String, _ message: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_parameter", message: "parameter \"\(name)\": \(message)")
    }

    /// The JSON document sent to the client.
    struct Envelope: Codable { var error: APIError }

    private enum CodingKeys: String, CodingKey { case code, message, details }

    /// Decodes the `error` object of an error response (the status is not part of the body).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = 0
        code = try container.decode(String.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        details = try container.decodeIfPresent([String].self, forKey: .details)
    }

    /// Encodes `code`, `message` and `details` (when any).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(details, forKey: .details)
    }
}
