import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import StorylineStore

/// Settings of the archive server.
public struct ArchiveServerConfiguration: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port; 0 picks a free one (see ``RunningArchiveServer/port``).
    public var port: Int
    /// Largest accepted request body, in bytes (413 above it).
    public var maxBodyBytes: Int
    /// Ingest requests processed at once.
    public var maxConcurrentIngests: Int
    /// Ingest requests allowed to wait; more get 503.
    public var maxQueuedIngests: Int

    /// The default body limit: 10 MB.
    public static let defaultMaxBodyBytes = 10 * 1024 * 1024

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080,
        maxBodyBytes: Int = ArchiveServerConfiguration.defaultMaxBodyBytes,
        maxConcurrentIngests: Int = 1, maxQueuedIngests: Int = 32
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.maxConcurrentIngests = maxConcurrentIngests
        self.maxQueuedIngests = maxQueuedIngests
    }
}

/// The HTTP server over an archive: the JSON API under `/api/` and the web interface.
public struct ArchiveServer: Sendable {
    /// The archive served.
    public let store: any ArchiveStore
    /// Settings.
    public let configuration: ArchiveServerConfiguration
    /// The ingestor used by `POST /api/articles`.
    public let ingestor: ArchiveIngestor
    /// Where the server logs.
    public let logger: Logger

    /// Every API route (method and OpenAPI path), as registered and as documented.
    public static var apiRoutes: [APIRoute] { APIRoutes.routes }

    /// Creates a server.
    public init(
        store: any ArchiveStore, configuration: ArchiveServerConfiguration = ArchiveServerConfiguration(),
        ingestor: ArchiveIngestor = ArchiveIngestor(), logger: Logger = Logger(label: "storyline.server")
    ) {
        self.store = store
        self.configuration = configuration
        self.ingestor = ingestor
        self.logger = logger
    }

    /// The router with every route.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorMiddleware(logger: logger))
        APIRoutes(
            store: store, ingestor: ingestor,
            gate: IngestGate(limit: configuration.maxConcurrentIngests, queue: configuration.maxQueuedIngests),
            maxBodyBytes: configuration.maxBodyBytes, logger: logger
        ).register(on: router)
        WebRoutes(store: store).register(on: router)
        return router
    }

    /// The Hummingbird application; `onRunning` receives the bound port.
    func application(onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "storyline"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM; `onRunning` receives the bound port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }

    /// Starts serving in the background and returns once the port is bound.
    public func start() async throws -> RunningArchiveServer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = application { port in continuation.yield(port) }
        let group = ServiceGroup(services: [app], logger: logger)
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = await withTaskCancellationHandler {
            await iterator.next()
        } onCancel: {
            task.cancel()
        }
        continuation.finish()
        guard let port, port > 0 else {
            await group.triggerGracefulShutdown()
            _ = try await task.value
            throw ArchiveError.backend("the server did not start on \(configuration.host):\(configuration.port)")
        }
        return RunningArchiveServer(port: port, group: group, task: task)
    }
}

/// A server started with ``ArchiveServer/start()``.
public struct RunningArchiveServer: Sendable {
    /// The bound port.
    public let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// Stops accepting connections, finishes the requests in flight and returns when the server is down.
    public func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}
