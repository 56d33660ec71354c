import Foundation
import Hummingbird

/// JSON responses of the API: sorted keys, dates as `YYYY-MM-DD`, UTF-8.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A response holding `value` as JSON.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The JSON response for an error.
    static func error(_ error: APIError) -> Response {
        let data = (try? encoder.encode(APIError.Envelope(error: error))) ?? Data("{\"error\":{}}".utf8)
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
