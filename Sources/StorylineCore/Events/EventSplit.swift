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
    ///
    /// Events of short texts (at most ``EventOptions/shortTextTerms`` terms per article on average) are never split:
    /// two headlines of one story share a word or two, so 2-means over their few terms cuts stories at random. On
    /// MStream Tweets (the short-text tuning set) NMI rose from 0.9203 to 0.9208 and 0.9202 to 0.9222 (story-sorted
    /// order) without them, at 10–20 % less time; see docs/events.md.
    mutating func splitIfTwoEvents(_ index: Int, options: EventOptions) -> Int? {
        let size = records[index].size
        let smallestPart = max(2, options.splitPart)
        guard size >= max(2 * smallestPart, options.splitMinimum), size <= options.splitMaximum,
            !records[index].holdsShortTexts(options: options), EventState.isSplitCheckpoint(size, options: options)
        else { return nil }
        guard let assignment = EventState.twoWayCut(records[index].members.map(\.vector), options: options) else {
            return nil
        }

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

    /// The members' parts (0 or 1) when spherical 2-means cuts them into two events, or nil when it does not.
    ///
    /// Works on dense arrays over the members' own terms (renumbered in ascending order), so the ten rounds of
    /// 2-means allocate nothing; sums run in the same order as over sparse vectors, so the results are the same.
    static func twoWayCut(_ vectors: [SparseVector], options: EventOptions) -> [Int]? {
        let size = vectors.count
        let smallestPart = max(2, options.splitPart)
        let terms = LocalTerms(vectors)
        let width = terms.width
        let norms = vectors.map { $0.normSquared }
        var total = [Double](repeating: 0, count: width)
        for member in 0..<size { terms.add(member, into: &total) }

        func leastSimilar(to reference: [Double], excluding: Int?) -> Int {
            var chosen = 0
            var lowest = Double.infinity
            for member in 0..<size where member != excluding {
                let norm = norms[member].squareRoot()
                let similarity = norm > 0 ? terms.dot(member, reference) / norm : 0
                if similarity < lowest {
                    lowest = similarity
                    chosen = member
                }
            }
            return chosen
        }
        let outlier = leastSimilar(to: total, excluding: nil)
        var first = [Double](repeating: 0, count: width)
        terms.add(outlier, into: &first)
        let opposite = leastSimilar(to: first, excluding: outlier)
        var centroids = [[Double](repeating: 0, count: width), first]
        terms.add(opposite, into: &centroids[0])
        var assignment: [Int] = []
        var next = [Int](repeating: 0, count: size)
        for _ in 0..<10 {
            let lengths = centroids.map { max(LocalTerms.normSquared($0).squareRoot(), 1e-12) }
            for member in 0..<size {
                next[member] =
                    terms.dot(member, centroids[1]) / lengths[1] > terms.dot(member, centroids[0]) / lengths[0] ? 1 : 0
            }
            if next == assignment { break }
            assignment = next
            for part in 0..<2 { centroids[part].withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
            for member in 0..<size { terms.add(member, into: &centroids[assignment[member]]) }
        }
        let counts = [size - assignment.reduce(0, +), assignment.reduce(0, +)]
        guard counts.min()! >= smallestPart else { return nil }
        var selfSimilarity = [0.0, 0.0]
        for member in 0..<size { selfSimilarity[assignment[member]] += norms[member] }
        let within = (0..<2).map { part in
            (LocalTerms.normSquared(centroids[part]) - selfSimilarity[part]) / Double(counts[part] * (counts[part] - 1))
        }
        var dot = 0.0
        for term in 0..<width { dot += centroids[0][term] * centroids[1][term] }
        let across = dot / Double(counts[0] * counts[1])
        return across < options.splitRatio * within.min()! ? assignment : nil
    }
}

/// Sparse vectors renumbered onto the terms they use, so that sums and dot products run over small dense arrays.
struct LocalTerms {
    /// Number of distinct terms.
    let width: Int
    /// Vector `v` holds entries `start[v]..<start[v + 1]` of `slots` and `weights`.
    private var start: [Int] = [0]
    /// Each entry's term, renumbered (ascending within a vector, as the term ids were).
    private var slots: [Int] = []
    /// Each entry's weight.
    private var weights: [Double] = []

    /// Renumbers the terms of `vectors` in ascending order of their ids.
    init(_ vectors: [SparseVector]) {
        var ids: [Int32] = []
        for vector in vectors { ids += vector.ids }
        ids.sort()
        var distinct: [Int32] = []
        distinct.reserveCapacity(ids.count)
        for id in ids where id != distinct.last { distinct.append(id) }
        width = distinct.count
        slots.reserveCapacity(ids.count)
        weights.reserveCapacity(ids.count)
        for vector in vectors {
            var low = 0
            for (position, id) in vector.ids.enumerated() {
                // Ids ascend within a vector, so each search starts where the last one ended.
                var high = distinct.count
                while low < high {
                    let mid = (low + high) / 2
                    if distinct[mid] < id { low = mid + 1 } else { high = mid }
                }
                slots.append(low)
                weights.append(vector.weights[position])
            }
            start.append(slots.count)
        }
    }

    /// Adds vector `v` into a dense array.
    func add(_ v: Int, into dense: inout [Double]) {
        for entry in start[v]..<start[v + 1] { dense[slots[entry]] += weights[entry] }
    }

    /// Dot product of vector `v` with a dense array, summed in ascending term order.
    func dot(_ v: Int, _ dense: [Double]) -> Double {
        var total = 0.0
        for entry in start[v]..<start[v + 1] { total += weights[entry] * dense[slots[entry]] }
        return total
    }

    /// Squared length of a dense array.
    static func normSquared(_ dense: [Double]) -> Double {
        var total = 0.0
        for value in dense { total += value * value }
        return total
    }
}
