import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private var lastDrawn = -1
    private var drawn = false
    private let lock = NSLock()

    /// Creates a bar; it stays silent when stderr is not a terminal.
    init(label: String, enabled: Bool = Terminal.stderrIsTTY) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws the bar for `done` of `total`.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        drawn = true
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))\u{1B}[K".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
