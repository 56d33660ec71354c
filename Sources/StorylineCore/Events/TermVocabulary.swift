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
    /// Id by key; rebuilt from `keys` when decoded.
    private var lookup: [String: Int32] = [:]

    /// An empty vocabulary.
    init() {}

    /// Number of distinct terms.
    var count: Int { keys.count }

    /// The id of `key`, adding it when new.
    mutating func id(for key: String, display shown: String) -> Int32 {
        if let id = lookup[key] {
            if display[Int(id)] == key && shown != key { display[Int(id)] = shown }
            return id
        }
        let id = Int32(keys.count)
        keys.append(key)
        display.append(shown)
        documentFrequency.append(0)
        lookup[key] = id
        return id
    }

    /// The id of `key` when it has been seen.
    func existingId(for key: String) -> Int32? { lookup[key] }

    /// The readable spelling of term `id`.
    func displayForm(_ id: Int32) -> String { display[Int(id)] }

    /// Counts one more article containing the term `id`.
    mutating func countDocument(_ id: Int32) { documentFrequency[Int(id)] += 1 }

    /// Smoothed inverse document frequency of `id` among `documents` articles: `ln((N + 1) / (df + 1)) + 1`.
    func idf(_ id: Int32, documents: Int) -> Double {
        log(Double(documents + 1) / Double(documentFrequency[Int(id)] + 1)) + 1
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
        lookup = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(keys, forKey: .keys)
        try container.encode(display, forKey: .display)
        try container.encode(documentFrequency, forKey: .documentFrequency)
    }
}
