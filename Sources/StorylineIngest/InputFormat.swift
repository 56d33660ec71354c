/// The input formats Storyline reads, chosen by file extension.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text or Markdown: one article per file, optional `date YYYY-MM-DD` marker.
    case text
    /// JSON Lines: one article per line.
    case jsonLines
    /// An HTML page: main text extracted.
    case html

    /// The format for a file name, or `nil` when the extension is not supported.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "md", "markdown", "text": self = .text
        case "jsonl", "ndjson": self = .jsonLines
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
