#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Terms seen so far by event clustering, with their document frequencies: the online IDF statistics.
struct TermVocabulary: Sendable {
    /// Lower-cased term keys by id.
    private(set) var keys: [String] = []
    /// Readable spelling by id (the capitalised form of a name when one was seen).
    private(set) var display: [String] = []
    /// Number of articles that contain each term.
    private(set) var documentFrequency: [Int32] = []
    /// Id by key hash (``hash(_:)``); rebuilt from `keys` when decoded.
    private var lookup = TermTable()

    /// An empty vocabulary.
    init() {}

    /// Number of distinct terms.
    var count: Int { keys.count }

    /// The hash a key is looked up by: computed once per term, off the serial path (see ``EventFeatures``).
    static func hash(_ key: String) -> UInt64 { WordHasher.hash(key) }

    /// The id of `key` (whose ``hash(_:)`` is `hash`), adding it when new.
    mutating func id(for key: String, hash: UInt64, display shown: String) -> Int32 {
        if let id = lookup.find(key, hash: hash, keys: keys) {
            if display[Int(id)] == key && shown != key { display[Int(id)] = shown }
            return id
        }
        let id = Int32(keys.count)
        keys.append(key)
        display.append(shown)
        documentFrequency.append(0)
        lookup.insert(id, hash: hash)
        return id
    }

    /// The id of `key` when it has been seen.
    func existingId(for key: String) -> Int32? { lookup.find(key, hash: TermVocabulary.hash(key), keys: keys) }

    /// The readable spelling of term `id`.
    func displayForm(_ id: Int32) -> String { display[Int(id)] }

    /// Counts one more article containing the term `id`.
    mutating func countDocument(_ id: Int32) { documentFrequency[Int(id)] += 1 }

    /// Smoothed inverse document frequency of `id` among `documents` articles: `ln((N + 1) / (df + 1)) + 1`.
    func idf(_ id: Int32, documents: Int) -> Double {
        TermVocabulary.idf(documentFrequency: Int(documentFrequency[Int(id)]), documents: documents)
    }

    /// Smoothed inverse document frequency of a term found in `documentFrequency` of `documents` articles.
    static func idf(documentFrequency: Int, documents: Int) -> Double {
        log(Double(documents + 1) / Double(documentFrequency + 1)) + 1
    }
}

extension TermVocabulary: Codable {
    private enum CodingKeys: String, CodingKey { case keys, display, documentFrequency }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keys = try container.decode([String].self, forKey: .keys)
        display = try container.decode([String].self, forKey: .display)
        documentFrequency = try container.decode([Int32].self, forKey: .documentFrequency)
        guard display.count == keys.count, documentFrequency.count == keys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .keys, in: container, debugDescription: "vocabulary arrays differ in length")
        }
        for (id, key) in keys.enumerated() {
            guard lookup.find(key, hash: TermVocabulary.hash(key), keys: keys) == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .keys, in: container, debugDescription: "vocabulary holds \"\(key)\" twice")
            }
            lookup.insert(Int32(id), hash: TermVocabulary.hash(key))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(keys, forKey: .keys)
        try container.encode(display, forKey: .display)
        try container.encode(documentFrequency, forKey: .documentFrequency)
    }
}
