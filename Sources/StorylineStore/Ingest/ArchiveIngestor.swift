import Foundation
import StorylineCore

/// A planned batch: what to write, and what to tell the user.
public struct IngestPlan: Sendable {
    /// The rows to write.
    public var batch: IngestBatch
    /// The report of the batch.
    public var outcome: IngestOutcome

    /// Creates a plan.
    public init(batch: IngestBatch, outcome: IngestOutcome) {
        self.batch = batch
        self.outcome = outcome
    }
}

/// Incremental ingest: plans one batch of new articles against what the archive already holds.
///
/// For each article not stored yet (same id, or same ``ContentHash`` under another id, is skipped and reported):
/// explicit date (field, marker, HTML, or ``DateFinder``), copies against every earlier article through the
/// persisted ``CopyIndex``, an event and storyline through the persisted ``EventState``, an inferred date when none
/// is explicit (``DateInference`` over the article's copies and event), quotes and entities. Nothing already stored
/// is recomputed; only events and storylines the batch touched are rewritten.
///
/// Articles of a batch are analysed in publication order (stable by explicit date; undated ones after the dated
/// ones, in input order), like one online stream.
public struct ArchiveIngestor: Sendable {
    /// Analysis tuning.
    public var options: AnalysisOptions
    /// Most members of one event read back as context for inferring a new article's date.
    public var inferenceContextLimit: Int
    /// When a batch saves the whole analysis state (``IngestBatch/checkpoint``).
    public var checkpoints: CheckpointPolicy

    /// Creates an ingestor.
    public init(
        options: AnalysisOptions = AnalysisOptions(), inferenceContextLimit: Int = 50,
        checkpoints: CheckpointPolicy = CheckpointPolicy()
    ) {
        self.options = options
        self.inferenceContextLimit = inferenceContextLimit
        self.checkpoints = checkpoints
    }

    /// Plans the batch: reads through `session`, runs the online analyses, returns the rows to write.
    public func plan(_ articles: [Article], in session: some IngestSession) throws -> IngestPlan {
        try plan(prepare(articles), in: session)
    }

    /// Does the work of a batch that needs nothing from the archive, on every core: documents and content hashes of
    /// all its articles, and explicit dates, names and quotes of those whose id is not in `stored` (the ids the
    /// archive held a moment ago; pass none to prepare every article). Call it before taking the write lock.
    public func prepare(_ articles: [Article], stored: Set<String> = []) -> PreparedBatch {
        var seen: Set<String> = []
        let firsts = articles.indices.filter {
            seen.insert(articles[$0].id).inserted && !stored.contains(articles[$0].id)
        }
        let items = ParallelMap.map(firsts, minimum: 16) { preparing(articles[$0], index: $0) }
        return PreparedBatch(articles: articles, items: items, dateOptions: options.dates)
    }

    /// Article `index` of a batch, prepared; its document and hash are reused when an earlier preparation made them.
    func preparing(_ article: Article, index: Int, from earlier: PreparedArticle? = nil) -> PreparedArticle {
        let document = earlier?.document ?? Document(article)
        return PreparedArticle(
            index: index, document: document, hash: earlier?.hash ?? ContentHash.of(document),
            findings: findings(in: document))
    }

    /// What `document` says by itself: its explicit date, names and quotes.
    func findings(in document: Document) -> ArticleFindings {
        let mentions = NameFinder.mentions(in: document)
        return ArticleFindings(
            explicitDate: explicitDate(of: document), mentions: mentions,
            quotes: QuoteExtractor.quotes(in: document, mentions: mentions))
    }

