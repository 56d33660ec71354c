/// An inclusive span of days, used when a date is known only within bounds and for storyline spans.
public struct DateRange: Hashable, Codable, Sendable {
    /// First possible day.
    public var from: Day
    /// Last possible day.
    public var to: Day

    /// Creates a range; the bounds are swapped when given in the wrong order.
    public init(from: Day, to: Day) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// Whether `day` lies inside the range.
    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}
