#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The online step: one article joins an event or opens one; close events merge; new events join storylines.
extension EventState {
    /// A candidate event and its score for the current article.
    private struct Candidate {
        var index: Int
        var score: Double
    }

    /// Adds one article (its features already extracted) and returns where it went.
    mutating func add(
        id: String, title: String?, features: EventFeatures, date: Day?, options: EventOptions
    ) -> EventAssignment {
        let placed = place(id: id, title: title, features: features, date: date, options: options)
        let storyline = storylineRecords[storylineRoot(records[placed.event].storyline)].number
        return EventAssignment(
            event: "e\(records[placed.event].number)", storyline: "s\(storyline)", isNewEvent: placed.isNew,
            mergedEvents: placed.merged.map { "e\(records[$0].number)" },
            splitEvents: placed.split.map { "e\(records[$0].number)" })
    }

    /// Where ``place(id:title:features:date:options:)`` put an article, by event index: the ids of
    /// ``EventAssignment`` are made only when asked for (a batch clusterer discards them).
    struct Placement {
        /// The event now holding the article.
        var event: Int
        /// Whether the article opened it.
        var isNew: Bool
        /// Events merged into others while the article was added.
        var merged: [Int]
        /// Events split off while the article was added.
        var split: [Int]
    }

    /// Adds one article (its features already extracted): it joins an event or opens one, close events merge, an
    /// event holding two events splits.
    mutating func place(
        id: String, title: String?, features: EventFeatures, date: Day?, options: EventOptions
    ) -> Placement {
        if streamTerms == nil, articleCount > 0 {
            // A state saved before the count existed: estimated from the terms its events kept per member.
            streamTerms = records.reduce(0) { $0 + $1.countedTerms }
        }
        advance(date: date)
        streamTerms = (streamTerms ?? 0) + features.terms.count
        var features = features
        if !isShortTextStream(options: options) { features.embedding = nil }
        let (vector, termIds) = termVector(features)
        let heaviest = vector.largest(max(1, options.queryTerms))
        let query = heaviest.map(\.id)

        // The article's weights scattered by term id: each candidate centroid is then scored by reading it once.
        scratch.scatter(vector, upTo: vocabulary.count)
        var candidates: [Candidate] = shortlist(heaviest, date: date, options: options).map { index in
            Candidate(
                index: index,
                score: similarity(event: index, embedding: features.embedding, date: date, options: options))
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }

        let target: Int
        let isNew: Bool
        if let best = candidates.first, best.score >= options.joinThreshold {
            target = best.index
            isNew = false
        } else {
            target = openEvent(storyline: storyline(query: heaviest, options: options))
            isNew = true
        }
        scratch.clearScattered(vector)
        var kept = vector
        kept.keepLargest(max(1, options.memberTerms))
        let member = EventRecord.Member(
            article: id, date: date, title: title.flatMap { $0.isEmpty ? nil : $0 },
            titleTerms: features.titleTerms.map { termIds[$0] }, vector: kept,
            embedding: features.packedEmbedding)
        absorb(vector, embedding: features.embedding, member: member, query: query, into: target, options: options)

        var survivor = target
        var split: [Int] = []
        if let part = splitIfTwoEvents(target, options: options) {
            split.append(part)
            if records[part].members.contains(where: { $0.article == id }) { survivor = part }
        }
        var merged: [Int] = []
        for other in candidates.prefix(max(0, options.mergeCandidates)) {
            let index = root(other.index)
            guard index != survivor, records[index].mergedInto == nil else { continue }
            let similarity = centroidSimilarity(survivor, index, options: options)
            guard similarity >= mergeThreshold(survivor, index, options: options) else { continue }
            let (kept, dropped) = mergeEvents(survivor, index, options: options)
            merged.append(dropped)
            survivor = kept
        }
        return Placement(event: survivor, isNew: isNew, merged: merged, split: split)
    }

    /// The article's unit TF-IDF vector, with IDF from the articles seen so far (this one included), and the
    /// vocabulary id of each of its terms (in the order of ``EventFeatures/terms``).
    private mutating func termVector(_ features: EventFeatures) -> (vector: SparseVector, ids: [Int32]) {
        var ids: [Int32] = []
        ids.reserveCapacity(features.terms.count)
        for term in features.terms {
            let id = vocabulary.id(for: term.key, hash: term.hash, display: term.display)
            vocabulary.countDocument(id)
            ids.append(id)
        }
        while eventPostings.count < vocabulary.count { eventPostings.append([]) }
        while storylinePostings.count < vocabulary.count { storylinePostings.append([]) }
        let vocabulary = vocabulary
        let documents = articleCount
        var vector = SparseVector(ids: ids) { position in
            features.terms[position].weight * vocabulary.idf(ids[position], documents: documents)
        }
        vector.normalize()
        return (vector, ids)
    }

