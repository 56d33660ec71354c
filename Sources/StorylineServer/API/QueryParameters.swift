import Hummingbird
import StorylineCore
import StorylineStore

/// Typed access to a request's query string; a value that cannot be read is a 400 naming the parameter.
struct QueryParameters {
    let request: Request

    /// A text parameter; `nil` when absent or blank.
    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name) else { return nil }
        return value.allSatisfy(\.isWhitespace) ? nil : value
    }

    /// A `YYYY-MM-DD` parameter.
    func day(_ name: String) throws -> Day? {
        guard let text = string(name) else { return nil }
        guard let day = Day(iso: text), text.count == 10 else {
            throw APIError.invalidParameter(name, "expected a date YYYY-MM-DD, got \"\(text.prefix(40))\"")
        }
        return day
    }

    /// A non-negative integer parameter.
    func integer(_ name: String, minimum: Int = 0) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw APIError.invalidParameter(name, "expected an integer ≥ \(minimum), got \"\(text.prefix(40))\"")
        }
        return value
    }

    /// `limit` (1…200, default 20; larger values are clamped to 200) and `offset` (≥ 0).
    func page() throws -> PageRequest {
        PageRequest(
            limit: try integer("limit", minimum: 1) ?? PageRequest.defaultLimit, offset: try integer("offset") ?? 0)
    }
}
