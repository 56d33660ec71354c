/// The words synthetic articles are made of: English function words, generated content words with Zipfian
/// frequencies, a synonym for every content word, and pools of generated names, places and organisations.
///
/// Content words are pronounceable nonsense ("varolin", "stemark") so that no real-world knowledge leaks in, while
/// function words are real English so that stop-word lists behave as on real news.
public struct SyntheticLexicon: Sendable {
    /// Content words, most frequent first (rank = index).
    public let words: [String]
    /// Function words, most frequent first.
    public let functionWords: [String]
    /// Given names.
    public let givenNames: [String]
    /// Family names.
    public let familyNames: [String]
    /// Place names.
    public let places: [String]
    /// Organisation names ("Varol Council").
    public let organisations: [String]
    /// Draws content-word ranks.
    public let contentSampler: ZipfSampler
    /// Draws function-word ranks.
    public let functionSampler: ZipfSampler

    /// Builds the lexicon for a seed; the same seed gives the same lexicon.
    public init(seed: UInt64, vocabularySize: Int = 20_000, exponent: Double = 1.05) {
        var random = SeededRandom(seed: seed ^ 0x5EED_1E71_C0A1_0001)
        var taken = Set(SyntheticLexicon.english)
        func fresh(_ syllables: ClosedRange<Int>, capitalized: Bool) -> String {
            while true {
                let word = SyntheticLexicon.pseudoWord(syllables: random.int(in: syllables), &random)
                if taken.insert(word).inserted { return capitalized ? word.capitalizedFirst : word }
            }
        }
        // Frequent words are short (Zipf's law of abbreviation).
        words = (0..<max(vocabularySize, 2)).map { rank in
            fresh(rank < 200 ? 1...2 : rank < 3_000 ? 2...2 : 2...3, capitalized: false)
        }
        functionWords = SyntheticLexicon.english
        givenNames = (0..<1_500).map { _ in fresh(2...3, capitalized: true) }
        familyNames = (0..<5_000).map { _ in fresh(2...3, capitalized: true) }
        places = (0..<1_200).map { _ in fresh(2...3, capitalized: true) }
        organisations = (0..<1_000).map { _ in
            fresh(2...2, capitalized: true) + " " + random.pick(SyntheticLexicon.organisationKinds)
        }
        contentSampler = ZipfSampler(count: words.count, exponent: exponent)
        functionSampler = ZipfSampler(count: functionWords.count, exponent: 0.9, shift: 1.5)
    }

    /// The synonym of content word `rank`: another content word of neighbouring frequency (ranks are paired
    /// 0↔1, 2↔3, …, so the map is its own inverse and never maps a word to itself).
    public func synonym(of rank: Int) -> Int {
        let partner = rank ^ 1
        return partner < words.count ? partner : rank - 1
    }

    /// English function words, roughly by frequency.
    static let english = [
        "the", "of", "and", "to", "in", "a", "that", "for", "is", "on", "was", "with", "said", "he", "it", "as",
        "at", "by", "from", "his", "has", "have", "be", "an", "are", "they", "were", "but", "not", "this", "she",
        "had", "which", "their", "its", "after", "been", "who", "will", "would", "more", "than", "about", "also",
        "over", "into", "when", "there", "out", "up", "could", "other", "some", "all", "last", "new", "two",
        "first", "while", "before", "under", "during", "we", "our", "most", "such", "only", "can", "may",
    ]

    /// Kinds of organisation, appended to a generated stem.
    static let organisationKinds = [
        "Council", "Ministry", "Bank", "Party", "Institute", "Agency", "Court", "Union", "Group", "Authority",
        "Foundation", "Commission",
    ]

    private static let onsets = [
        "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr", "gr",
        "pl", "st", "tr", "sh", "ch", "th", "",
    ]
    private static let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "a", "e", "o"]
    private static let codas = ["", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "rk", "st"]

    /// A pronounceable lower-case word of `syllables` syllables.
    static func pseudoWord(syllables: Int, _ random: inout SeededRandom) -> String {
        var word = ""
        for index in 0..<syllables {
            word += random.pick(onsets)
            word += random.pick(vowels)
            if index == syllables - 1 || random.chance(0.3) { word += random.pick(codas) }
        }
        return word
    }
}

extension String {
    /// The string with its first character upper-cased (ASCII words only).
    var capitalizedFirst: String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }
}
