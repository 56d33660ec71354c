import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the terminal: stderr messages, colour only on a terminal.
enum Terminal {
    /// Whether stderr is an interactive terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether stdout is an interactive terminal and colour is not disabled (`NO_COLOR`).
    static var stdoutSupportsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Prints a line on stderr, prefixed with the command name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("storyline: \(message)\n".utf8))
    }

    /// Writes raw bytes to stdout.
    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
