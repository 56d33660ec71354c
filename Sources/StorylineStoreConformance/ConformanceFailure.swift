/// A conformance check that did not hold, with what was expected and what was found.
public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String
    /// Line of the check in this module, to find it.
    public var line: Int

    /// Creates a failure.
    public init(_ message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `message (ArchiveConformance line N)`.
    public var description: String { "\(message) (StorylineStoreConformance line \(line))" }
}

/// Fails the check unless `condition` holds.
func expect(_ condition: Bool, _ message: @autoclosure () -> String, line: Int = #line) throws {
    if !condition { throw ConformanceFailure(message(), line: line) }
}

/// Fails the check unless `actual == expected`.
func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ what: String, line: Int = #line) throws {
    if actual != expected { throw ConformanceFailure("\(what): expected \(expected), found \(actual)", line: line) }
}

/// Unwraps a value or fails the check.
func require<T>(_ value: T?, _ what: String, line: Int = #line) throws -> T {
    guard let value else { throw ConformanceFailure("\(what): expected a value, found nil", line: line) }
    return value
}
