/// The part of the event and storyline reports that some articles can have changed: what a store rewrites after a
/// batch, without reporting (and comparing) every event the archive holds.
///
/// An article changes its event, the events merged into it or split from it, and their storylines; a storyline
/// change (a new event, a merge) can change the storyline link and order of every event in it. So the delta holds
/// the live storylines of the touched events with all their live events, and the events and storylines that were
/// merged away. Its cost grows with those storylines, not with the archive.
public struct EventStateDelta: Hashable, Sendable {
    /// Live events to insert or replace, in creation order, titled as ``EventState/events`` titles them.
    public var events: [EventReport] = []
    /// Live storylines to insert or replace, in creation order.
    public var storylines: [StorylineReport] = []
    /// Events merged into others, which no longer exist.
    public var removedEvents: [String] = []
    /// Storylines merged into others, which no longer exist.
    public var removedStorylines: [String] = []
    /// Creation number of each listed event and storyline (`e12` → 12): a stable listing order.
    public var order: [String: Int] = [:]
    /// The listed events whose members the articles can have changed (the one each joined or opened, what merged
    /// into it, what split from it). The others are listed only because their storyline changed: their members
    /// stay where they were, so a store need not point those members at them again.
    public var changedMembers: Set<String> = []

    /// Creates an empty delta.
    public init() {}
}

extension EventState {
    /// What adding articles changed, given the event ids their assignments named (``EventAssignment/event``,
    /// ``EventAssignment/mergedEvents``, ``EventAssignment/splitEvents``); unknown ids are ignored.
    public func delta(touching eventIDs: some Sequence<String>) -> EventStateDelta {
        var removedEvents: Set<Int> = []
        var storylines: Set<Int> = []
        var removedStorylines: Set<Int> = []
        var changed: Set<Int> = []
        /// The live storyline that storyline `start` now is, noting the merged ones on the way.
        func liveStoryline(_ start: Int) -> Int {
            var current = start
            while let next = storylineRecords[current].mergedInto {
                removedStorylines.insert(current)
                current = next
            }
            return current
        }
        for id in eventIDs {
            guard id.hasPrefix("e"), let number = Int(id.dropFirst()), number >= 1, number <= records.count else {
                continue
            }
            let index = number - 1
            let live = root(index)
            if live != index { removedEvents.insert(index) }
            changed.insert(live)
            _ = liveStoryline(records[index].storyline)
            storylines.insert(liveStoryline(records[live].storyline))
        }
        var delta = EventStateDelta()
        var events: Set<Int> = []
        var titles: [Int: String] = [:]
        func title(_ index: Int) -> String {
            if let known = titles[index] { return known }
            let made = eventTitle(records[index])
            titles[index] = made
            return made
        }
        for index in storylines.sorted() {
            guard let report = storylineReport(index, title: title) else { continue }
            delta.storylines.append(report)
            delta.order[report.id] = storylineRecords[index].number
            for event in storylineRecords[index].events {
                let live = root(event)
                if records[live].size > 0 { events.insert(live) }
            }
        }
        for index in events.sorted() {
            let report = eventReport(index, title: title(index))
            delta.events.append(report)
            delta.order[report.id] = records[index].number
            if changed.contains(index) { delta.changedMembers.insert(report.id) }
        }
        delta.removedEvents = removedEvents.sorted().map { "e\(records[$0].number)" }
        delta.removedStorylines = removedStorylines.sorted().map { "s\(storylineRecords[$0].number)" }
        return delta
    }
}
