/// A start tag such as `<a href="/x" class=big>` with its name and attributes normalised.
struct HTMLStartTag: Sendable, Equatable {
    /// Tag name, ASCII-lowercased (`DIV` becomes `div`).
    var name: String
    /// Attributes in source order: name ASCII-lowercased, value with character references decoded.
    /// Duplicates are kept; `value(of:)` returns the first, as browsers do.
    var attributes: [(name: String, value: String)]
    /// True when the tag ended in `/>`. HTML ignores this on non-void elements; callers decide.
    var isSelfClosing: Bool

    /// The value of the first attribute called `name` (which must be lowercase), or nil when absent.
    func value(of name: String) -> String? {
        for attribute in attributes where attribute.name == name {
            return attribute.value
        }
        return nil
    }

    static func == (lhs: HTMLStartTag, rhs: HTMLStartTag) -> Bool {
        lhs.name == rhs.name && lhs.isSelfClosing == rhs.isSelfClosing
            && lhs.attributes.elementsEqual(rhs.attributes) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// One lexical unit of an HTML document. Comments, doctypes and processing instructions are not tokens:
/// the tokenizer skips them.
enum HTMLToken: Sendable, Equatable {
    /// An opening tag.
    case startTag(HTMLStartTag)
    /// A closing tag; the payload is the ASCII-lowercased name.
    case endTag(String)
    /// Character data with references decoded (raw-text element content is passed through undecoded).
    case text(String)
    /// The content of a `<![CDATA[ ... ]]>` section, verbatim.
    case cdata(String)
}

/// A forgiving, linear-time HTML tokenizer over the UTF-8 bytes of a document.
///
/// It follows the spirit of the WHATWG tokenizer where that matters for text extraction (raw-text elements,
/// `<` that does not start a tag is text, comments run to `-->`, a tag cut off by end of file is dropped)
/// without building a tree. Every step consumes at least one byte, so it always terminates.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// Whether the tokenizer switches to raw-text mode after a start tag with this (lowercased) name:
    /// the content of `script`, `style` and `noscript` (verbatim) and of `textarea` and `title` (entities
    /// decoded) is opaque text up to the matching close tag, never tags.
    static func isRawTextElement(_ name: String) -> Bool {
        rawTextDecodesEntities(name) != nil
    }

    /// nil for ordinary elements; otherwise whether the element's raw text is entity-decoded.
    private static func rawTextDecodesEntities(_ name: String) -> Bool? {
        switch name {
        case "script", "style", "noscript": return false
        case "textarea", "title": return true
        default: return nil
        }
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Set after a raw-text start tag: the lowercased name whose close tag ends the raw content.
    private var pendingRawText: (name: [UInt8], decodesEntities: Bool)?

    /// Prepares to tokenize `html`; the UTF-8 bytes are copied once.
    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// Returns the next token, or nil at end of input.
    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            if let raw = pendingRawText {
                pendingRawText = nil
                if let token = scanRawText(until: raw.name, decodesEntities: raw.decodesEntities) {
                    return token
                }
                continue
            }
            if bytes[position] == HTMLByte.lessThan, startsMarkup(at: position) {
                if let token = scanMarkup() {
                    return token
                }
                continue
            }
            return scanText()
        }
        return nil
    }

    // MARK: - Text

    /// Scans character data up to the next `<` that really starts markup.
    private mutating func scanText() -> HTMLToken {
        let start = position
        var index = position + 1
        while index < bytes.count {
            if bytes[index] == HTMLByte.lessThan, startsMarkup(at: index) {
                break
            }
            index += 1
        }
        position = index
        return .text(decodedString(start, index, inAttribute: false))
    }

