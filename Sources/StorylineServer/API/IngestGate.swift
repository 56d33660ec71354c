import Hummingbird

/// Bounds concurrent ingest requests: at most `limit` run at once and at most `queue` wait; further requests are
/// turned away at once with 503 rather than piling up in memory.
actor IngestGate {
    private let limit: Int
    private let queue: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int, queue: Int) {
        self.limit = max(1, limit)
        self.queue = max(0, queue)
    }

    /// Runs `body` once a slot is free.
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if running >= limit {
            guard waiting.count < queue else {
                throw APIError(
                    status: .serviceUnavailable, code: "ingest_busy",
                    message: "too many ingest requests in flight (\(limit) running, \(queue) waiting); retry shortly")
            }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
