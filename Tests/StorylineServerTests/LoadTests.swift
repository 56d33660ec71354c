import Foundation
import StorylineStoreConformance
import Testing

/// 1,000 requests over 50 concurrent keep-alive connections to 127.0.0.1: zero errors, latency reported.
@Suite("Load")
struct LoadTests {
    static let paths = [
        "/api/articles?limit=10", "/api/search?q=oreth", "/api/events?limit=5", "/api/storylines",
        "/api/articles/fx%2Fport-walkout-concluded", "/", "/search?q=desalination", "/storylines/fx-s-oreth",
        "/articles/fx%2Foreth-minimum-flow", "/api/quotes?speaker=okonkwo",
    ]

    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var latencies: [Double] = []
        private(set) var errors: [String] = []

        func record(_ seconds: Double) { lock.withLock { latencies.append(seconds) } }
        func fail(_ message: String) { lock.withLock { errors.append(message) } }
    }

    @Test("1,000 requests, 50 connections, no errors; p50/p99 printed")
    func load() async throws {
        try await ServerHarness.with { server in
            let connections = 50
            let perConnection = 20
            let recorder = Recorder()
            let port = server.port
            let start = Date()
            await withTaskGroup(of: Void.self) { group in
                for connection in 0..<connections {
                    group.addTask {
                        _ = try? await Blocking.run {
                            let client: HTTPTestClient
                            do {
                                client = try HTTPTestClient(port: port, timeoutSeconds: 60)
                            } catch {
                                recorder.fail("connect: \(error)")
                                return
                            }
                            for request in 0..<perConnection {
                                let path = Self.paths[(connection + request) % Self.paths.count]
                                let begin = DispatchTime.now().uptimeNanoseconds
                                do {
                                    let response = try client.request("GET", path)
                                    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
                                    if response.status == 200 {
                                        recorder.record(elapsed)
                                    } else {
                                        recorder.fail("\(path): \(response.status)")
                                    }
                                } catch {
                                    recorder.fail("\(path): \(error)")
                                    return
                                }
                            }
                        }
                    }
                }
            }
            let wall = Date().timeIntervalSince(start)
            let sorted = recorder.latencies.sorted()
            #expect(recorder.errors.isEmpty, "\(recorder.errors.prefix(5))")
            #expect(sorted.count == connections * perConnection)
            guard !sorted.isEmpty else { return }
            let p50 = sorted[sorted.count / 2] * 1000
            let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)] * 1000
            print(
                "load: \(sorted.count) requests, \(connections) connections, \(recorder.errors.count) errors, "
                    + String(format: "p50 %.1f ms, p99 %.1f ms, %.0f requests/s", p50, p99, Double(sorted.count) / wall)
            )
        }
    }
}