    /// Whether the `<` at `index` opens a tag, end tag, comment, doctype or processing instruction.
    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if HTMLByte.isLetter(next) || next == HTMLByte.bang || next == HTMLByte.question { return true }
        // `</` followed by anything is markup (end tag or bogus comment), except at end of file.
        return next == HTMLByte.slash && index + 2 < bytes.count
    }

    /// Scans raw-text content up to `</name` (case-insensitive) followed by whitespace, `/` or `>`.
    private mutating func scanRawText(until name: [UInt8], decodesEntities: Bool) -> HTMLToken? {
        let start = position
        var index = position
        var end = bytes.count
        while index < bytes.count {
            guard bytes[index] == HTMLByte.lessThan else {
                index += 1
                continue
            }
            if matchesCloseTag(name, at: index) {
                end = index
                break
            }
            index += 1
        }
        position = end
        guard end > start else { return nil }
        if decodesEntities {
            return .text(decodedString(start, end, inAttribute: false))
        }
        return .text(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    private func matchesCloseTag(_ name: [UInt8], at index: Int) -> Bool {
        let nameStart = index + 2
        let after = nameStart + name.count
        guard after < bytes.count, bytes[index + 1] == HTMLByte.slash else { return false }
        for offset in 0..<name.count where HTMLByte.lowercased(bytes[nameStart + offset]) != name[offset] {
            return false
        }
        let terminator = bytes[after]
        return HTMLByte.isWhitespace(terminator) || terminator == HTMLByte.slash || terminator == HTMLByte.greaterThan
    }

    // MARK: - Markup

    /// Scans the construct at a `<` for which `startsMarkup` is true. Returns nil for skipped constructs
    /// (comments, doctypes, bogus comments, tags truncated by end of file).
    private mutating func scanMarkup() -> HTMLToken? {
        let next = bytes[position + 1]
        if next == HTMLByte.bang {
            return scanDeclaration()
        }
        if next == HTMLByte.question {
            skipPast(HTMLByte.greaterThan, from: position + 2)
            return nil
        }
        if next == HTMLByte.slash {
            return scanEndTag()
        }
        return scanStartTag()
    }

    /// Handles `<!--`, `<![CDATA[`, `<!DOCTYPE` and other `<!` bogus comments.
    private mutating func scanDeclaration() -> HTMLToken? {
        let start = position + 2
        if hasPrefix("--", at: start) {
            skipComment(contentStart: start + 2)
            return nil
        }
        if hasPrefix("[CDATA[", at: start) {
            let contentStart = start + 7
            let end = find("]]>", from: contentStart) ?? bytes.count
            position = Swift.min(end + 3, bytes.count)
            return .cdata(String(decoding: bytes[contentStart..<end], as: UTF8.self))
        }
        skipPast(HTMLByte.greaterThan, from: start)
        return nil
    }

    /// Skips a comment: `<!-->` and `<!--->` are empty comments; otherwise up to `-->` or `--!>`, or to end of
    /// file when unterminated (as browsers do).
    private mutating func skipComment(contentStart: Int) {
        if hasPrefix(">", at: contentStart) {
            position = contentStart + 1
            return
        }
        if hasPrefix("->", at: contentStart) {
            position = contentStart + 2
            return
        }
        var index = contentStart
        while index + 2 < bytes.count {
            if bytes[index] == HTMLByte.dash, bytes[index + 1] == HTMLByte.dash {
                if bytes[index + 2] == HTMLByte.greaterThan {
                    position = index + 3
                    return
                }
                if bytes[index + 2] == HTMLByte.bang, index + 3 < bytes.count,
                    bytes[index + 3] == HTMLByte.greaterThan
                {
                    position = index + 4
                    return
                }
            }
            index += 1
        }
        position = bytes.count
    }

    /// Scans `</name ...>`; `</>` is dropped and `</` + non-letter is a bogus comment, as in browsers.
    private mutating func scanEndTag() -> HTMLToken? {
        let nameStart = position + 2
        guard nameStart < bytes.count, HTMLByte.isLetter(bytes[nameStart]) else {
            skipPast(HTMLByte.greaterThan, from: nameStart)
            return nil
        }
        var index = nameStart
        while index < bytes.count, !HTMLByte.endsTagName(bytes[index]) {
            index += 1
        }
        let name = lowercasedString(nameStart, index)
        // Attributes on end tags are ignored, but quoted values may hide a `>`.
        guard skipAttributes(from: index) else { return nil }
        return .endTag(name)
    }

    /// Scans `<name attr=value ...>` and arms raw-text mode for script, style, textarea, title and friends.
    private mutating func scanStartTag() -> HTMLToken? {
        let nameStart = position + 1
        var index = nameStart
        while index < bytes.count, !HTMLByte.endsTagName(bytes[index]) {
            index += 1
        }
        let name = lowercasedString(nameStart, index)
        var tag = HTMLStartTag(name: name, attributes: [], isSelfClosing: false)
        guard parseAttributes(from: index, into: &tag) else { return nil }
        if let decodesEntities = Self.rawTextDecodesEntities(name) {
            pendingRawText = (Array(name.utf8), decodesEntities)
        }
        return .startTag(tag)
    }

    /// Parses attributes up to and including the closing `>`. Returns false (with `position` at end of input)
    /// when the file ends inside the tag; such a truncated tag is dropped.
    private mutating func parseAttributes(from start: Int, into tag: inout HTMLStartTag) -> Bool {
        var index = start
        while true {
            while index < bytes.count, HTMLByte.isWhitespace(bytes[index]) {
                index += 1
            }
            guard index < bytes.count else {
                position = bytes.count
                return false
            }
            let byte = bytes[index]
            if byte == HTMLByte.greaterThan {
                position = index + 1
                return true
            }
            if byte == HTMLByte.slash {
                index += 1
                if index < bytes.count, bytes[index] == HTMLByte.greaterThan {
                    tag.isSelfClosing = true
                    position = index + 1
                    return true
                }
                continue
            }
            let nameStart = index
            index += 1  // The first byte always belongs to the name, even `=` or a quote.
            while index < bytes.count, !HTMLByte.endsAttributeName(bytes[index]) {
                index += 1
            }
            let name = lowercasedString(nameStart, index)
            guard let (value, next) = parseAttributeValue(from: index) else {
                position = bytes.count
                return false
            }
            tag.attributes.append((name, value))
            index = next
        }
    }

    /// Parses an optional `= value` after an attribute name. Returns the decoded value (empty when absent) and
    /// the index after it, or nil when a quoted value runs to end of file.
    private func parseAttributeValue(from start: Int) -> (String, Int)? {
        var index = start
        while index < bytes.count, HTMLByte.isWhitespace(bytes[index]) {
            index += 1
        }
        guard index < bytes.count, bytes[index] == HTMLByte.equals else {
            return ("", index)
        }
        index += 1
        while index < bytes.count, HTMLByte.isWhitespace(bytes[index]) {
            index += 1
        }
        guard index < bytes.count else { return ("", index) }
        let quote = bytes[index]
        if quote == HTMLByte.doubleQuote || quote == HTMLByte.singleQuote {
            let valueStart = index + 1
            var end = valueStart
            while end < bytes.count, bytes[end] != quote {
                end += 1
            }
            guard end < bytes.count else { return nil }
            return (decodedString(valueStart, end, inAttribute: true), end + 1)
        }
        let valueStart = index
        while index < bytes.count, !HTMLByte.isWhitespace(bytes[index]), bytes[index] != HTMLByte.greaterThan {
            index += 1
        }
        return (decodedString(valueStart, index, inAttribute: true), index)
    }

    /// Skips the rest of an end tag up to `>`, honouring quotes. Returns false at end of input.
    private mutating func skipAttributes(from start: Int) -> Bool {
        var scratch = HTMLStartTag(name: "", attributes: [], isSelfClosing: false)
        return parseAttributes(from: start, into: &scratch)
    }

    // MARK: - Byte helpers

    private mutating func skipPast(_ byte: UInt8, from start: Int) {
        var index = Swift.min(start, bytes.count)
        while index < bytes.count, bytes[index] != byte {
            index += 1
        }
        position = Swift.min(index + 1, bytes.count)
    }

    private func hasPrefix(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] {
            return false
        }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var index = start
        while index + count <= bytes.count {
            if bytes[index] == first, hasPrefix(literal, at: index) {
                return index
            }
            index += 1
        }
        return nil
    }

    private func decodedString(_ start: Int, _ end: Int, inAttribute: Bool) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            HTMLEntities.decode(UnsafeBufferPointer(rebasing: buffer[start..<end]), inAttribute: inAttribute)
        }
    }

    private func lowercasedString(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { output in
            for offset in 0..<(end - start) {
                output[offset] = HTMLByte.lowercased(bytes[start + offset])
            }
            return end - start
        }
    }
}

/// ASCII byte constants and classifiers used by the tokenizer.
enum HTMLByte {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let dash = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// HTML whitespace: space, tab, line feed, form feed, carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    static func endsTagName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == slash || byte == greaterThan
    }

    static func endsAttributeName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == slash || byte == greaterThan || byte == equals
    }
}
