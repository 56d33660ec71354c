import FoundationEssentials

extension Report {
    /// The report as canonical JSON: sorted keys, pretty-printed, ending with a newline, byte-identical for the
    /// same input.
    ///
    /// The six lists are encoded in chunks spread over the cores and spliced into the report's frame: each chunk is
    /// what ``encoder`` writes for that part of the list, indented one level deeper (pretty-printed JSON never holds
    /// a raw newline inside a string, so indenting after each newline is exact). The bytes are those of
    /// `Report.encoder.encode(self)` followed by a newline.
    public func jsonData() throws -> Data {
        var parts: [[UInt8]] = []
        parts.append(try Report.encodedList(articles))
        parts.append(try Report.encodedList(copies))
        parts.append(try Report.encodedList(entities))
        parts.append(try Report.encodedList(events))
        parts.append(try Report.encodedList(quotes))
        parts.append(try Report.encodedList(storylines))
        let keys = ["articles", "copies", "entities", "events", "quotes", "storylines"]  // sorted, as the encoder
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(64) { $0 + $1.count + $1.count / 8 })
        out.append(contentsOf: "{\n".utf8)
        for (k, part) in parts.enumerated() {
            out.append(contentsOf: "  \"\(keys[k])\" : ".utf8)
            Report.appendIndented(part, to: &out)
            out.append(contentsOf: (k + 1 < parts.count ? ",\n" : "\n").utf8)
        }
        out.append(contentsOf: "}\n".utf8)
        return Data(out)
    }

    /// The encoder behind ``jsonData()``, shared by every command that prints JSON.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// What ``encoder`` writes for `list` as a whole document, made from chunks encoded in parallel.
    static func encodedList<T: Encodable & Sendable>(_ list: [T]) throws -> [UInt8] {
        let chunkSize = 128
        guard list.count > chunkSize else { return Array(try encoder.encode(list)) }
        let chunks = (list.count + chunkSize - 1) / chunkSize
        let encoded = ParallelMap.map(chunks, minimum: 2) { chunk -> Result<[UInt8], Error> in
            let slice = Array(list[(chunk * chunkSize)..<min(list.count, (chunk + 1) * chunkSize)])
            return Result { Array(try encoder.encode(slice)) }
        }
        // Each chunk is "[\n" + elements + "\n]": keep the elements, join them with ",\n".
        var out: [UInt8] = Array("[\n".utf8)
        for (k, result) in encoded.enumerated() {
            let bytes = try result.get()
            guard bytes.count >= 4, bytes.prefix(2).elementsEqual("[\n".utf8), bytes.suffix(2).elementsEqual("\n]".utf8)
            else { return Array(try encoder.encode(list)) }
            if k > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: bytes[2..<(bytes.count - 2)])
        }
        out.append(contentsOf: "\n]".utf8)
        return out
    }

    /// Appends `bytes` with every non-empty line after the first indented by two more spaces.
    static func appendIndented(_ bytes: [UInt8], to out: inout [UInt8]) {
        var start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            out.append(contentsOf: bytes[start...newline])
            if newline + 1 < bytes.count, bytes[newline + 1] != 0x0A {
                out.append(0x20)
                out.append(0x20)
            }
            start = newline + 1
        }
        out.append(contentsOf: bytes[start...])
    }
}
