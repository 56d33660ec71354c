import Foundation
import Hummingbird
import Logging
import StorylineCore
import StorylineStore

/// One route of the JSON API: what the router serves and what the OpenAPI document lists, from one table.
public struct APIRoute: Sendable, Hashable {
    /// `GET` or `POST`.
    public var method: String
    /// OpenAPI path template, e.g. `/api/articles/{id}`.
    public var path: String
    /// One line on what it does.
    public var summary: String

    /// The path in the router's syntax (`:id`).
    var routerPath: String { path.replacingOccurrences(of: "{id}", with: ":id") }
}

/// The JSON API over an archive.
struct APIRoutes: Sendable {
    let store: any ArchiveStore
    let ingestor: ArchiveIngestor
    let gate: IngestGate
    let maxBodyBytes: Int
    let logger: Logger

    /// Every route, in the order the OpenAPI document lists them.
    static let routes: [APIRoute] = [
        APIRoute(method: "GET", path: "/api/articles", summary: "List articles, newest first, or matching q"),
        APIRoute(method: "POST", path: "/api/articles", summary: "Add articles (JSON object, array or JSON Lines)"),
        APIRoute(method: "GET", path: "/api/articles/{id}", summary: "One article with copies, event, quotes"),
        APIRoute(method: "GET", path: "/api/events", summary: "List events, newest first"),
        APIRoute(method: "GET", path: "/api/events/{id}", summary: "One event with its articles"),
        APIRoute(method: "GET", path: "/api/storylines", summary: "List storylines, most events first"),
        APIRoute(method: "GET", path: "/api/storylines/{id}", summary: "One storyline with its events in date order"),
        APIRoute(method: "GET", path: "/api/quotes", summary: "List quotes, optionally by speaker"),
        APIRoute(method: "GET", path: "/api/search", summary: "Full-text search over articles and quotes"),
        APIRoute(method: "GET", path: "/api/compare", summary: "Two articles side by side: copy verdict, same story"),
        APIRoute(method: "GET", path: "/api/stats", summary: "Counts of what the archive holds"),
        APIRoute(method: "GET", path: "/api/openapi.json", summary: "This API's OpenAPI 3.1 document"),
    ]

    func register(on router: Router<BasicRequestContext>) {
        for route in Self.routes {
            let method: HTTPRequest.Method = route.method == "POST" ? .post : .get
            router.on(RouterPath(route.routerPath), method: method) { request, context in
                try await self.respond(route, request: request, context: context)
            }
        }
    }

    private func respond(_ route: APIRoute, request: Request, context: BasicRequestContext) async throws -> Response {
        let query = QueryParameters(request: request)
        switch (route.method, route.path) {
        case ("GET", "/api/articles"):
            let filter = ArticleFilter(text: query.string("q"), from: try query.day("from"), to: try query.day("to"))
            return try JSONResponse.make(try await store.articles(filter, page: try query.page()))
        case ("POST", "/api/articles"):
            return try await ingest(request)
        case ("GET", "/api/articles/{id}"):
            let id = try pathID(context)
            guard let detail = try await store.article(id: id) else { throw APIError.notFound("article", id) }
            return try JSONResponse.make(detail)
        case ("GET", "/api/events"):
            let filter = EventFilter(
                from: try query.day("from"), to: try query.day("to"),
                minArticles: try query.integer("minArticles", minimum: 1) ?? 1)
            return try JSONResponse.make(try await store.events(filter, page: try query.page()))
        case ("GET", "/api/events/{id}"):
            let id = try pathID(context)
            guard let detail = try await store.event(id: id, articles: try query.page()) else {
                throw APIError.notFound("event", id)
            }
            return try JSONResponse.make(detail)
        case ("GET", "/api/storylines"):
            let filter = StorylineFilter(minEvents: try query.integer("minEvents", minimum: 1) ?? 1)
            return try JSONResponse.make(try await store.storylines(filter, page: try query.page()))
        case ("GET", "/api/storylines/{id}"):
            let id = try pathID(context)
            guard let detail = try await store.storyline(id: id, events: try query.page()) else {
                throw APIError.notFound("storyline", id)
            }
            return try JSONResponse.make(detail)
        case ("GET", "/api/quotes"):
            return try JSONResponse.make(
                try await store.quotes(speaker: query.string("speaker"), page: try query.page()))
        case ("GET", "/api/search"):
            guard let text = query.string("q") else {
                throw APIError(status: .badRequest, code: "missing_parameter", message: "parameter \"q\" is required")
            }
            var kinds: Set<SearchHit.Kind> = [.article, .quote]
            if let kind = query.string("kind") {
                guard let parsed = SearchHit.Kind(rawValue: kind) else {
                    throw APIError.invalidParameter("kind", "expected article or quote")
                }
                kinds = [parsed]
            }
            let search = SearchQuery(
                text: text, from: try query.day("from"), to: try query.day("to"), speaker: query.string("speaker"),
                entity: query.string("entity"), kinds: kinds)
            return try JSONResponse.make(try await store.search(search, page: try query.page()))
        case ("GET", "/api/compare"):
            return try JSONResponse.make(try await compare(query))
        case ("GET", "/api/stats"):
            return try JSONResponse.make(try await store.statistics())
        case ("GET", "/api/openapi.json"):
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        default:
            throw APIError(status: .notFound, code: "not_found", message: "no route \(route.method) \(route.path)")
        }
    }

