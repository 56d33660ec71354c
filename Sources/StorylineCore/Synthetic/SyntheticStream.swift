/// A deterministic, endless-feeling news wire: articles organised into events and storylines, with copies of
/// every kind in known proportions, yielded one at a time in publication order with their ground truth.
///
/// The stream is lazy: it simulates the world day by day and holds only the storylines still running and the few
/// days of articles not yet yielded, so a million articles never sit in memory together. The same
/// ``SyntheticOptions`` (seed included) give the same articles on every platform.
///
/// ```swift
/// for item in SyntheticStream(SyntheticOptions(seed: 7, articles: 10_000)) {
///     index.add(Document(item.article), date: item.article.date) { … }
/// }
/// ```
public struct SyntheticStream: Sequence, IteratorProtocol, Sendable {
    /// The options the stream was made with.
    public let options: SyntheticOptions
    /// The words the articles are written with.
    public let lexicon: SyntheticLexicon
    private let writer: SyntheticWriter
    private let copier: SyntheticCopier
    private var random: SeededRandom
    private let rate: Double
    private let copyChances: [(CopyKind, Double)]
    private var day: Int
    private var budget = 0.0
    private var schedule = BinaryHeap<SyntheticStoryline>()
    private var pending = BinaryHeap<PendingArticle>()
    private var yielded = 0
    private var created = 0
    private var events = 0
    private var storylines = 0

    /// Creates the stream described by `options`.
    public init(_ options: SyntheticOptions = SyntheticOptions()) {
        self.options = options
        lexicon = SyntheticLexicon(
            seed: options.seed, vocabularySize: options.vocabularySize, exponent: options.zipfExponent)
        writer = SyntheticWriter(lexicon: lexicon, sentences: options.sentences)
        copier = SyntheticCopier(lexicon: lexicon, writer: writer, spinRate: options.spinRate)
        random = SeededRandom(seed: options.seed)
        rate = Double(Swift.max(options.articles, 1)) / Double(Swift.max(options.spanDays, 1))
        // Each original spawns a copy of kind k with probability share_k / (1 - total share), so that copies make
        // up share_k of the whole stream.
        let originals = Swift.max(1 - options.copyShare, 0.05)
        copyChances = CopyKind.allCases.map { ($0, Swift.min(1, options.share(of: $0) / originals)) }
        day = options.start.ordinal - 1
    }

    /// The next article in publication order, or `nil` after ``SyntheticOptions/articles`` articles.
    public mutating func next() -> SyntheticArticle? {
        guard yielded < options.articles else { return nil }
        while pending.min.map({ $0.date > day }) ?? true { simulateNextDay() }
        yielded += 1
        return pending.pop()!.article
    }

    /// Simulates one more day: storylines due today produce their next event, then new storylines start until the
    /// day's share of articles is written.
    private mutating func simulateNextDay() {
        day += 1
        budget += rate
        while let due = schedule.min, due.nextDay <= day {
            var storyline = schedule.pop()!
            report(on: storyline)
            storyline.eventsLeft -= 1
            if storyline.eventsLeft > 0 {
                storyline.nextDay = day + random.int(in: options.storylineGap)
                schedule.push(storyline)
            }
        }
        while budget > 0 {
            storylines += 1
            let people = (0..<random.int(in: 2...3)).map { _ in person() }
            let themes = (0..<2).map { _ in random.int(in: 100...(lexicon.words.count - 1)) }
            var storyline = SyntheticStoryline(
                number: storylines, people: people, organisation: random.pick(lexicon.organisations),
                place: random.pick(lexicon.places), themes: themes,
                eventsLeft: random.geometric(mean: options.meanEventsPerStoryline, limit: 15), nextDay: day)
            report(on: storyline)
            storyline.eventsLeft -= 1
            if storyline.eventsLeft > 0 {
                storyline.nextDay = day + random.int(in: options.storylineGap)
                schedule.push(storyline)
            }
        }
    }

    /// Creates today's event of `storyline` and writes its articles and their copies.
    private mutating func report(on storyline: SyntheticStoryline) {
        events += 1
        var people = Array(storyline.people.prefix(random.int(in: 1...2)))
        if random.chance(0.5) { people.append(person()) }
        var terms = storyline.themes
        for _ in 0..<3 { terms.append(random.int(in: 300...(lexicon.words.count - 1))) }
        let event = SyntheticEvent(
            number: events, storyline: storyline.number, day: Day(ordinal: day), people: people,
            organisation: storyline.organisation,
            place: random.chance(0.7) ? storyline.place : random.pick(lexicon.places), terms: terms)
        for _ in 0..<random.geometric(mean: options.meanEventSize, limit: 12) {
            let draft = writer.article(about: event, &random)
            let date = day + Swift.min(random.below(4), random.below(4))
            let original = emit(draft, date: date, tiebreak: random.next(), event: event, copyOf: nil)
            for (kind, chance) in copyChances where random.chance(chance) {
                let copy = copier.copy(draft, kind: kind, event: event, &random)
                var copyDate = original.date + Swift.min(random.below(4), random.below(3))
                var tiebreak = random.next()
                if copyDate == original.date {
                    // Same day: publish after the original.
                    if original.tiebreak == .max { copyDate += 1 } else { tiebreak = later(than: original.tiebreak) }
                }
                emit(copy, date: copyDate, tiebreak: tiebreak, event: event, copyOf: (original, kind))
            }
        }
    }

    /// Renders a draft into an article, queues it for its publication day and charges the day's budget.
    @discardableResult
    private mutating func emit(
        _ draft: SyntheticDraft, date: Int, tiebreak: UInt64, event: SyntheticEvent,
        copyOf source: (PendingArticle, CopyKind)?
    ) -> PendingArticle {
        let sequence = created
        created += 1
        budget -= 1
        let id = SyntheticArticle.id(sequence: sequence)
        let article = Article(
            id: id, title: draft.renderTitle(), text: draft.renderText(), date: Day(ordinal: date),
            dateSource: .field, source: "synthetic:\(sequence)")
        let truth = SyntheticTruth(
            event: event.number, storyline: event.storyline,
            copyGroup: source?.0.article.truth.copyGroup ?? sequence, copyOf: source?.0.article.article.id,
            copyKind: source?.1)
        let pendingArticle = PendingArticle(
            date: date, tiebreak: tiebreak,
            article: SyntheticArticle(article: article, truth: truth, sequence: sequence))
        pending.push(pendingArticle)
        return pendingArticle
    }

    /// A random tiebreak greater than `tiebreak` (which is not the largest).
    private mutating func later(than tiebreak: UInt64) -> UInt64 {
        let room = Swift.min(UInt64.max - tiebreak, UInt64(Int.max))
        return tiebreak + 1 + UInt64(random.below(Int(room)))
    }

    private mutating func person() -> String {
        random.pick(lexicon.givenNames) + " " + random.pick(lexicon.familyNames)
    }
}

/// An article waiting for its publication day; ordered by day, then by a random tiebreak within the day.
struct PendingArticle: Comparable, Sendable {
    let date: Int
    let tiebreak: UInt64
    let article: SyntheticArticle

    static func < (lhs: PendingArticle, rhs: PendingArticle) -> Bool {
        (lhs.date, lhs.tiebreak) < (rhs.date, rhs.tiebreak)
    }

    static func == (lhs: PendingArticle, rhs: PendingArticle) -> Bool {
        lhs.date == rhs.date && lhs.tiebreak == rhs.tiebreak
    }
}
