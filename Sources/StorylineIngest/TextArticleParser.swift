import StorylineCore

/// Reads a plain-text or Markdown article: an optional `date YYYY-MM-DD` marker, an optional headline, the body.
public enum TextArticleParser {
    /// Parses the text of one file into an article with the given id and source.
    public static func parse(_ content: String, id: String, source: String) -> Article {
        var text = Substring(content)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var date: Day?
        if let (day, rest) = dateMarker(text) {
            date = day
            text = rest
        }
        let body = String(text)
        return Article(
            id: id, title: headline(of: body), text: body, date: date, dateSource: date == nil ? nil : .marker,
            source: source)
    }

    /// A leading `date YYYY-MM-DD` marker (after optional whitespace) and the text after it.
    ///
    /// The marker is metadata: the returned text starts with what follows it, on the same line or the next.
    public static func dateMarker(_ text: Substring) -> (Day, Substring)? {
        var rest = text.drop(while: \.isWhitespace)
        guard rest.prefix(4).lowercased() == "date" else { return nil }
        rest = rest.dropFirst(4)
        guard let separator = rest.first, separator == " " || separator == "\t" || separator == ":" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ":" }
        guard let day = Day(iso: rest.prefix(10)) else { return nil }
        rest = rest.dropFirst(10)
        if let next = rest.first, !next.isWhitespace { return nil }
        return (day, rest.drop(while: \.isWhitespace))
    }

    /// The first line when it reads like a headline: short, no closing full stop, followed by more text.
    public static func headline(of body: String) -> String? {
        let lines = body.split(maxSplits: 1, omittingEmptySubsequences: true, whereSeparator: \.isNewline)
        guard lines.count == 2, lines[1].contains(where: { $0.isLetter }) else { return nil }
        var first = lines[0].trimmingCharacters(in: " \t\r")
        if first.hasPrefix("#") { first = first.drop { $0 == "#" }.trimmingCharacters(in: " \t") }
        let words = first.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        guard (2...25).contains(words), first.count <= 200, let last = first.last else { return nil }
        guard !".,;:".contains(last) || first.hasSuffix("...") else { return nil }
        guard first.contains(where: { $0.isLetter }) else { return nil }
        return first
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