    /// `GET /api/compare?a=&b=`: two stored articles compared as `storyline explain` compares them.
    private func compare(_ query: QueryParameters) async throws -> ArticleComparison {
        var details: [ArticleDetail] = []
        for name in ["a", "b"] {
            guard let id = query.string(name) else {
                throw APIError(
                    status: .badRequest, code: "missing_parameter", message: "parameter \"\(name)\" is required")
            }
            guard let detail = try await store.article(id: id) else { throw APIError.notFound("article", id) }
            details.append(detail)
        }
        let documents = details.map { Document($0.article) }
        var dates: [String: Day] = [:]
        for detail in details { dates[detail.summary.id] = detail.summary.date }
        let options = ingestor.options
        let copy = CopyDetector(options: options.copies).compare(documents[0], documents[1], dates: dates)
        let state = try await store.analysisState(options: options)
        let story = StorySimilarity(state: state.eventState, options: options.events).compare(
            documents[0], documents[1])
        return ArticleComparison(
            a: details[0].summary, b: details[1].summary, copy: copy.report, explanation: copy.explanation,
            story: story)
    }

    /// The `{id}` path segment, percent-decoded (ids may hold `/`, sent as `%2F`).
    private func pathID(_ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get("id"), let id = URLPath.decode(raw), !id.isEmpty else {
            throw APIError.invalidParameter("id", "not a valid percent-encoded id")
        }
        return id
    }

    /// `POST /api/articles`: reads, bounds and ingests one request's articles as one batch.
    private func ingest(_ request: Request) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            throw APIError.bodyTooLarge(maxBodyBytes)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.bodyTooLarge(maxBodyBytes)
        }
        let upload = try ArticleUpload.parse(
            Array(buffer.readableBytesView), contentType: request.headers[.contentType], source: "POST /api/articles")
        let store = self.store
        let ingestor = self.ingestor
        let articles = upload.articles
        let outcome = try await gate.run { try await store.ingest(articles, with: ingestor) }
        logger.info("ingested \(outcome.added.count) articles, skipped \(outcome.skipped.count) over HTTP")
        return try JSONResponse.make(
            IngestResponse(outcome: outcome, warnings: upload.warnings), status: outcome.added.isEmpty ? .ok : .created)
    }
}

/// The answer to `POST /api/articles`.
struct IngestResponse: Codable {
    var added: [IngestOutcome.Added]
    var skipped: [IngestOutcome.Skipped]
    var redated: [IngestOutcome.Redated]
    var warnings: [String]
    var stateVersion: Int

    init(outcome: IngestOutcome, warnings: [String]) {
        added = outcome.added
        skipped = outcome.skipped
        redated = outcome.redated
        self.warnings = warnings
        stateVersion = outcome.stateVersion
    }
}

extension APIError {
    /// 413 for a body over the limit.
    static func bodyTooLarge(_ limit: Int) -> APIError {
        APIError(
            status: .contentTooLarge, code: "body_too_large",
            message: "the request body is over the \(limit)-byte limit (serve --max-body-bytes); nothing was stored")
    }
}