    /// Plans a prepared batch: reads through `session`, runs the online analyses, returns the rows to write. What the
    /// preparation left out (articles stored then, but not now) is done here.
    public func plan(_ prepared: PreparedBatch, in session: some IngestSession) throws -> IngestPlan {
        var skipped: [IngestOutcome.Skipped] = []
        let fresh = try selectNew(prepared, in: session, skipped: &skipped)
        guard !fresh.isEmpty else {
            // Nothing to analyse: the (possibly large) state is not read, only its version.
            return IngestPlan(
                batch: IngestBatch(),
                outcome: IngestOutcome(skipped: skipped, stateVersion: try session.analysisStateVersion()))
        }
        var state = try session.analysisState(options: options)
        let baseVersion = state.version
        let detector = EventDetector(options: options.events, embeddings: options.embeddings)
        let eventsBefore = state.eventState.eventCount
        let documents = DocumentLookup(fresh: fresh.map(\.document), session: session)

        var known: [String: DateResolution] = [:]
        for candidate in fresh {
            if let resolution = candidate.findings.explicitDate { known[candidate.id] = resolution }
        }
        let ordered = streamOrder(fresh, known: known)

        let (copies, touched) = fold(
            ordered.map { ($0.document, known[$0.id]?.date) }, into: &state, detector: detector, documents: documents)
        try documents.rethrow()
        state.version = baseVersion + 1
        state.pendingArticles += fresh.count
        let checkpoint =
            baseVersion == 0 || checkpoints.isDue(pending: state.pendingArticles, total: state.copyIndex.count)
        if checkpoint { state.pendingArticles = 0 }

        var changes = try EventChanges(
            state.eventState.delta(touching: touched), eventsBefore: eventsBefore, documents: documents)
        let (dates, redated) = try inferDates(
            fresh, known: known, copies: copies, changes: changes, session: session, documents: documents)
        try documents.rethrow()
        try changes.dateUndatedEvents(with: dates.merging(redated) { new, _ in new }, session: session)

        // Names were found once per article as the batch was prepared, for both quotes and entities.
        let people = try people(
            in: ordered.map(\.document), mentions: ordered.map(\.findings.mentions),
            quotes: ordered.flatMap(\.findings.quotes), session: session)

        let newArticles = ordered.map { candidate in
            IngestBatch.NewArticle(
                article: candidate.document.article, contentHash: candidate.hash,
                words: candidate.document.words.count, date: dates[candidate.id])
        }
        let batch = IngestBatch(
            articles: newArticles, copies: copies, quotes: people.quotes, entities: people.entities,
            events: changes.eventRows, removedEvents: changes.removedEvents, storylines: changes.storylineRows,
            removedStorylines: changes.removedStorylines, state: state, basedOnVersion: baseVersion,
            redated: redated, checkpoint: checkpoint, renamedPeople: people.renamed,
            retypedPeople: people.retyped)
        let added = ordered.map { candidate in
            let event = changes.eventOfArticle[candidate.id]
            return IngestOutcome.Added(
                id: candidate.id, title: candidate.document.article.title, date: dates[candidate.id]?.date,
                event: event, eventTitle: event.flatMap { changes.eventTitles[$0] },
                newEvent: event.map { !changes.existedBefore.contains($0) } ?? false,
                storyline: event.flatMap { changes.storylineOfEvent[$0] },
                copies: copies.filter { $0.a == candidate.id || $0.b == candidate.id }.count)
        }
        let redatedLines = redated.compactMap { id, resolution in
            resolution.date.map { IngestOutcome.Redated(id: id, date: $0) }
        }.sorted { $0.id < $1.id }
        return IngestPlan(
            batch: batch,
            outcome: IngestOutcome(
                added: added, skipped: skipped, stateVersion: state.version, redated: redatedLines,
                checkpointed: checkpoint))
    }

    /// Folds stored articles into `state` again, in the order given (their row order), exactly as ``plan(_:in:)``
    /// folded them when they were new: what ``StateReplay`` rebuilds the state from between checkpoints.
    public func replay(_ articles: [Article], onto state: inout AnalysisState, session: some IngestSession) throws {
        let documents = articles.map(Document.init)
        let lookup = DocumentLookup(fresh: documents, session: session)
        _ = fold(
            documents.map { ($0, explicitDate(of: $0)?.date) }, into: &state,
            detector: EventDetector(options: options.events, embeddings: options.embeddings), documents: lookup)
        try lookup.rethrow()
    }

