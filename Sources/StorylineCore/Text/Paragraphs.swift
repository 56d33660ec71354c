/// Splits normalised text into paragraphs.
public enum Paragraphs {
    /// Paragraphs of a normalised text: blank lines separate paragraphs; a single line break inside a block also
    /// separates them when the lines look like separate paragraphs (many scraped articles use one `\n` per paragraph).
    public static func split(_ normalized: String) -> [String] {
        var result: [String] = []
        WordScanner.withBytes(normalized) { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                var lower = start
                var upper = i
                while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
                while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: b[lower..<upper]), as: UTF8.self))
                }
                start = i + 1
            }
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
