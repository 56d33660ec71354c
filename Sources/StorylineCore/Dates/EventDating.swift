/// Dates for events and spans for storylines, from the resolved article dates.
public enum EventDating {
    /// Each event with its date set to its earliest reliable member date: the earliest explicit date (marker,
    /// field, HTML or text) when a member has one, else the earliest inferred date, else `nil`.
    public static func dated(_ events: [EventReport], dates: [String: DateResolution]) -> [EventReport] {
        events.map { event in
            var copy = event
            let resolutions = event.articles.compactMap { dates[$0] }
            let explicit = resolutions.filter { $0.source != .inferred }.compactMap(\.date)
            let inferred = resolutions.filter { $0.source == .inferred }.compactMap(\.date)
            copy.date = explicit.min() ?? inferred.min()
            return copy
        }
    }

    /// Each storyline with its span set from its events' dates, and its events put in date order (undated last,
    /// in their original order).
    public static func spanned(_ storylines: [StorylineReport], events: [EventReport]) -> [StorylineReport] {
        let dateOf = Dictionary(events.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        return storylines.map { storyline in
            var copy = storyline
            let order = Dictionary(
                storyline.events.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            copy.events = storyline.events.sorted { lhs, rhs in
                switch (dateOf[lhs] ?? nil, dateOf[rhs] ?? nil) {
                case (let l?, let r?): return l != r ? l < r : order[lhs]! < order[rhs]!
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return order[lhs]! < order[rhs]!
                }
            }
            let days = storyline.events.compactMap { dateOf[$0] ?? nil }
            if let first = days.min(), let last = days.max() { copy.span = DateRange(from: first, to: last) }
            return copy
        }
    }
}
