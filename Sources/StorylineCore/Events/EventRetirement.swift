/// Retiring events that left the active set for good, so that memory per article stays bounded.
///
/// An event not updated for ``EventOptions/activeArticles`` articles is never a candidate again (the article count
/// only grows), so it can never be joined, merged or split again: what it still needs is what reports read (members'
/// ids, dates and headlines, and the centroid weights that pick its title). Retiring it drops its members' term
/// vectors (the bulk of an event: up to ``EventOptions/memberTerms`` terms per article), cuts its centroid to the
/// terms its title is chosen from, and removes it from the term → event inverted index, so posting lists hold
/// events that can still be candidates. Reports are unchanged (see ``EventState/eventTitle(_:)``).
///
/// Events are found for retirement through a min-heap of (stream position, event): each new event is pushed at its
/// opening; when the top of the heap is old enough, its event is retired if it was not updated since, else pushed
/// again at its last update. An event is pushed once more per time it is found still active, so the work is
/// O(log events) per article on average, and an event is retired as soon as it leaves the window.
extension EventState {
    /// Queues the events opened since the last call and retires those that left the active set for good.
    mutating func retireInactive(options: EventOptions) {
        while queuedEvents < records.count {
            retireQueue.push(Self.pack(position: articleCount, event: queuedEvents))
            queuedEvents += 1
        }
        let cutoff = articleCount - max(1, options.activeArticles)
        while let top = retireQueue.min {
            let (position, event) = Self.unpack(top)
            guard position <= cutoff else { break }
            _ = retireQueue.pop()
            let record = records[event]
            guard record.mergedInto == nil, record.size > 0 else { continue }
            if record.lastPosition > cutoff {
                retireQueue.push(Self.pack(position: record.lastPosition, event: event))
            } else {
                retire(event, options: options)
            }
        }
    }

    /// Drops what a retired event no longer needs (see the type's comment).
    mutating func retire(_ event: Int, options: EventOptions) {
        // The terms it is listed under: each member's query terms, and the centroid's top ones (a split lists the
        // parts under those).
        var terms = records[event].centroid.largest(max(1, options.queryTerms)).map(\.id)
        for member in records[event].members {
            for term in member.vector.largest(max(1, options.queryTerms)) { terms.append(term.id) }
        }
        for term in Set(terms) where Int(term) < eventPostings.count {
            let list = eventPostings[Int(term)]
            if list.contains(where: { root(Int($0)) == event }) {
                eventPostings[Int(term)] = list.filter { root(Int($0)) != event }
            }
        }
        var keep = Set(records[event].centroid.largest(4).map(\.id))
        for member in records[event].members.lazy.filter({ $0.title != nil }).prefix(16) {
            keep.formUnion(member.titleTerms)
        }
        let centroid = records[event].centroid
        records[event].centroid = SparseVector(
            pairs: keep.map { ($0, centroid.weight(of: $0)) }.filter { $0.1 != 0 })
        for k in records[event].members.indices {
            records[event].members[k].vector = SparseVector()
            records[event].members[k].embedding = nil
        }
        records[event].embedding = nil
    }

    private static func pack(position: Int, event: Int) -> UInt64 { UInt64(position) << 32 | UInt64(event) }

    private static func unpack(_ value: UInt64) -> (position: Int, event: Int) {
        (Int(value >> 32), Int(value & 0xFFFF_FFFF))
    }
}
