/// Splitting an event that turns out to hold two events.
///
/// An online clusterer must decide on the first article of a new event with only the old event to compare with, and
/// two events of the same kind (two rehab stays, two pirate attacks in the same gulf) look alike from one article.
/// Once both have several articles the difference shows: the articles fall into two groups that are less similar
/// across than within. After an article joins an event of modest size, the event is cut in two by spherical
/// 2-means over its members (seeds: the member least like the event, and the member least like that one); the cut is
/// kept when the mean cosine across the parts is below ``EventOptions/splitRatio`` times the mean cosine within the
/// less coherent part. The part holding the event's first article keeps the event id; the other becomes a new event
/// in the same storyline.
extension EventState {
    /// Whether an event that just reached `size` articles is checked: at `splitMinimum` and then each time it has
    /// grown by ``EventOptions/splitGrowth`` (by default 40 %: 6, 8, 11, 16, 22, …), so checks cost O(1) per article
    /// on average.
    static func isSplitCheckpoint(_ size: Int, options: EventOptions) -> Bool {
        var checkpoint = Double(max(1, options.splitMinimum))
        while Int(checkpoint.rounded()) < size { checkpoint = max(checkpoint * options.splitGrowth, checkpoint + 1) }
        return Int(checkpoint.rounded()) == size
    }

    /// Splits event `index` when its members form two events; returns the index of the new event.
    mutating func splitIfTwoEvents(_ index: Int, options: EventOptions) -> Int? {
        let size = records[index].size
        let smallestPart = max(2, options.splitPart)
        guard size >= max(2 * smallestPart, options.splitMinimum), size <= options.splitMaximum,
            EventState.isSplitCheckpoint(size, options: options)
        else { return nil }
        let vectors = records[index].members.map(\.vector)
        var total = SparseVector()
        for vector in vectors { total.add(vector) }

        func leastSimilar(to reference: SparseVector, excluding: Int?) -> Int {
            var chosen = 0
            var lowest = Double.infinity
            for (position, vector) in vectors.enumerated() where position != excluding {
                let norm = vector.normSquared.squareRoot()
                let similarity = norm > 0 ? vector.dot(reference) / norm : 0
                if similarity < lowest {
                    lowest = similarity
                    chosen = position
                }
            }
            return chosen
        }
        let outlier = leastSimilar(to: total, excluding: nil)
        let opposite = leastSimilar(to: vectors[outlier], excluding: outlier)
        var centroids = [vectors[opposite], vectors[outlier]]
        var assignment: [Int] = []
        for _ in 0..<10 {
            let norms = centroids.map { max($0.normSquared.squareRoot(), 1e-12) }
            let next = vectors.map { $0.dot(centroids[1]) / norms[1] > $0.dot(centroids[0]) / norms[0] ? 1 : 0 }
            if next == assignment { break }
            assignment = next
            centroids = [SparseVector(), SparseVector()]
            for (vector, part) in zip(vectors, assignment) { centroids[part].add(vector) }
        }
        let counts = [size - assignment.reduce(0, +), assignment.reduce(0, +)]
        guard counts.min()! >= smallestPart else { return nil }
        var selfSimilarity = [0.0, 0.0]
        for (vector, part) in zip(vectors, assignment) { selfSimilarity[part] += vector.normSquared }
        let within = (0..<2).map { part in
            (centroids[part].normSquared - selfSimilarity[part]) / Double(counts[part] * (counts[part] - 1))
        }
        let across = centroids[0].dot(centroids[1]) / Double(counts[0] * counts[1])
        guard across < options.splitRatio * within.min()! else { return nil }

        let moving = 1 - assignment[0]
        let members = records[index].members
        let part = openEvent(storyline: storylineRoot(records[index].storyline))
        records[part].members = zip(members, assignment).filter { $0.1 == moving }.map(\.0)
        records[index].members = zip(members, assignment).filter { $0.1 != moving }.map(\.0)
        for event in [index, part] {
            records[event].rebuild(centroidTerms: options.centroidTerms)
            records[event].lastPosition = articleCount
        }
        for term in records[part].centroid.largest(max(1, options.queryTerms)) {
            EventState.touch(&eventPostings[Int(term.id)], Int32(part), limit: options.postingLimit)
        }
        return part
    }
}