    /// Live, active events listed under the query terms, best first by the summed article weight of the terms
    /// they are listed under (a cheap bound on the dot product), at most `candidateLimit` of them.
    private mutating func shortlist(
        _ query: [(index: Int, id: Int32, weight: Double)], date: Day?, options: EventOptions
    ) -> [Int] {
        // The tally is moved out of the scratch space while it runs, so that its closures may read the state.
        var tally = scratch.events
        scratch.events = PostingTally()
        let candidates = tally.rank(
            query, in: eventPostings, items: records.count, article: articleCount,
            limit: max(1, options.candidateLimit), resolve: { root($0) },
            admit: { index in
                // Fields read in place: copying the record would retain and release each of its arrays.
                records[index].lastPosition > articleCount - options.activeArticles
                    && (date == nil || records[index].gap(to: date) <= options.activeDays)
            })
        scratch.events = tally
        return candidates
    }

    /// The `limit` items with the highest `score`, best first (ties: the lower index): the first `limit` of the
    /// sorted list, found without sorting the rest.
    static func best(_ items: [Int], by score: [Double], limit: Int) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(limit + 1)
        func before(_ a: Int, _ b: Int) -> Bool { score[a] != score[b] ? score[a] > score[b] : a < b }
        for item in items {
            if kept.count == limit, let last = kept.last, !before(item, last) { continue }
            var position = kept.count
            while position > 0, before(item, kept[position - 1]) { position -= 1 }
            kept.insert(item, at: position)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }

    /// Cosine of the article (scattered in ``Scratch/scattered``) with an event centroid, times time decay, plus the
    /// size prior. When the article and an event of short texts both have embeddings, the cosine is blended with
    /// theirs (``EventOptions/embeddingWeight``) and shifted so that ``EventOptions/joinThreshold`` stands for
    /// ``EventOptions/embeddingJoinThreshold``: blended and plain scores then rank on one scale.
    private func similarity(event index: Int, embedding: [Float]?, date: Day?, options: EventOptions) -> Double {
        let normSquared = records[index].normSquared
        guard normSquared > 0 else { return 0 }
        var cosine = scratch.dotScattered(records[index].centroid) / normSquared.squareRoot()
        if let embedding, records[index].holdsShortTexts(options: options),
            let semantic = records[index].embedding?.cosine(unit: embedding)
        {
            cosine =
                (1 - options.embeddingWeight) * cosine + options.embeddingWeight * semantic
                - (options.embeddingJoinThreshold - options.joinThreshold)
        }
        let prior = options.sizeBonus * log(Double(records[index].size))
        var factor = EventState.decay(days: records[index].gap(to: date), options: options)
        if (date == nil) != (records[index].firstDate == nil) { factor *= options.undatedDiscount }
        return cosine * factor + prior
    }

    /// Time decay: 1 within the grace period, then exponential.
    static func decay(days: Int, options: EventOptions) -> Double {
        let excess = Double(days) - options.graceDays
        guard excess > 0 else { return 1 }
        return exp(-excess / max(options.decayDays, 1e-9))
    }

    /// Cosine of two event centroids (blended with their embeddings when both hold short texts and have them), times
    /// the decay of the gap between their date ranges.
    private mutating func centroidSimilarity(_ a: Int, _ b: Int, options: EventOptions) -> Double {
        let norms = (records[a].normSquared * records[b].normSquared).squareRoot()
        guard norms > 0 else { return 0 }
        var factor = EventState.decay(days: records[a].gap(to: records[b]), options: options)
        if (records[a].firstDate == nil) != (records[b].firstDate == nil) { factor *= options.undatedDiscount }
        scratch.scatter(records[a].centroid, upTo: vocabulary.count)
        let dot = scratch.dotScattered(records[b].centroid)
        scratch.clearScattered(records[a].centroid)
        var cosine = dot / norms
        if holdShortTexts(a, b, options: options), let other = records[b].embedding,
            let semantic = records[a].embedding?.cosine(other)
        {
            cosine = (1 - options.embeddingWeight) * cosine + options.embeddingWeight * semantic
        }
        return cosine * factor
    }

    /// The centroid similarity at which two events merge: ``EventOptions/shortMergeThreshold`` when both hold short
    /// texts (``EventOptions/embeddingMergeThreshold`` when both also have embeddings, which the similarity then
    /// blends in), else ``EventOptions/mergeThreshold``.
    func mergeThreshold(_ a: Int, _ b: Int, options: EventOptions) -> Double {
        guard holdShortTexts(a, b, options: options) else { return options.mergeThreshold }
        return records[a].embedding != nil && records[b].embedding != nil
            ? options.embeddingMergeThreshold : options.shortMergeThreshold
    }

    /// Whether both events hold short texts: at most ``EventOptions/shortTextTerms`` terms per article on average.
    func holdShortTexts(_ a: Int, _ b: Int, options: EventOptions) -> Bool {
        records[a].holdsShortTexts(options: options) && records[b].holdsShortTexts(options: options)
    }

