#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How alike two articles are as news stories: the question of SemEval-2022 Task 8 ("do these two articles tell
/// the same story?"), which a researcher asks of two pieces that are not copies of each other.
///
/// Each article is represented as events are (``EventOptions``: content words with sublinear counts, names, numbers
/// and headline words boosted), weighted by inverse document frequency over a corpus: the articles being compared,
/// a folder, an archive. A word every article uses says nothing about whether two of them tell the same story, so
/// the corpus matters; with a corpus of two articles the IDF is flat and the score is a plain cosine.
public struct StorySimilarity: Sendable {
    /// Term weighting in force (the event clustering defaults unless given).
    public let options: EventOptions
    /// Number of distinct articles in the corpus.
    public let corpusSize: Int
    /// Articles of the corpus holding a term (by lower-cased key).
    private let documentFrequency: @Sendable (String) -> Int

    /// Learns document frequencies from `corpus` (each article counted once however often it is given).
    public init(corpus: [Document], options: EventOptions = EventOptions()) {
        self.options = options
        var seen = Set<String>()
        var frequency: [String: Int] = [:]
        for document in corpus where seen.insert(document.id).inserted {
            for term in EventFeatures(document, options: options).terms { frequency[term.key, default: 0] += 1 }
        }
        corpusSize = seen.count
        let table = frequency
        documentFrequency = { table[$0] ?? 0 }
    }

    /// Uses the document frequencies the online event clustering learnt (an archive's ``EventState``): every
    /// article it has seen is the corpus, without reading them again.
    public init(state: EventState, options: EventOptions = EventOptions()) {
        self.options = options
        corpusSize = state.articleCount
        documentFrequency = { state.documentFrequency(of: $0) }
    }

    /// Compares two articles. Sums run over the first article's terms in the order they appear in it, so the same
    /// two articles always give the same bits (a dictionary's order would vary from one instance to the next).
    public func compare(_ a: Document, _ b: Document) -> StoryComparison {
        let x = weights(a)
        let y = weights(b)
        var other: [String: Double] = [:]
        other.reserveCapacity(y.count)
        for term in y { other[term.key] = term.weight }
        let norms = (x.reduce(0) { $0 + $1.weight * $1.weight } * y.reduce(0) { $0 + $1.weight * $1.weight })
            .squareRoot()
        guard norms > 0 else { return StoryComparison(cosine: 0, sharedTerms: []) }
        var shared: [(term: String, contribution: Double)] = []
        var dot = 0.0
        for term in x {
            guard let right = other[term.key] else { continue }
            let product = term.weight * right
            dot += product
            shared.append((term.display, product))
        }
        shared.sort { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.term < $1.term }
        return StoryComparison(
            cosine: min(1, dot / norms), sharedTerms: shared.prefix(StoryComparison.shownTerms).map(\.term))
    }

    /// TF-IDF weights of an article's terms, in the order the terms first appear, with a readable spelling of each.
    private func weights(_ document: Document) -> [(key: String, weight: Double, display: String)] {
        EventFeatures(document, options: options).terms.map { term in
            let idf = TermVocabulary.idf(documentFrequency: documentFrequency(term.key), documents: corpusSize)
            return (term.key, term.weight * idf, term.display)
        }
    }
}
