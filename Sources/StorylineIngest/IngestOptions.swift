/// Limits and choices that apply while reading inputs.
public struct IngestOptions: Sendable, Hashable {
    /// Largest accepted input file (or standard input), in bytes.
    public var maxBytes: Int
    /// Largest accepted JSON Lines record, in bytes.
    public var maxLineBytes: Int

    /// The JSON Lines field names to read.
    public var fields: JSONFieldNames

    /// The default file size limit: 20 MB.
    public static let defaultMaxBytes = 20 * 1024 * 1024

    /// Creates options.
    public init(
        maxBytes: Int = IngestOptions.defaultMaxBytes, maxLineBytes: Int? = nil,
        fields: JSONFieldNames = JSONFieldNames()
    ) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes ?? maxBytes
        self.fields = fields
    }
}
