import Foundation

/// Resident memory of this process, read from `/proc/self/status` (Linux; `nil` elsewhere).
struct ProcessMemory: Codable, Sendable {
    /// Resident set size now (VmRSS), in bytes.
    var residentBytes: Int
    /// Peak resident set size so far (VmHWM), in bytes.
    var peakResidentBytes: Int

    /// The current figures, or `nil` when `/proc/self/status` cannot be read.
    static func current() -> ProcessMemory? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        var rss: Int?
        var hwm: Int?
        for line in status.split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { rss = kilobytes(line) }
            if line.hasPrefix("VmHWM:") { hwm = kilobytes(line) }
        }
        guard let rss, let hwm else { return nil }
        return ProcessMemory(residentBytes: rss * 1024, peakResidentBytes: hwm * 1024)
    }

    private static func kilobytes(_ line: Substring) -> Int? {
        line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
}
