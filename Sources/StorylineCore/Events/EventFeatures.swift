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
        /// ``TermVocabulary/hash(_:)`` of `key`, computed here so the serial clustering step does not hash strings.
        var hash: UInt64
    }

    /// Terms in order of first appearance.
    var terms: [Term]
    /// The headline's content words, in order, as positions in ``terms``.
    var titleTerms: [Int] = []
    /// The unit embedding of a short text (headline, post; see ``EventOptions/shortTextTerms``) when a
    /// ``WordEmbeddings`` table is in use: short texts of one story often share no word. `nil` for full articles,
    /// whose many terms already tell events apart.
    var embedding: [Float]? {
        didSet { packedEmbedding = embedding.map(PackedEmbedding.init) }
    }
    /// ``embedding`` as its event keeps it, packed where features are made (on any core), not in the serial step.
    private(set) var packedEmbedding: PackedEmbedding?

    /// Extracts the terms of `document`.
    ///
    /// Works on the document's hashed words (``Document/hashedWords``), so a word becomes a string only the first
    /// time its term is seen; the terms are those the shared tokenizer's words would give.
    init(_ document: Document, options: EventOptions) {
        struct Tally {
            var key: String
            var display: String
            var hash: UInt64
            var count = 0
            var initial = 0
            var capitalized = 0
            var isNumber: Bool
            var inTitle = false
        }
        var tallies: [Tally] = []
        let words = document.hashedWords
        var slot = HashSlots(capacity: min(words.count, 1024))
        let stop = Stopwords.hashes
        for sentence in 0..<document.sentenceCount {
            let first = document.sentenceWordStart[sentence]
            for index in first..<document.sentenceWordStart[sentence + 1] {
                let word = words[index]
                guard document.writtenLength(at: index) >= 2, word.isNumber || !stop.contains(word.hash) else {
                    continue
                }
                let at = slot.value(for: word.hash) {
                    let key = document.word(at: index)
                    tallies.append(Tally(key: key, display: key, hash: word.hash, isNumber: word.isNumber))
                    return tallies.count - 1
                }
                tallies[at].count += 1
                if index == first {
                    tallies[at].initial += 1
                } else if word.isCapitalized {
                    tallies[at].capitalized += 1
                    if tallies[at].display == tallies[at].key { tallies[at].display = document.writtenWord(at: index) }
                }
            }
        }
        func keep(_ token: Token) -> Bool {
            if token.isNumber { return token.text.utf8.count >= 2 }
            return token.text.utf8.count >= 2 && !Stopwords.english.contains(token.lower)
        }
        func index(_ token: Token) -> Int {
            let hash = TermVocabulary.hash(token.lower)
            return slot.value(for: hash) {
                tallies.append(Tally(key: token.lower, display: token.lower, hash: hash, isNumber: token.isNumber))
                return tallies.count - 1
            }
        }
        var titleTerms: [Int] = []
        if let title = document.title {
            for token in Tokenizer.tokens(title) where keep(token) {
                let at = index(token)
                tallies[at].count = max(tallies[at].count, 1)
                tallies[at].inTitle = true
                titleTerms.append(at)
            }
        }
        self.titleTerms = titleTerms
        terms = tallies.map { tally in
            var weight = 1 + log(Double(tally.count))
            let inner = tally.count - tally.initial
            if tally.isNumber {
                weight *= options.numberBoost
            } else if inner > 0 && 2 * tally.capitalized > inner {
                weight *= options.nameBoost
            }
            if tally.inTitle { weight *= options.titleBoost }
            return Term(key: tally.key, display: tally.display, weight: weight, hash: tally.hash)
        }
    }
}