    /// The one step that changes the analysis state: each article, in stream order, into the copy index and the
    /// event state. Returns the copies found and the events the articles touched (joined, opened, merged, split).
    func fold(
        _ stream: [(document: Document, date: Day?)], into state: inout AnalysisState, detector: EventDetector,
        documents: DocumentLookup
    ) -> (copies: [CopyReport], touched: Set<String>) {
        var copies: [CopyReport] = []
        var touched: Set<String> = []
        for (document, date) in stream {
            copies += state.copyIndex.add(document, date: date, earlier: documents.document)
            let assignment = detector.add(document, date: date, to: &state.eventState)
            touched.insert(assignment.event)
            touched.formUnion(assignment.mergedEvents)
            touched.formUnion(assignment.splitEvents)
        }
        return (copies, touched)
    }

    /// The date an article states itself (field, marker, HTML, or a date line in its text), if any.
    func explicitDate(of document: Document) -> DateResolution? {
        if let date = document.article.date {
            return DateResolution(date: date, source: document.article.dateSource ?? .field)
        }
        return DateFinder.explicitDate(in: document, options: options.dates)
    }

    /// A new article of the batch, prepared.
    struct Candidate {
        let document: Document
        let hash: String
        let index: Int
        let findings: ArticleFindings
        var id: String { document.id }
    }

