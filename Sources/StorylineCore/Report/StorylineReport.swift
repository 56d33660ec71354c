/// One storyline in the report: events that continue the same story, in date order.
public struct StorylineReport: Hashable, Codable, Sendable {
    /// Storyline identifier (`s1`, `s2`, …).
    public var id: String
    /// A short readable label.
    public var title: String
    /// Event ids in date order.
    public var events: [String]
    /// First and last known day of the storyline's events; omitted when no event is dated.
    public var span: DateRange?

    /// Creates a storyline line.
    public init(id: String, title: String, events: [String], span: DateRange? = nil) {
        self.id = id
        self.title = title
        self.events = events
        self.span = span
    }
}
