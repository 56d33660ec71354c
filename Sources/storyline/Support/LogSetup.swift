import Foundation
import Logging

/// Bootstraps swift-log once: stderr, level from `STORYLINE_LOG_LEVEL` (default `warning`).
enum LogSetup {
    private static let once: Void = {
        let name = ProcessInfo.processInfo.environment["STORYLINE_LOG_LEVEL"] ?? "warning"
        let level = Logger.Level(rawValue: name.lowercased()) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()

    /// A logger for a component, after bootstrapping.
    static func logger(_ label: String) -> Logger {
        _ = once
        return Logger(label: "storyline.\(label)")
    }
}