    /// The articles that are not stored yet, in input order; the rest are reported as skipped, in input order.
    func selectNew(
        _ prepared: PreparedBatch, in session: some IngestSession, skipped: inout [IngestOutcome.Skipped]
    ) throws -> [Candidate] {
        let articles = prepared.articles
        let stored = try session.existingIDs(Array(Set(articles.map(\.id))))
        let items = Dictionary(prepared.items.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var seenIDs: Set<String> = []
        var skips: [(index: Int, skip: IngestOutcome.Skipped)] = []
        var distinct: [(index: Int, item: PreparedArticle?)] = []
        for (index, article) in articles.enumerated() {
            if stored.contains(article.id) || seenIDs.contains(article.id) {
                skips.append((index, .init(id: article.id, reason: .sameID, existing: article.id)))
            } else {
                seenIDs.insert(article.id)
                distinct.append((index, items[index]))
            }
        }
        // Articles the preparation skipped as stored, or prepared with other date options, are prepared now.
        let redo = distinct.indices.filter {
            distinct[$0].item?.findings == nil || prepared.dateOptions != options.dates
        }
        let partial = distinct
        let remade = ParallelMap.map(redo, minimum: 16) { position in
            preparing(articles[partial[position].index], index: partial[position].index, from: partial[position].item)
        }
        for (position, item) in zip(redo, remade) { distinct[position].item = item }
        let ready = distinct.compactMap(\.item)
        let storedHashes = try session.articleIDs(forContentHashes: Array(Set(ready.map(\.hash))))
        var seenHashes: [String: String] = [:]
        var fresh: [Candidate] = []
        for item in ready {
            guard let findings = item.findings else { continue }
            if let existing = storedHashes[item.hash] ?? seenHashes[item.hash] {
                skips.append((item.index, .init(id: item.document.id, reason: .sameContent, existing: existing)))
            } else {
                seenHashes[item.hash] = item.document.id
                fresh.append(Candidate(document: item.document, hash: item.hash, index: item.index, findings: findings))
            }
        }
        skipped += skips.sorted { $0.index < $1.index }.map(\.skip)
        return fresh
    }

    /// Publication order: stable by explicit date, undated articles after the dated ones in input order.
    func streamOrder(_ fresh: [Candidate], known: [String: DateResolution]) -> [Candidate] {
        fresh.sorted { left, right in
            switch (known[left.id]?.date, known[right.id]?.date) {
            case let (l?, r?): return l != r ? l < r : left.index < right.index
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return left.index < right.index
            }
        }
    }

    /// Dates of the new articles (explicit ones as found, the others inferred from their copies and event), and
    /// dates for stored articles that had none and that the new articles now date: the copies and event members of
    /// the new articles are the context, and an undated stored one that a new dated article is a copy or event mate
    /// of is inferred again with the new evidence. Evidence it had before is not lost: it had no date, and a new
    /// date must fall inside any range it had.
    func inferDates(
        _ fresh: [Candidate], known: [String: DateResolution], copies: [CopyReport], changes: EventChanges,
        session: some IngestSession, documents: DocumentLookup
    ) throws -> (fresh: [String: DateResolution], redated: [String: DateResolution]) {
        let freshIDs = Set(fresh.map(\.id))
        var context: [String] = []
        var contextSet: Set<String> = []
        var events: [EventReport] = []
        var seenEvents: Set<String> = []
        func addContext(_ id: String) {
            if !freshIDs.contains(id), contextSet.insert(id).inserted { context.append(id) }
        }
        for copy in copies {
            addContext(copy.a)
            addContext(copy.b)
        }
        for candidate in fresh {
            if let eventID = changes.eventOfArticle[candidate.id], let event = changes.events[eventID] {
                if seenEvents.insert(eventID).inserted { events.append(event) }
                for member in event.articles.prefix(inferenceContextLimit) { addContext(member) }
            }
        }
        let undated = fresh.filter { known[$0.id]?.date == nil }
        var resolutions = try session.dateResolutions(context).merging(known) { _, new in new }
        // Stored articles worth inferring again: undated ones that a new dated article is a copy or event mate of.
        let dated = Set(fresh.lazy.filter { known[$0.id]?.date != nil }.map(\.id))
        var datable: Set<String> = []
        for copy in copies {
            if dated.contains(copy.a) { datable.insert(copy.b) }
            if dated.contains(copy.b) { datable.insert(copy.a) }
        }
        for event in events where event.articles.contains(where: dated.contains) {
            datable.formUnion(event.articles.prefix(inferenceContextLimit))
        }
        let stale = context.filter { datable.contains($0) && resolutions[$0]?.date == nil }
        guard !undated.isEmpty || !stale.isEmpty else { return (known.filter { freshIDs.contains($0.key) }, [:]) }
        let staleDocuments = stale.compactMap { documents.document($0) }
        let inferred = DateInference.infer(
            fresh.map(\.document) + staleDocuments, known: resolutions, copies: copies, events: events)
        var redated: [String: DateResolution] = [:]
        for id in stale {
            guard let resolution = inferred[id], let day = resolution.date else { continue }
            if let range = resolutions[id]?.range, !range.contains(day) { continue }
            redated[id] = resolution
        }
        for candidate in undated { resolutions[candidate.id] = inferred[candidate.id] }
        return (resolutions.filter { freshIDs.contains($0.key) }, redated)
    }

    /// The people of a batch as the archive names them: its entity rows, its quotes, and stored surnames renamed.
    struct People {
        /// One row per (entity, new article).
        var entities: [IngestBatch.EntityRow]
        /// The batch's quotes, speakers named as the entities are.
        var quotes: [QuoteReport]
        /// Stored bare surnames → the full name this batch brings (``IngestBatch/renamedPeople``).
        var renamed: [String: String]
        /// Single words stored as people → the type this batch shows they have (``IngestBatch/retypedPeople``).
        var retyped: [String: EntityType]
    }

    /// The batch's entity rows and quotes, with people named the same way in both and across batches.
    ///
    /// Within the batch, a surname alone or a spelling variant becomes the full name the batch's articles use
    /// (``EntityExtractor``, ``QuoteExtractor/consistentSpeakers(_:mentions:)``). Across batches, both ways: a
    /// person named only by a surname that no full name of the batch explains ("Peskov said") becomes the one stored
    /// person with that surname (``storedFullNames(for:session:)``); and a surname stored alone becomes the full
    /// name this batch brings, when that is the only full name with that surname (``renamedPeople(_:session:)``).
    /// `mentions[i]` are the names ``NameFinder/mentions(in:)`` finds in `documents[i]`; `quotes` are the quotes of
    /// the batch's articles, found article by article.
    func people(
        in documents: [Document], mentions: [[NameMention]], quotes: [QuoteReport], session: some IngestSession
    ) throws -> People {
        let extraction = EntityExtractor.extraction(from: zip(documents, mentions).map { ($0.id, $1) })
        let types = try BatchEntityTypes.resolve(extraction, session: session)
        let found = types.entities
        var quotes = QuoteExtractor.consistentSpeakers(quotes, mentions: mentions)
        let bare = Set(
            found.filter { $0.type == .person && !$0.name.contains(" ") }.map(\.name)
                + quotes.compactMap(\.speaker).filter { !$0.contains(" ") })
        let fullNames = try storedFullNames(for: bare.sorted(), session: session)
        for index in quotes.indices {
            if let speaker = quotes[index].speaker, let full = fullNames[speaker] { quotes[index].speaker = full }
        }
        let rows = entities(found, in: documents, fullNames: fullNames)
        return People(
            entities: rows, quotes: quotes, renamed: try renamedPeople(rows, session: session),
            retyped: types.retyped)
    }

    /// One entity row per (entity, new article), with the mentions counted in that article's text; a bare surname
    /// with an entry in `fullNames` is named by it.
    func entities(
        _ found: [EntityReport], in documents: [Document], fullNames: [String: String]
    ) -> [IngestBatch.EntityRow] {
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [IngestBatch.EntityRow] = []
        var rowOf: [String: Int] = [:]  // "type name article" → index in rows
        for entity in found {
            let name = entity.type == .person ? fullNames[entity.name] ?? entity.name : entity.name
            for articleID in entity.articles {
                guard let document = byID[articleID] else { continue }
                let count = max(1, occurrences(of: entity.name, in: document.normalized))
                let key = "\(entity.type.rawValue) \(name) \(articleID)"
                if let index = rowOf[key] {
                    rows[index].mentions += count
                } else {
                    rowOf[key] = rows.count
                    rows.append(.init(name: name, type: entity.type, article: articleID, mentions: count))
                }
            }
        }
        return rows
    }

    /// Surnames the archive holds as people of their own that a full name of this batch explains: the batch's
    /// person rows end with that surname and no other full name, stored or new, does. Bare surname → full name.
    func renamedPeople(_ rows: [IngestBatch.EntityRow], session: some IngestSession) throws -> [String: String] {
        var batchNames: [String: Set<String>] = [:]
        for row in rows { if let surname = row.surname { batchNames[surname, default: []].insert(row.name) } }
        guard !batchNames.isEmpty else { return [:] }
        let stored = try session.barePersonNames(among: batchNames.keys.sorted())
        guard !stored.isEmpty else { return [:] }
        var names = batchNames.filter { stored.contains($0.key) }
        for name in try session.personNames(withSurnames: names.keys.sorted()).keys {
            if let surname = IngestBatch.EntityRow.surname(of: name) { names[surname, default: []].insert(name) }
        }
        return names.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// For bare surnames of the batch, the stored full name each stands for: the only stored person (two words or
    /// more) with that last word. Surnames that several stored people share stay as they are.
    func storedFullNames(for surnames: [String], session: some IngestSession) throws -> [String: String] {
        guard !surnames.isEmpty else { return [:] }
        var candidates: [String: [String]] = [:]
        for name in try session.personNames(withSurnames: surnames).keys.sorted() {
            guard let last = name.split(separator: " ").last else { continue }
            candidates[String(last), default: []].append(name)
        }
        return candidates.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// How many times `name` occurs in `text`, without overlaps, comparing UTF-8 bytes (a generic `ranges(of:)`
    /// took a tenth of an ingest's time, under the write lock).
    func occurrences(of name: String, in text: String) -> Int {
        var name = name
        var text = text
        return name.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard let first = needle.first, needle.count <= haystack.count else { return 0 }
                var count = 0
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first,
                        memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0
                    {
                        count += 1
                        index += needle.count
                    } else {
                        index += 1
                    }
                }
                return count
            }
        }
    }
}
