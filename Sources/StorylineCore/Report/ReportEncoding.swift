import FoundationEssentials

extension Report {
    /// The report as canonical JSON: sorted keys, pretty-printed, ending with a newline, byte-identical for the
    /// same input.
    public func jsonData() throws -> Data {
        var data = try Report.encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The encoder behind ``jsonData()``, shared by every command that prints JSON.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