    /// Adds the article's vector (and embedding, if any) to an event and its vector to the event's storyline, and
    /// indexes both under the query terms.
    private mutating func absorb(
        _ vector: SparseVector, embedding: [Float]?, member: EventRecord.Member, query: [Int32], into index: Int,
        options: EventOptions
    ) {
        records[index].centroid.add(vector)
        if let embedding { EmbeddingSum.accumulate(embedding, into: &records[index].embedding) }
        records[index].termTotal = records[index].countedTerms + member.vector.count
        records[index].members.append(member)
        EventState.prune(&records[index].centroid, limit: records[index].centroidLimit(options: options))
        records[index].normSquared = records[index].centroid.normSquared
        records[index].include(member.date)
        records[index].lastPosition = articleCount
        let storyline = storylineRoot(records[index].storyline)
        storylineRecords[storyline].centroid.add(vector)
        EventState.prune(&storylineRecords[storyline].centroid, limit: options.centroidTerms)
        storylineRecords[storyline].normSquared = storylineRecords[storyline].centroid.normSquared
        for term in query {
            EventState.touch(&eventPostings[Int(term)], Int32(index), limit: options.postingLimit)
            EventState.touch(&storylinePostings[Int(term)], Int32(storyline), limit: options.postingLimit)
        }
    }

    /// Cuts a centroid back to `limit` terms once it holds twice as many (pruning is a selection; doing it
    /// rarely keeps the cost per article low).
    static func prune(_ centroid: inout SparseVector, limit: Int) {
        if centroid.count > 2 * max(1, limit) { centroid.keepLargest(limit) }
    }

    /// Moves `value` to the most recent end of a posting list, dropping the oldest entry past `limit`.
    static func touch(_ list: inout [Int32], _ value: Int32, limit: Int) {
        if list.last == value { return }
        if let position = list.firstIndex(of: value) { list.remove(at: position) }
        list.append(value)
        if list.count > max(1, limit) { list.removeFirst(list.count - max(1, limit)) }
    }

    /// The storyline a new event starting with this article (scattered in ``Scratch/scattered``) continues, or a
    /// new storyline. Storylines listed under the query terms are ranked by the summed article weight of the terms
    /// they are listed under; the best ``EventOptions/storylineCandidates`` are scored exactly (ties: the older).
    private mutating func storyline(
        query: [(index: Int, id: Int32, weight: Double)], options: EventOptions
    ) -> Int {
        var tally = scratch.storylines  // moved out while it runs, as in `shortlist`
        scratch.storylines = PostingTally()
        let candidates = tally.rank(
            query, in: storylinePostings, items: storylineRecords.count, article: articleCount,
            limit: max(1, options.storylineCandidates), resolve: { storylineRoot($0) }, admit: { _ in true })
        scratch.storylines = tally
        var best: (index: Int, score: Double)?
        for index in candidates {
            let normSquared = storylineRecords[index].normSquared
            guard normSquared > 0 else { continue }
            let score = scratch.dotScattered(storylineRecords[index].centroid) / normSquared.squareRoot()
            guard score >= options.storylineThreshold else { continue }
            if let current = best, score < current.score || (score == current.score && index > current.index) {
                continue
            }
            best = (index, score)
        }
        return best?.index ?? openStoryline()
    }

    /// Merges two live events (the one with more articles absorbs the other) and their storylines.
    private mutating func mergeEvents(_ a: Int, _ b: Int, options: EventOptions) -> (kept: Int, dropped: Int) {
        let keepFirst = records[a].size != records[b].size ? records[a].size > records[b].size : a < b
        let (kept, dropped) = keepFirst ? (a, b) : (b, a)
        let loser = records[dropped]
        records[kept].centroid.add(loser.centroid)
        if let embedding = loser.embedding {
            EmbeddingSum.accumulate(embedding.vector, into: &records[kept].embedding)
        }
        records[kept].termTotal = records[kept].countedTerms + loser.countedTerms
        records[kept].members += loser.members
        records[kept].centroid.keepLargest(records[kept].centroidLimit(options: options))
        records[kept].normSquared = records[kept].centroid.normSquared
        records[kept].include(loser.firstDate)
        records[kept].include(loser.lastDate)
        records[kept].lastPosition = max(records[kept].lastPosition, loser.lastPosition)
        records[dropped] = EventRecord(number: loser.number, storyline: loser.storyline)
        records[dropped].mergedInto = kept

        let keptStory = storylineRoot(records[kept].storyline)
        let droppedStory = storylineRoot(loser.storyline)
        if keptStory != droppedStory { mergeStorylines(keptStory, droppedStory, options: options) }
        return (kept, dropped)
    }

    /// Merges two live storylines: the one with more events absorbs the other.
    private mutating func mergeStorylines(_ a: Int, _ b: Int, options: EventOptions) {
        let keepFirst =
            storylineRecords[a].events.count != storylineRecords[b].events.count
            ? storylineRecords[a].events.count > storylineRecords[b].events.count : a < b
        let (kept, dropped) = keepFirst ? (a, b) : (b, a)
        let loser = storylineRecords[dropped]
        storylineRecords[kept].events += loser.events
        storylineRecords[kept].centroid.add(loser.centroid)
        storylineRecords[kept].centroid.keepLargest(options.centroidTerms)
        storylineRecords[kept].normSquared = storylineRecords[kept].centroid.normSquared
        storylineRecords[dropped] = StorylineRecord(number: loser.number)
        storylineRecords[dropped].mergedInto = kept
    }
}
