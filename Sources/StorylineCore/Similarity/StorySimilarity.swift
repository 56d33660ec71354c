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
    /// Articles of the corpus holding each term (by lower-cased key).
    private let documentFrequency: [String: Int]

    /// Learns document frequencies from `corpus` (each article counted once however often it is given).
    public init(corpus: [Document], options: EventOptions = EventOptions()) {
        self.options = options
        var seen = Set<String>()
        var frequency: [String: Int] = [:]
        for document in corpus where seen.insert(document.id).inserted {
            for term in EventFeatures(document, options: options).terms { frequency[term.key, default: 0] += 1 }
        }
        corpusSize = seen.count
        documentFrequency = frequency
    }

    /// Compares two articles.
    public func compare(_ a: Document, _ b: Document) -> StoryComparison {
        let x = weights(a)
        let y = weights(b)
        let norms =
            (x.values.reduce(0) { $0 + $1.weight * $1.weight } * y.values.reduce(0) { $0 + $1.weight * $1.weight })
            .squareRoot()
        guard norms > 0 else { return StoryComparison(cosine: 0, sharedTerms: []) }
        var shared: [(term: String, contribution: Double)] = []
        var dot = 0.0
        for (key, left) in x {
            guard let right = y[key] else { continue }
            let product = left.weight * right.weight
            dot += product
            shared.append((left.display, product))
        }
        shared.sort { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.term < $1.term }
        return StoryComparison(
            cosine: min(1, dot / norms), sharedTerms: shared.prefix(StoryComparison.shownTerms).map(\.term))
    }

    /// TF-IDF weights of an article's terms by key, with a readable spelling of each.
    private func weights(_ document: Document) -> [String: (weight: Double, display: String)] {
        var weights: [String: (weight: Double, display: String)] = [:]
        for term in EventFeatures(document, options: options).terms {
            let idf = TermVocabulary.idf(documentFrequency: documentFrequency[term.key] ?? 0, documents: corpusSize)
            weights[term.key] = (term.weight * idf, term.display)
        }
        return weights
    }
}
