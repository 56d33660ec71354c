import Hummingbird
import Logging
import StorylineStore

/// Turns every failure into a proper answer: JSON `{"error": {code, message}}` under `/api/`, an HTML page
/// elsewhere. Unexpected errors become a 500 whose details go to the log, not to the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = translate(error, request: request)
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
                return JSONResponse.error(apiError)
            }
            return Layout.page(
                title: "Error \(apiError.status)", status: HTTPResponse.Status(code: apiError.status),
                body:
                    "<h1>Error \(apiError.status)</h1><p>\(apiError.message)</p><p><a href=\"/\">Back to the archive</a></p>"
            )
        }
    }

    private func translate(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError:
            let code: String
            switch error.status {
            case .notFound: code = "not_found"
            case .methodNotAllowed: code = "method_not_allowed"
            case .contentTooLarge: code = "body_too_large"
            default: code = "http_\(error.status.code)"
            }
            let message =
                error.status == .notFound
                ? "no route \(request.method.rawValue) \(request.uri.path); see /api/openapi.json"
                : (error.body ?? error.status.reasonPhrase)
            return APIError(status: error.status, code: code, message: message)
        case let error as any HTTPResponseError:
            return APIError(status: error.status, code: "http_\(error.status.code)", message: error.status.reasonPhrase)
        case ArchiveError.invalidRequest(let message):
            return APIError(status: .badRequest, code: "invalid_request", message: message)
        default:
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return APIError(
                status: .internalServerError, code: "internal", message: "the archive failed; see the server log")
        }
    }
}
