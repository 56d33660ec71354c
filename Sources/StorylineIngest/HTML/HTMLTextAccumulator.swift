/// Builds one paragraph from successive text chunks, collapsing whitespace as it goes.
///
/// Runs of ASCII whitespace, C0 control characters, no-break and other Unicode spaces become one U+0020;
/// soft hyphens, zero-width spaces and byte-order marks are dropped; leading and trailing space is trimmed.
/// Works on UTF-8 bytes so a multi-megabyte page costs one pass.
struct HTMLTextAccumulator: Sendable {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var spaceCount = 0

    /// True when no visible character has been appended since the last `take()`.
    var isEmpty: Bool { bytes.isEmpty }

    /// Number of UTF-8 bytes collected so far.
    var byteCount: Int { bytes.count }

    /// Appends text; whitespace at chunk borders merges with neighbouring whitespace.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Marks a word break (e.g. a `<br>` inside a paragraph) without adding a visible character.
    mutating func addBreak() {
        pendingSpace = true
    }

    /// Returns the collected paragraph and its word count, or nil when it is empty; resets the accumulator.
    mutating func take() -> (text: String, wordCount: Int)? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
            spaceCount = 0
        }
        guard !bytes.isEmpty else { return nil }
        return (String(decoding: bytes, as: UTF8.self), spaceCount + 1)
    }

    /// Discards everything collected so far.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        spaceCount = 0
    }

    private mutating func append(_ input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if byte <= 0x20 || byte == 0x7F {
                    pendingSpace = true
                } else {
                    appendVisible(byte)
                }
                index += 1
                continue
            }
            let length = Self.sequenceLength(byte)
            guard index + length <= count else {
                appendVisible(byte)
                index += 1
                continue
            }
            switch Self.classify(input, at: index, length: length) {
            case .space:
                pendingSpace = true
            case .invisible:
                break
            case .visible:
                appendVisible(input[index])
                for offset in 1..<length {
                    bytes.append(input[index + offset])
                }
            }
            index += length
        }
    }

    private mutating func appendVisible(_ byte: UInt8) {
        if pendingSpace, !bytes.isEmpty {
            bytes.append(0x20)
            spaceCount += 1
        }
        pendingSpace = false
        bytes.append(byte)
    }

    private enum Kind { case space, invisible, visible }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// Classifies a multi-byte UTF-8 sequence as whitespace, invisible (dropped) or visible.
    private static func classify(_ input: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Kind {
        let lead = input[index]
        if length == 2, lead == 0xC2 {
            let second = input[index + 1]
            if second == 0xA0 || second == 0x85 { return .space }  // U+00A0 no-break space, U+0085 NEL
            if second == 0xAD { return .invisible }  // U+00AD soft hyphen
            if second >= 0x80, second <= 0x9F { return .space }  // C1 controls
            return .visible
        }
        guard length == 3 else { return .visible }
        let second = input[index + 1]
        let third = input[index + 2]
        switch (lead, second) {
        case (0xE2, 0x80):
            if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return .space }  // U+2000-200A...
            if third == 0x8B { return .invisible }  // U+200B zero-width space (ZWJ/ZWNJ are meaningful)
            return .visible
        case (0xE2, 0x81):
            if third == 0x9F { return .space }  // U+205F medium mathematical space
            if third == 0xA0 { return .invisible }  // U+2060 word joiner
            return .visible
        case (0xE3, 0x80):
            return third == 0x80 ? .space : .visible  // U+3000 ideographic space
        case (0xEF, 0xBB):
            return third == 0xBF ? .invisible : .visible  // U+FEFF byte-order mark
        default:
            return .visible
        }
    }
}
