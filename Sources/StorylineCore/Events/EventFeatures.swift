#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The weighted terms that represent one article for event clustering, before inverse document frequency.
///
/// Each content word (stop words dropped) gets a sublinear term frequency, `1 + ln(tf)`, so that a long article is
/// not dominated by its most repeated word. Three kinds of word are boosted because they tell two events of the same
/// kind apart (two earthquakes, two rehab stays): names (words written with a capital letter where a sentence does
/// not start), numbers (years, tolls, scores) and headline words. Names are detected from the body only: headlines
/// are often in title case.
struct EventFeatures: Sendable {
    /// One distinct term of an article.
    struct Term: Sendable {
        /// Lower-cased term: the key shared by all articles.
        var key: String
        /// A readable spelling (the capitalised form of a name), used for key-term titles.
        var display: String
        /// Weight before inverse document frequency.
        var weight: Double
    }

    /// Terms in order of first appearance.
    var terms: [Term]
    /// Keys of the headline's content words, in order.
    var titleKeys: [String] = []

    /// Extracts the terms of `document`.
    init(_ document: Document, options: EventOptions) {
        struct Tally {
            var order: Int
            var count = 0
            var initial = 0
            var capitalized = 0
            var display: String
            var isNumber: Bool
            var inTitle = false
        }
        var tallies: [String: Tally] = [:]
        func keep(_ token: Token) -> Bool {
            if token.isNumber { return token.text.utf8.count >= 2 }
            return token.text.unicodeScalars.count >= 2 && !Stopwords.english.contains(token.lower)
        }
        for sentence in document.sentences {
            var first = true
            for token in Tokenizer.tokens(sentence.text) {
                defer { first = false }
                guard keep(token) else { continue }
                var tally = tallies[token.lower] ?? Tally(
                    order: tallies.count, display: token.lower, isNumber: token.isNumber)
                tally.count += 1
                if first {
                    tally.initial += 1
                } else if token.isCapitalized {
                    tally.capitalized += 1
                    if tally.display == token.lower { tally.display = String(token.text) }
                }
                tallies[token.lower] = tally
            }
        }
        if let title = document.title {
            for token in Tokenizer.tokens(title) where keep(token) {
                var tally = tallies[token.lower] ?? Tally(
                    order: tallies.count, display: token.lower, isNumber: token.isNumber)
                if tally.count == 0 { tally.count = 1 }
                tally.inTitle = true
                tallies[token.lower] = tally
                titleKeys.append(token.lower)
            }
        }
        var terms: [Term] = []
        terms.reserveCapacity(tallies.count)
        for (key, tally) in tallies {
            guard tally.count > 0 else { continue }
            var weight = 1 + log(Double(tally.count))
            let inner = tally.count - tally.initial
            if tally.isNumber {
                weight *= options.numberBoost
            } else if inner > 0 && 2 * tally.capitalized > inner {
                weight *= options.nameBoost
            }
            if tally.inTitle { weight *= options.titleBoost }
            terms.append(Term(key: key, display: tally.display, weight: weight))
        }
        let order = tallies.mapValues(\.order)
        self.terms = terms.sorted { order[$0.key]! < order[$1.key]! }
    }
}
