/// Incremental copy detection: documents are added one at a time and compared only with indexed candidates.
///
/// The index maps skeleton fingerprints (see ``CopyOptions/shingle``) to the documents holding them. A new document
/// looks up its fingerprints, counts how many each earlier document shares, and aligns sentence by sentence only
/// with the few that share the most. A fingerprint held by more than ``CopyOptions/maxPostings`` documents turns
/// common and is dropped (it is evidence of boilerplate, not of copying), so the cost of an addition and the memory
/// per document stay flat as the index grows. The state is `Codable` so that a store can persist it and a later
/// ingest continues where the last one stopped.
public struct CopyIndex: Codable, Sendable {
    /// Tuning in force.
    public var options: CopyOptions
    /// Number of documents indexed.
    public private(set) var count = 0
    /// What is remembered of each indexed document, by insertion order.
    private var entries: [Entry] = []
    /// Fingerprint → ordinals of the documents holding it (until more than ``CopyOptions/maxPostings`` hold it).
    private var postings: Postings
    /// Whole-text fingerprint → first ordinal, so exact copies of texts too short for shingles are found too.
    private var wholeTexts: [UInt64: UInt32] = [:]

    /// What the index remembers of one document.
    private struct Entry: Codable, Sendable {
        var id: String
        var date: Day?
        var words: Int
    }

    /// Creates an empty index.
    public init(options: CopyOptions = CopyOptions()) {
        self.options = options
        postings = Postings(cap: options.maxPostings)
    }

    /// Indexes `document` and returns the copy verdicts between it and earlier documents.
    ///
    /// `earlier` fetches an earlier document by id (from memory or a store) to verify and explain a candidate.
    public mutating func add(_ document: Document, date: Day?, earlier: (String) -> Document?) -> [CopyReport] {
        let profile = CopyProfile(document, options: options)
        var reports: [CopyReport] = []
        for ordinal in candidates(profile) {
            // Read the entry's fields here rather than capturing `entries` in a closure: a live copy of the array
            // would make `insert` below copy all of it (O(index size) per addition).
            let id = entries[ordinal].id
            let earlierDate = entries[ordinal].date
            guard let previous = earlier(id) else { continue }
            let old = CopyVerifier.Side(
                document: previous, profile: CopyProfile(previous, options: options), date: earlierDate)
            let new = CopyVerifier.Side(document: document, profile: profile, date: date)
            if let report = CopyVerifier.verify(old, new, options: options).report { reports.append(report) }
        }
        insert(profile, id: document.id, date: date)
        return reports
    }

    /// Approximate memory held by the index, in bytes (postings, their table, and the per-document entries).
    public var estimatedBytes: Int {
        var bytes = postings.bytes + wholeTexts.capacity * 13
        for entry in entries { bytes += 40 + max(0, entry.id.utf8.count - 15) }
        return bytes
    }

    /// Indexes `profile` and returns the earlier ordinals to verify it against (as ``add(_:date:earlier:)``
    /// would verify them), leaving the verification to the caller: lets a batch verify many pairs in parallel.
    mutating func addDeferringVerification(_ profile: CopyProfile, id: String, date: Day?) -> [Int] {
        // Looking a fingerprint up and adding it in one probe gives the same hits as looking every fingerprint up
        // first: a profile holds each fingerprint once, and adding one changes no other fingerprint's list.
        let ordinal = UInt32(entries.count)
        var hits: [UInt32] = []
        for print in profile.fingerprints { postings.add(print, ordinal) { hits.append($0) } }
        let found = candidates(profile, hits: &hits)
        record(profile, id: id, date: date)
        return found
    }

    /// Earlier ordinals worth aligning with `profile`: those sharing the most fingerprints.
    private func candidates(_ profile: CopyProfile) -> [Int] {
        var hits: [UInt32] = []
        for print in profile.fingerprints { postings.forEach(print) { hits.append($0) } }
        return candidates(profile, hits: &hits)
    }

    /// The candidates among `hits`, the ordinals found under each of the profile's fingerprints.
    private func candidates(_ profile: CopyProfile, hits: inout [UInt32]) -> [Int] {
        hits.sort()
        let needed = min(options.minSharedFingerprints, max(1, profile.fingerprints.count / 3))
        var found: [(ordinal: Int, shared: Int)] = []
        var k = 0
        while k < hits.count {
            var end = k + 1
            while end < hits.count, hits[end] == hits[k] { end += 1 }
            if end - k >= needed { found.append((Int(hits[k]), end - k)) }
            k = end
        }
        found.sort { ($0.shared, $1.ordinal) > ($1.shared, $0.ordinal) }
        var result = found.prefix(max(1, options.maxCandidates)).map(\.ordinal)
        if let same = wholeTexts[profile.fingerprint], !result.contains(Int(same)) { result.append(Int(same)) }
        return result
    }

    private mutating func insert(_ profile: CopyProfile, id: String, date: Day?) {
        let ordinal = UInt32(entries.count)
        for print in profile.fingerprints { postings.add(print, ordinal) }
        record(profile, id: id, date: date)
    }

    /// Records the entry and whole-text fingerprint of a profile whose fingerprints are in the postings.
    private mutating func record(_ profile: CopyProfile, id: String, date: Day?) {
        let ordinal = UInt32(entries.count)
        entries.append(Entry(id: id, date: date, words: profile.wordCount))
        count += 1
        if profile.wordCount > 0, wholeTexts[profile.fingerprint] == nil { wholeTexts[profile.fingerprint] = ordinal }
    }
}
