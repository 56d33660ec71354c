import Synchronization

/// Options for a whole analysis run.
public struct AnalysisOptions: Hashable, Codable, Sendable {
    /// Copy detection tuning.
    public var copies: CopyOptions
    /// Event and storyline tuning.
    public var events: EventOptions
    /// Date lines in the text: how to read numeric dates (a locale setting) and how many lines to look at.
    public var dates: DateFinderOptions
    /// Word-piece embeddings that bring together short texts of one event sharing few words (see
    /// ``WordEmbeddings``), or `nil` to compare terms only. Not encoded: a table is loaded, not configured.
    public var embeddings: WordEmbeddings? = nil

    private enum CodingKeys: String, CodingKey {
        case copies, events, dates
    }

    /// Creates options; the defaults are the tuned ones.
    public init(
        copies: CopyOptions = CopyOptions(), events: EventOptions = EventOptions(),
        dates: DateFinderOptions = DateFinderOptions(), embeddings: WordEmbeddings? = nil
    ) {
        self.copies = copies
        self.events = events
        self.dates = dates
        self.embeddings = embeddings
    }
}

/// The analysis pipeline: articles in, ``Report`` out. Pure and deterministic.
///
/// Order: explicit dates → copies → events and storylines → date inference → quotes → entities.
/// Events need explicit dates (stream order, time decay); inference needs copies and events.
public struct Analyzer: Sendable {
    /// Options in force.
    public var options: AnalysisOptions

    /// Creates an analyzer.
    public init(options: AnalysisOptions = AnalysisOptions()) { self.options = options }

    /// Analyses `articles`; `progress` is called with (done, total) steps for a progress bar.
    ///
    /// Stages that do not depend on one another run at the same time (copies, events, and the name search behind
    /// quotes and entities), and per-article work inside them is spread over the cores; every result is gathered in
    /// input order, so the report is the same as a serial run's.
    public func analyze(_ articles: [Article], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        let options = options
        let documents = ParallelMap.map(articles, minimum: 16) { Document($0) }
        let total = 5
        progress?(1, total)
        let resolutions = ParallelMap.map(documents, minimum: 16) { document -> DateResolution? in
            if let date = document.article.date {
                return DateResolution(date: date, source: document.article.dateSource ?? .field)
            }
            return DateFinder.explicitDate(in: document, options: options.dates)
        }
        var known: [String: DateResolution] = [:]
        for (document, resolution) in zip(documents, resolutions) {
            if let resolution { known[document.id] = resolution }
        }
        let explicitDates = known.compactMapValues(\.date)
        let stages = Stages()
        ParallelMap.run(3) { stage in
            switch stage {
            case 0:
                stages.copies.withLock {
                    $0 = CopyDetector(options: options.copies).detect(documents, dates: explicitDates)
                }
            case 1:
                stages.clustering.withLock {
                    $0 = EventDetector(options: options.events, embeddings: options.embeddings).cluster(
                        documents, dates: explicitDates)
                }
            default:
                let mentions = ParallelMap.map(documents, minimum: 16) { NameFinder.mentions(in: $0) }
                let quotes = QuoteExtractor.quotes(in: documents, mentions: mentions)
                let entities = EntityExtractor.entities(
                    from: documents.indices.map { (documents[$0].id, mentions[$0]) })
                stages.quotes.withLock { $0 = quotes }
                stages.entities.withLock { $0 = entities }
            }
        }
        let copies = stages.copies.withLock { $0 }
        progress?(2, total)
        let clustering = stages.clustering.withLock { $0 }
        progress?(3, total)
        let dates = DateInference.infer(
            documents, known: known, copies: copies, events: clustering.events, storylines: clustering.storylines)
        let events = EventDating.dated(clustering.events, dates: dates)
        let storylines = EventDating.spanned(clustering.storylines, events: events)
        progress?(4, total)
        let quotes = stages.quotes.withLock { $0 }
        let entities = stages.entities.withLock { $0 }
        progress?(5, total)
        let articleLines = documents.map { document in
            let resolution = dates[document.id]
            return ArticleReport(
                id: document.id, title: document.article.title, date: resolution?.date,
                dateSource: resolution?.date == nil ? nil : resolution?.source, dateRange: resolution?.range,
                dateEvidence: resolution?.evidence, source: document.article.source, words: document.hashedWords.count)
        }
        return Report(
            articles: articleLines, copies: copies, events: events, storylines: storylines,
            quotes: quotes, entities: entities)
    }

    /// The results of the stages that run side by side, each written once by its own thread.
    private final class Stages: Sendable {
        let copies = Mutex<[CopyReport]>([])
        let clustering = Mutex(EventClustering(events: [], storylines: []))
        let quotes = Mutex<[QuoteReport]>([])
        let entities = Mutex<[EntityReport]>([])
    }
}
