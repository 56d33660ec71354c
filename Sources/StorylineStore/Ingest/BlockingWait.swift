import Dispatch

/// Bridges for backends whose driver is asynchronous (PostgreSQL) to serve the synchronous ``IngestSession``.
///
/// The planning runs on a thread of its own (``offload(_:)``); there, each session query waits for its async
/// result (``wait(_:)``). Never call ``wait(_:)`` from a Swift concurrency thread: it would block that thread.
public enum BlockingWait {
    /// Runs `body` on a new thread outside the Swift concurrency pool and returns its result.
    public static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue(label: "storyline.ingest.plan").async {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    /// Waits on the current (non-concurrency) thread for an async operation.
    public static func wait<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Task.detached {
            do {
                box.result = .success(try await operation())
            } catch {
                box.result = .failure(error)
            }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.result!.get()
    }

    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
