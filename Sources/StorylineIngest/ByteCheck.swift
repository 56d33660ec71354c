/// Checks raw bytes before they are read as text: empty, binary, invalid UTF-8, too large.
enum ByteCheck {
    /// Decodes `bytes` as UTF-8 text, or says why they cannot be an article.
    static func text(_ bytes: [UInt8], source: String, limit: Int) -> Result<String, IngestIssue> {
        if bytes.count > limit {
            return .failure(
                IngestIssue(
                    .tooLarge, source: source,
                    message: "file is \(bytes.count) bytes, over the \(limit)-byte limit (raise it with --max-bytes)"))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(IngestIssue(.empty, source: source, message: "file is empty"))
        }
        if looksBinary(body) {
            return .failure(IngestIssue(.binary, source: source, message: "file looks binary (NUL or control bytes)"))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8(body)
            return .failure(
                IngestIssue(
                    .invalidUTF8, source: source, message: "invalid UTF-8 at byte \(offset); convert it to UTF-8"))
        }
        return .success(text)
    }

    /// NUL bytes, or many C0 control bytes, in the first 8 KB mean a binary file.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
        }
        return controls * 20 > head.count
    }

    /// Offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }
}
