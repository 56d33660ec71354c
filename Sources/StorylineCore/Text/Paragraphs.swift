/// Splits normalised text into paragraphs.
public enum Paragraphs {
    /// Paragraphs of a normalised text: blank lines separate paragraphs; a single line break inside a block also
    /// separates them when the lines look like separate paragraphs (many scraped articles use one `\n` per paragraph).
    public static func split(_ normalized: String) -> [String] {
        var result: [String] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingBlanks()
            if !trimmed.isEmpty { result.append(String(trimmed)) }
        }
        return result
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingBlanks() -> Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
