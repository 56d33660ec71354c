import StorylineCore

/// The fingerprint that tells "the same article under another id": SHA-256 of the normalised headline, the
/// explicit date and the lower-cased words of the text.
///
/// Spacing, punctuation, case and Unicode forms do not change it; a different date does, so an outlet's exact
/// reprint a day later is kept (and found as an exact copy) while re-reading the same file under another name or
/// path is recognised and skipped.
public enum ContentHash {
    /// The fingerprint of a prepared article, 64 hex digits.
    public static func of(_ document: Document) -> String {
        let title = document.title.map { Tokenizer.words($0).joined(separator: " ") } ?? ""
        let date = document.article.date?.description ?? ""
        let text = document.words.joined(separator: " ")
        return SHA256.hex(Array("\(title)\u{1F}\(date)\u{1F}\(text)".utf8))
    }
}
