import Foundation
import Logging
import StorylineServer
import StorylineStore
import StorylineStoreConformance
import StorylineTestSupport

/// A server on a free port of 127.0.0.1 over a fresh archive (SQLite by default, or PostgreSQL), for one test.
struct ServerHarness {
    let store: any ArchiveStore
    let running: RunningArchiveServer
    var port: Int { running.port }

    /// Starts a server on a fresh archive of `backend`; `fixture` loads ``ArchiveFixture`` first.
    static func start(
        backend: ArchiveBackend = .sqlite, fixture: Bool = true,
        configuration: ArchiveServerConfiguration = ArchiveServerConfiguration(port: 0)
    ) async throws -> ServerHarness {
        let store = try await backend.makeStore()
        if fixture { try await ArchiveConformance.loadFixture(into: store) }
        var logger = Logger(label: "storyline.test.server")
        logger.logLevel = .critical
        var configuration = configuration
        configuration.port = 0
        let running = try await ArchiveServer(store: store, configuration: configuration, logger: logger).start()
        return ServerHarness(store: store, running: running)
    }

    /// Runs `body` against a started server and stops it afterwards.
    static func with<T>(
        backend: ArchiveBackend = .sqlite, fixture: Bool = true,
        configuration: ArchiveServerConfiguration = ArchiveServerConfiguration(port: 0),
        _ body: (ServerHarness) async throws -> T
    ) async throws -> T {
        let harness = try await start(backend: backend, fixture: fixture, configuration: configuration)
        do {
            let value = try await body(harness)
            try await harness.running.stop()
            return value
        } catch {
            try? await harness.running.stop()
            throw error
        }
    }

    /// A GET on a fresh connection, off the concurrency pool.
    func get(_ path: String) async throws -> HTTPTestClient.Response {
        try await Blocking.run { try HTTPTestClient.fetch(port: port, "GET", path) }
    }

    /// A request on a fresh connection, off the concurrency pool.
    func request(
        _ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []
    ) async throws -> HTTPTestClient.Response {
        let port = self.port
        return try await Blocking.run {
            try HTTPTestClient.fetch(port: port, method, path, headers: headers, body: body)
        }
    }
}

/// Runs blocking socket code on a thread of its own, so that it never blocks a Swift concurrency thread.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}
