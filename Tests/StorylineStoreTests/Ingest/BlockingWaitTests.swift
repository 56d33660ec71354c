import Testing

@testable import StorylineStore

@Suite("Blocking bridge for async drivers")
struct BlockingWaitTests {
    actor Counter {
        var value = 0
        func increment() -> Int {
            value += 1
            return value
        }
    }

    @Test("offloaded synchronous code can wait for async work")
    func bridge() async throws {
        let counter = Counter()
        let result = try await BlockingWait.offload {
            try (1...5).map { _ in try BlockingWait.wait { await counter.increment() } }
        }
        #expect(result == [1, 2, 3, 4, 5])
    }

    struct Failure: Error {}

    @Test("errors cross the bridge")
    func errors() async {
        await #expect(throws: Failure.self) {
            try await BlockingWait.offload { try BlockingWait.wait { () async throws -> Int in throw Failure() } }
        }
    }
}
