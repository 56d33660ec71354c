import StorylineCore

/// The synthetic truth of the articles ingested so far, by arrival slot, compact enough for a million articles.
struct TruthTable {
    private var copyGroup: [Int32] = []
    private var event: [Int32] = []
    private var storyline: [Int32] = []
    /// Slot of the original for a copy, else -1.
    private var source: [Int32] = []
    /// Copy kind index (`CopyKind.allCases`) for a copy, else -1.
    private var kind: [Int8] = []

    init(capacity: Int) {
        copyGroup.reserveCapacity(capacity)
        event.reserveCapacity(capacity)
        storyline.reserveCapacity(capacity)
        source.reserveCapacity(capacity)
        kind.reserveCapacity(capacity)
    }

    /// Records the truth of the article just archived.
    mutating func append(_ item: SyntheticArticle, archive: ArticleArchive) {
        copyGroup.append(Int32(item.truth.copyGroup))
        event.append(Int32(item.truth.event))
        storyline.append(Int32(item.truth.storyline))
        source.append(item.truth.copyOf.flatMap { archive.slot(of: $0) }.map(Int32.init) ?? -1)
        kind.append(item.truth.copyKind.flatMap { CopyKind.allCases.firstIndex(of: $0) }.map(Int8.init) ?? -1)
    }

    /// Copy groups found (connected components of copy verdicts) against the true copy groups.
    func copyScores(_ groups: inout UnionFind, count: Int) -> ClusterScores {
        ClusterScores(predicted: (0..<count).map { groups.find($0) }, gold: Array(copyGroup.prefix(count)))
    }

    /// For each copy kind, the share of copies put in the same group as their original.
    func copyRecallByKind(_ groups: inout UnionFind, count: Int) -> [String: Double] {
        var found = [Int](repeating: 0, count: CopyKind.allCases.count)
        var all = found
        for slot in 0..<count where kind[slot] >= 0 && source[slot] >= 0 {
            all[Int(kind[slot])] += 1
            if groups.find(slot) == groups.find(Int(source[slot])) { found[Int(kind[slot])] += 1 }
        }
        var result: [String: Double] = [:]
        for (index, copyKind) in CopyKind.allCases.enumerated() where all[index] > 0 {
            result[copyKind.rawValue] = Double(found[index]) / Double(all[index])
        }
        return result
    }

    /// Events and storylines found against the true ones. Articles an engine left out count as singletons.
    func eventScores(_ clustering: EventClustering, archive: ArticleArchive, count: Int)
        -> (events: ClusterScores, storylines: ClusterScores)
    {
        var eventOf = [Int](repeating: -1, count: count)
        var storylineOfEvent: [String: Int] = [:]
        for (index, storyline) in clustering.storylines.enumerated() {
            for id in storyline.events { storylineOfEvent[id] = index }
        }
        var storylineOf = [Int](repeating: -1, count: count)
        for (index, found) in clustering.events.enumerated() {
            let line = storylineOfEvent[found.id] ?? -(index + 2)
            for id in found.articles {
                guard let slot = archive.slot(of: id), slot < count else { continue }
                eventOf[slot] = index
                storylineOf[slot] = line
            }
        }
        // Unassigned articles: their own singleton labels, distinct from every event index.
        let offset = clustering.events.count + clustering.storylines.count + 2
        for slot in 0..<count where eventOf[slot] < 0 {
            eventOf[slot] = offset + slot
            storylineOf[slot] = offset + slot
        }
        return (
            ClusterScores(predicted: eventOf, gold: Array(event.prefix(count))),
            ClusterScores(predicted: storylineOf, gold: Array(storyline.prefix(count)))
        )
    }
}
