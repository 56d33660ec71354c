import StorylineCore

/// Everything read from a set of inputs: the articles, and what was wrong with the rest.
public struct IngestResult: Sendable {
    /// Articles read, in input order (files sorted by path, JSON Lines in line order).
    public var articles: [Article] = []
    /// Problems, in the order they were found: skipped inputs and ignored fields.
    public var issues: [IngestIssue] = []
    /// Number of files (and standard-input streams) read.
    public var filesRead = 0

    /// Creates an empty result.
    public init() {}

    /// Number of inputs (files or records) that were skipped.
    public var skipped: Int { issues.filter(\.skipsInput).count }

    /// Whether a named path did not exist.
    public var hasMissingInput: Bool { issues.contains { $0.kind == .missing } }
}
