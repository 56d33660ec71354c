/// Tuning of date inference.
public struct DateInferenceOptions: Hashable, Codable, Sendable {
    /// Days after its original within which a copy is expected (the copy is never earlier).
    public var copyLag: Int
    /// Days before the earliest dated member of its event that an article may appear.
    public var eventLead: Int
    /// Days after the latest dated member of its event that an article may appear.
    public var eventLag: Int
    /// Days around a dated neighbouring event of the same storyline.
    public var storylineReach: Int
    /// Passes over the articles, so dates inferred from copies reach copies of copies.
    public var rounds: Int

    /// Creates options; the defaults suit daily news.
    public init(copyLag: Int = 7, eventLead: Int = 2, eventLag: Int = 7, storylineReach: Int = 90, rounds: Int = 3) {
        self.copyLag = copyLag
        self.eventLead = eventLead
        self.eventLag = eventLag
        self.storylineReach = storylineReach
        self.rounds = rounds
    }
}

/// Infers publication dates for undated articles from their copies, their events and textual clues.
///
/// Each undated article gets a window of possible days and a best day inside it:
/// - copies: a copy is published on or after its original (`CopyReport.a` is the original, `b` the copy), and
///   usually within ``DateInferenceOptions/copyLag`` days;
/// - its event: the dated members give [earliest − `eventLead`, latest + `eventLag`];
/// - its storyline, when nothing closer is known: the dated neighbouring event that fits the text clues,
///   ± `storylineReach`;
/// - its text (``TextDateClues``): the latest date mentioned bounds it from below, elapsed-time phrases give a window,
///   weekdays must fit, a dateline without year names the day.
/// The best day minimises the distance to the dated neighbours (the middle of the window when there are none) plus
/// the weekday misfit. The window is reported as
/// `range`, narrowed by the lead's weekday when copies or events already pin it to about a week.
/// Articles with no copy, event, storyline or elapsed-time evidence stay undated.
public enum DateInference {
    /// Resolutions for every article; `known` holds the explicit ones, which are returned unchanged.
    public static func infer(
        _ documents: [Document], known: [String: DateResolution], copies: [CopyReport], events: [EventReport],
        storylines: [StorylineReport] = [], options: DateInferenceOptions = DateInferenceOptions()
    ) -> [String: DateResolution] {
        let context = Context(known: known, copies: copies, events: events, storylines: storylines, options: options)
        var results = known
        var current = context.explicit
        let undated = documents.filter { known[$0.id]?.date == nil }
        let found = ParallelMap.map(undated, minimum: 16) { TextDateClues.of($0) }
        let clues = Dictionary(zip(undated.map(\.id), found), uniquingKeysWith: { first, _ in first })
        for _ in 0..<max(1, options.rounds) {
            var changed = false
            for document in undated {
                guard let resolution = context.infer(document.id, clues: clues[document.id]!, current: current) else {
                    continue
                }
                if current[document.id] != resolution.date { changed = true }
                current[document.id] = resolution.date
                results[document.id] = resolution
            }
            if !changed { break }
        }
        return results
    }

    /// Everything the inference of one article looks up.
    private struct Context {
        let explicit: [String: Day]
        let copiesOf: [String: [CopyReport]]
        let eventOf: [String: EventReport]
        let storylineOf: [String: StorylineReport]
        let eventDates: [String: [Day]]
        let options: DateInferenceOptions

        init(
            known: [String: DateResolution], copies: [CopyReport], events: [EventReport],
            storylines: [StorylineReport], options: DateInferenceOptions
        ) {
            let explicit = known.compactMapValues(\.date)
            self.explicit = explicit
            var copiesOf: [String: [CopyReport]] = [:]
            for copy in copies {
                copiesOf[copy.a, default: []].append(copy)
                copiesOf[copy.b, default: []].append(copy)
            }
            self.copiesOf = copiesOf
            var eventOf: [String: EventReport] = [:]
            var eventDates: [String: [Day]] = [:]
            for event in events {
                for article in event.articles { eventOf[article] = event }
                eventDates[event.id] = event.articles.compactMap { explicit[$0] }.sorted()
            }
            self.eventOf = eventOf
            self.eventDates = eventDates
            var storylineOf: [String: StorylineReport] = [:]
            for storyline in storylines { for event in storyline.events { storylineOf[event] = storyline } }
            self.storylineOf = storylineOf
            self.options = options
        }

