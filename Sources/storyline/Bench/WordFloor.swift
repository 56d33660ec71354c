/// The physical floor of text analysis: find every word in a text and nothing else.
///
/// A word is a run of ASCII letters or digits or non-ASCII bytes (so UTF-8 letters count as word bytes). Nothing
/// is allocated per word. Any analysis must at least read its input and do this much; the benchmarks report it so
/// that the engines' cost can be judged against it.
enum WordFloor {
    /// Number of words in `bytes`.
    static func count(_ bytes: some Sequence<UInt8>) -> Int {
        var words = 0
        var inside = false
        for byte in bytes {
            let isWord = byte >= 0x80 || (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
            if isWord && !inside { words += 1 }
            inside = isWord
        }
        return words
    }

    /// Number of words in a string (its UTF-8 bytes).
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }
}
