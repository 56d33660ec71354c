/// A storyline of the synthetic world: recurring actors, a place and theme words, revisited over months.
struct SyntheticStoryline: Sendable {
    /// Storyline number.
    let number: Int
    /// Recurring people (full names).
    let people: [String]
    /// Recurring organisation.
    let organisation: String
    /// Home place.
    let place: String
    /// Theme words (content-word ranks) shared by all its events.
    let themes: [Int]
    /// Events still to come.
    var eventsLeft: Int
    /// Day ordinal of its next event.
    var nextDay: Int
}

extension SyntheticStoryline: Comparable {
    static func < (lhs: SyntheticStoryline, rhs: SyntheticStoryline) -> Bool {
        (lhs.nextDay, lhs.number) < (rhs.nextDay, rhs.number)
    }

    static func == (lhs: SyntheticStoryline, rhs: SyntheticStoryline) -> Bool { lhs.number == rhs.number }
}

/// One event: who, where, when and its key words; every article about it draws on this profile.
struct SyntheticEvent: Sendable {
    /// Event number.
    let number: Int
    /// Storyline number.
    let storyline: Int
    /// Day the event happened.
    let day: Day
    /// People involved (full names).
    let people: [String]
    /// Organisation involved.
    let organisation: String
    /// Place.
    let place: String
    /// Key words (content-word ranks): the event's own and its storyline's themes.
    let terms: [Int]
}