        /// A soft preference for days near `day`, costing `weight` per day of distance.
        struct Preference {
            var day: Day
            var weight: Double
        }

        func infer(_ id: String, clues: TextDateClues, current: [String: Day]) -> DateResolution? {
            var lower: Day?
            var upper: Day?
            var windows: [DateRange] = []
            var preferences: [Preference] = []
            var evidence: [String] = []
            var pinned = false  // copies or event evidence: the window is about a week

            for copy in copiesOf[id] ?? [] {
                let inferredMark = { (other: String) in explicit[other] == nil ? ", inferred" : "" }
                if copy.b == id, let day = current[copy.a] {
                    lower = max(lower ?? day, day)
                    windows.append(DateRange(from: day, to: day.adding(days: options.copyLag)))
                    preferences.append(Preference(day: day, weight: 1))
                    evidence.append("\(copy.kind.rawValue) copy of \(copy.a) (\(day)\(inferredMark(copy.a)))")
                    pinned = true
                } else if copy.a == id, let day = current[copy.b] {
                    upper = min(upper ?? day, day)
                    windows.append(DateRange(from: day.adding(days: -options.copyLag), to: day))
                    preferences.append(Preference(day: day, weight: 1))
                    evidence.append("original of \(copy.kind.rawValue) copy \(copy.b) (\(day)\(inferredMark(copy.b)))")
                    pinned = true
                }
            }
            if let event = eventOf[id], let dates = eventDates[event.id], let first = dates.first, let last = dates.last
            {
                windows.append(
                    DateRange(from: first.adding(days: -options.eventLead), to: last.adding(days: options.eventLag)))
                preferences.append(Preference(day: dates[(dates.count - 1) / 2], weight: 0.5))
                let span = first == last ? "\(first)" : "\(first)…\(last)"
                evidence.append("event \(event.id): \(dates.count) dated member\(dates.count == 1 ? "" : "s") \(span)")
                pinned = true
            }
            var textWindows: [DateRange] = []
            for clue in clues.elapsed {
                textWindows.append(clue.window)
                evidence.append(clue.evidence)
            }
            if !pinned,
                let neighbour = storylineNeighbour(of: id, within: intersect(textWindows), after: clues.lowerBound?.day)
            {
                windows.append(
                    DateRange(
                        from: neighbour.day.adding(days: -options.storylineReach),
                        to: neighbour.day.adding(days: options.storylineReach)))
                preferences.append(Preference(day: neighbour.day, weight: 0.02))
                evidence.append(neighbour.evidence)
            }
            guard !windows.isEmpty || !textWindows.isEmpty else { return nil }

            // Hard bounds from copies; the text's lower bound and windows yield when they contradict them.
            var window = clamp(intersect(windows), lower: lower, upper: upper)
            if let textWindow = intersect(textWindows) {
                if let w = window {
                    if let both = intersect([w, textWindow]) {
                        window = both
                    } else {
                        evidence.removeAll { $0.hasPrefix("text: '") }
                    }
                } else if windows.isEmpty {
                    window = clamp(textWindow, lower: lower, upper: upper)
                }
            }
            guard
                var range = window ?? windows.first.flatMap({ clamp($0, lower: lower, upper: upper) }) ?? windows.first
            else { return nil }
            if let bound = clues.lowerBound, bound.day > range.from {
                if bound.day <= range.to {
                    range = DateRange(from: bound.day, to: range.to)
                    evidence.append("text: mentions '\(bound.phrase)', so not before \(bound.day)")
                }
            }

            let days = (range.from.ordinal...min(range.to.ordinal, range.from.ordinal + 1500)).map(Day.init(ordinal:))
            var datelineDay: Day?
            if let dateline = clues.dateline {
                let matches = days.filter { $0.components.month == dateline.month && $0.components.day == dateline.day }
                if matches.count == 1 {
                    datelineDay = matches[0]
                    evidence.append("text: dateline '\(dateline.phrase)'")
                }
            }
            if datelineDay == nil, !clues.ambiguousDateLine.isEmpty {
                let inside = clues.ambiguousDateLine.filter { range.contains($0) }
                if inside.count == 1 {
                    datelineDay = inside[0]
                    evidence.append("text: ambiguous date line read as \(inside[0]), the reading inside the window")
                }
            }
            let center = range.from.adding(days: (range.to.ordinal - range.from.ordinal) / 2)
            func penalty(_ day: Day) -> Double {
                var total = 0.0
                for preference in preferences {
                    total += preference.weight * Double(abs(day.ordinal - preference.day.ordinal))
                }
                for clue in clues.weekdays { total += clue.penalty(publishedOn: day) }
                if let datelineDay, day != datelineDay { total += 20 }
                if preferences.isEmpty { total += 0.001 * Double(abs(day.ordinal - center.ordinal)) }
                return total
            }
            var best = days[0]
            var bestPenalty = penalty(best)
            for day in days.dropFirst() {
                let value = penalty(day)
                if value < bestPenalty - 1e-9 {
                    best = day
                    bestPenalty = value
                }
            }
            let leadPast = clues.weekdays.filter { $0.lead && $0.tense == .past }
            for clue in clues.weekdays.prefix(4) where clue.lead || evidence.count < 3 {
                evidence.append("text: '\(clue.phrase)'")
            }
            if pinned, !leadPast.isEmpty, range.to.ordinal - range.from.ordinal <= 2 * options.copyLag + 7 {
                let fresh = { (day: Day) in leadPast.contains { $0.distance(publishedOn: day) <= 1 } }
                if fresh(best) {
                    var from = best
                    var to = best
                    while from > range.from, fresh(from.adding(days: -1)) { from = from.adding(days: -1) }
                    while to < range.to, fresh(to.adding(days: 1)) { to = to.adding(days: 1) }
                    range = DateRange(from: from, to: to)
                }
            }
            return DateResolution(date: best, source: .inferred, range: range, evidence: dedupe(evidence))
        }

