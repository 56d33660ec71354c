/// English function words: the closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries)
/// that synonym spinners leave alone, because thesauri offer no synonyms for them.
///
/// Together with names and numbers they form the "immutable" skeleton of a text that survives spinning (the idea
/// behind DSpin, Zhang et al., NDSS 2014): copy fingerprints are built from this skeleton.
enum FunctionWords {
    /// The words, lower case.
    static let list: [String] = [
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "not", "all", "both",
        "either", "neither", "another", "such", "what", "which", "who", "whom", "whose", "where", "when", "why", "how",
        "whether", "if", "then", "than", "because", "since", "while", "although", "though", "unless", "until", "so",
        "as", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto",
        "upon", "about", "above", "below", "over", "under", "after", "before", "between", "among", "through",
        "during", "without", "within", "against", "across", "along", "around", "behind", "beyond", "off", "out",
        "up", "down", "via", "per", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he",
        "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "myself", "himself",
        "herself", "itself", "themselves", "ourselves", "yourself", "is", "are", "was", "were", "be", "been",
        "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "there", "here", "it's", "don't", "didn't", "doesn't", "isn't", "wasn't",
        "won't", "can't", "i'm", "we're", "they're", "you're", "he'd", "we'll", "they'll", "there's", "that's",
    ]

    /// Hashes of the words (see ``WordHasher``), for membership tests on hashed text.
    static let hashes = HashSet64(list.map(WordHasher.hash))
}

/// A fixed set of 64-bit hashes with open addressing: membership costs a multiply-free probe, no `Hashable` call.
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    /// Creates the set; hashes must be non-zero (``WordHasher`` never returns 0).
    init(_ values: [UInt64]) {
        var size = 16
        while size < values.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for value in values {
            var slot = Int(truncatingIfNeeded: value) & mask
            while slots[slot] != 0, slots[slot] != value { slot = (slot + 1) & mask }
            slots[slot] = value
        }
    }

    /// Whether `value` is in the set.
    @inline(__always) func contains(_ value: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: value) & mask
            var found = slots[slot]
            // One test for both usual outcomes (the value, or an empty slot), so the branch predicts well.
            while found != value && found != 0 {
                slot = (slot + 1) & mask
                found = slots[slot]
            }
            return found == value
        }
    }
}
