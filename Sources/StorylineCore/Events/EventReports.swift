/// Turning the online state into report lines: titles, dates, spans, time-ordered storylines.
extension EventState {
    /// Events and storylines of the state (merged ones excluded), in creation order.
    func reports(options: EventOptions) -> EventClustering {
        var events: [EventReport] = []
        var titles: [Int: String] = [:]
        for (index, record) in records.enumerated() where record.mergedInto == nil && record.size > 0 {
            let title = eventTitle(record)
            titles[index] = title
            events.append(eventReport(index, title: title))
        }
        var storylines: [StorylineReport] = []
        for index in storylineRecords.indices where storylineRecords[index].mergedInto == nil {
            if let report = storylineReport(index, title: { titles[$0] ?? "" }) { storylines.append(report) }
        }
        return EventClustering(events: events, storylines: storylines)
    }

    /// The report of the live storyline at `index` (its live events in date order, titled by its largest event
    /// through `title`), or `nil` when it holds no live event.
    func storylineReport(_ index: Int, title: (Int) -> String) -> StorylineReport? {
        let record = storylineRecords[index]
        let members = Set(record.events.map { root($0) }).filter { records[$0].size > 0 }.sorted()
        guard !members.isEmpty else { return nil }
        let ordered = members.sorted { a, b in
            switch (records[a].firstDate, records[b].firstDate) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return records[a].number < records[b].number
            }
        }
        let main = members.max { a, b in
            let (x, y) = (records[a].size, records[b].size)
            return x != y ? x < y : records[a].number > records[b].number
        }!
        let firsts = members.compactMap { records[$0].firstDate }
        let lasts = members.compactMap { records[$0].lastDate }
        let span = firsts.min().flatMap { from in lasts.max().map { DateRange(from: from, to: $0) } }
        return StorylineReport(
            id: "s\(record.number)", title: title(main), events: ordered.map { "e\(records[$0].number)" }, span: span)
    }

    /// The report of the live event at `index`, titled `title` (``eventTitle(_:)``).
    func eventReport(_ index: Int, title: String) -> EventReport {
        let record = records[index]
        return EventReport(
            id: "e\(record.number)", title: title, date: record.firstDate,
            articles: record.members.map(\.article).sorted())
    }

    /// A short label: the member headline whose words weigh most in the centroid, else the heaviest key terms.
    func eventTitle(_ record: EventRecord) -> String {
        var best: (text: String, score: Double)?
        var candidates = 0
        // The first 16 members with a headline, read in place (copying each member to test it costs more than
        // the test when most have none).
        for index in record.members.indices where candidates < 16 {
            guard let title = record.members[index].title else { continue }
            candidates += 1
            let terms = record.members[index].titleTerms
            let total = terms.reduce(0.0) { $0 + record.centroid.weight(of: $1) }
            let score = total / Double(max(1, terms.count)).squareRoot()
            if score > best?.score ?? -1 { best = (title, score) }
        }
        if let best { return best.text }
        return record.centroid.largest(4).map { vocabulary.displayForm($0.id) }.joined(separator: ", ")
    }
}