        /// The dated event of the article's storyline to lean on: the one inside the text's window, else the first
        /// after the text's lower bound, else the latest.
        func storylineNeighbour(of id: String, within window: DateRange?, after lowerBound: Day?) -> (
            day: Day, evidence: String
        )? {
            guard let event = eventOf[id], let storyline = storylineOf[event.id] else { return nil }
            var candidates: [(day: Day, event: String)] = []
            for other in storyline.events where other != event.id {
                if let first = eventDates[other]?.first { candidates.append((first, other)) }
            }
            candidates.sort { $0.day < $1.day }
            let chosen: (day: Day, event: String)?
            if let window {
                let inside = candidates.filter { window.contains($0.day) }
                guard !inside.isEmpty else { return nil }
                let middle = window.from.adding(days: (window.to.ordinal - window.from.ordinal) / 2)
                chosen = inside.min { abs($0.day.ordinal - middle.ordinal) < abs($1.day.ordinal - middle.ordinal) }
            } else if let lowerBound {
                chosen = candidates.first { $0.day >= lowerBound } ?? candidates.last
            } else {
                chosen = candidates.last
            }
            guard let chosen else { return nil }
            return (chosen.day, "storyline \(storyline.id): neighbouring event \(chosen.event) dated \(chosen.day)")
        }

        func intersect(_ ranges: [DateRange]) -> DateRange? {
            guard let first = ranges.first else { return nil }
            var from = first.from
            var to = first.to
            for range in ranges.dropFirst() {
                from = max(from, range.from)
                to = min(to, range.to)
            }
            return from <= to ? DateRange(from: from, to: to) : nil
        }

        func clamp(_ range: DateRange?, lower: Day?, upper: Day?) -> DateRange? {
            guard let range else { return nil }
            let from = max(range.from, lower ?? range.from)
            let to = min(range.to, upper ?? range.to)
            return from <= to ? DateRange(from: from, to: to) : nil
        }

        func dedupe(_ items: [String]) -> [String] {
            var seen = Set<String>()
            return items.filter { seen.insert($0).inserted }
        }
    }
}
