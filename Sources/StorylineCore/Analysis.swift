/// Options for a whole analysis run.
public struct AnalysisOptions: Hashable, Codable, Sendable {
    /// Copy detection tuning.
    public var copies: CopyOptions
    /// Event and storyline tuning.
    public var events: EventOptions
    /// Date lines in the text: how to read numeric dates (a locale setting) and how many lines to look at.
    public var dates: DateFinderOptions

    /// Creates options; the defaults are the tuned ones.
    public init(
        copies: CopyOptions = CopyOptions(), events: EventOptions = EventOptions(),
        dates: DateFinderOptions = DateFinderOptions()
    ) {
        self.copies = copies
        self.events = events
        self.dates = dates
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
    public func analyze(_ articles: [Article], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        let documents = articles.map(Document.init)
        let total = 5
        progress?(1, total)
        var known: [String: DateResolution] = [:]
        for document in documents {
            if let date = document.article.date {
                known[document.id] = DateResolution(date: date, source: document.article.dateSource ?? .field)
            } else if let found = DateFinder.explicitDate(in: document, options: options.dates) {
                known[document.id] = found
            }
        }
        let explicitDates = known.compactMapValues(\.date)
        let copies = CopyDetector(options: options.copies).detect(documents, dates: explicitDates)
        progress?(2, total)
        let clustering = EventDetector(options: options.events).cluster(documents, dates: explicitDates)
        progress?(3, total)
        let dates = DateInference.infer(
            documents, known: known, copies: copies, events: clustering.events, storylines: clustering.storylines)
        let events = EventDating.dated(clustering.events, dates: dates)
        let storylines = EventDating.spanned(clustering.storylines, events: events)
        progress?(4, total)
        let quotes = QuoteExtractor.quotes(in: documents)
        let entities = EntityExtractor.entities(in: documents)
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
}
