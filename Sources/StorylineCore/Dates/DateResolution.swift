/// What is known about one article's publication date, and why.
public struct DateResolution: Hashable, Codable, Sendable {
    /// The date, when a single day is known.
    public var date: Day?
    /// Where the date came from.
    public var source: DateSource?
    /// Bounds, when only a range is known.
    public var range: DateRange?
    /// What the date rests on: article ids, phrases of the text.
    public var evidence: [String]

    /// Creates a resolution.
    public init(date: Day?, source: DateSource?, range: DateRange? = nil, evidence: [String] = []) {
        self.date = date
        self.source = source
        self.range = range
        self.evidence = evidence
    }
}
