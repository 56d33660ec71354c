/// A problem with one input: a file, a JSON Lines record or a path. Reported on one line naming where it is.
public struct IngestIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, in categories a script can act on.
    public enum Kind: String, Sendable, Hashable {
        /// The path does not exist or cannot be opened.
        case missing
        /// The input holds no text.
        case empty
        /// The input looks like a binary file.
        case binary
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// The input is larger than the size limit.
        case tooLarge
        /// A JSON Lines record is not valid JSON or lacks a required field.
        case malformedJSON
        /// An HTML page has no extractable article text.
        case noArticleText
        /// The file's extension is not a supported format.
        case unsupported
        /// Two articles share one id.
        case duplicateID
        /// A field has a value that was ignored (the article is kept).
        case ignoredField
    }

    /// The category.
    public var kind: Kind
    /// The file path (or `<stdin>`).
    public var source: String
    /// The 1-based line for JSON Lines, when it applies.
    public var line: Int?
    /// What is wrong, in words a user can act on.
    public var message: String

    /// Creates an issue.
    public init(_ kind: Kind, source: String, line: Int? = nil, message: String) {
        self.kind = kind
        self.source = source
        self.line = line
        self.message = message
    }

    /// Whether the input was skipped (as opposed to kept with a warning).
    public var skipsInput: Bool { kind != .ignoredField }

    /// `source[:line]: message`.
    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
