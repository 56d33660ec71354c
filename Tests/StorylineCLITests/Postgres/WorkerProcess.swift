import Foundation
import StorylineTestSupport

/// A `storyline` process started in the background (several run at once), its output going to files so that no
/// pipe fills up, and awaited without blocking a Swift concurrency thread.
final class WorkerProcess: @unchecked Sendable {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL
    private let exited = DispatchSemaphore(value: 0)

    /// Starts `storyline arguments` from the package root.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let folder = try ScratchFolder.make("worker-")
        stdoutURL = folder.appendingPathComponent("stdout")
        stderrURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: CommandRunner.executable!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CommandRunner.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        let exited = self.exited
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for the process to end (at most `timeout` seconds, then kills it) and returns its exit status.
    func wait(timeout: Double = 300) async -> Int32 {
        let exited = self.exited
        let process = self.process
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                if exited.wait(timeout: .now() + timeout) == .timedOut {
                    kill(process.processIdentifier, SIGKILL)
                    exited.wait()
                }
                continuation.resume(returning: process.terminationStatus)
            }
        }
    }

    /// Sends SIGKILL: the process dies at once, wherever it is.
    func kill9() { kill(process.processIdentifier, SIGKILL) }

    var stdout: Data { (try? Data(contentsOf: stdoutURL)) ?? Data() }
    var stderr: String { String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self) }
}
