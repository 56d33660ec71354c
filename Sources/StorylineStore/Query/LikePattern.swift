/// SQL `LIKE` patterns built from user or article text, for both backends (both escape with a backslash).
public enum LikePattern {
    /// `text` with the wildcards `%` and `_` and the escape character `\` escaped, so it matches only itself.
    public static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A pattern matching values that contain `text` (trimmed of spaces), for filters typed by users.
    public static func containing(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return "%" + escaped(String(trimmed)) + "%"
    }

    /// A pattern matching names whose last word is `word` (a person's surname).
    public static func endingInWord(_ word: String) -> String { "% " + escaped(word) }
}
