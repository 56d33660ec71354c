/// Tuning of copy detection.
public struct CopyOptions: Hashable, Codable, Sendable {
    /// Creates the default options.
    public init() {}
}

/// Finds articles that copy one another: exact, near, partial and spun copies.
public struct CopyDetector: Sendable {
    /// Tuning in force.
    public var options: CopyOptions

    /// Creates a detector.
    public init(options: CopyOptions = CopyOptions()) { self.options = options }

    /// Copy verdicts among `documents`; `dates` (by article id) helps tell the original from the copy.
    public func detect(_ documents: [Document], dates: [String: Day] = [:]) -> [CopyReport] {
        []
    }
}
