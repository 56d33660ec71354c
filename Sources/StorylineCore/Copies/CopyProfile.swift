/// What copy detection keeps of a document: its words as hashes cut into alignment units (sentences, long ones
/// cut into pieces), the sentence keys used to pair units quickly, and the skeleton fingerprints used to find
/// candidates in the index.
///
/// Built once per document; everything after works on integers.
struct CopyProfile: Sendable {
    /// Hashes of the words, in order.
    var words: [UInt64]
    /// Unit `u` holds `words[unitStart[u]..<unitStart[u + 1]]`; one extra entry closes the last unit.
    var unitStart: [Int32]
    /// The sentence (index into ``Document/sentences``) each unit belongs to.
    var unitSentence: [Int32]
    /// Hash of each unit's word sequence, to recognise verbatim units without comparing words.
    var unitHash: [UInt64]
    /// Sentence keys: each content word, name or number of a unit, packed as `hash` high bits | unit low bits,
    /// sorted and deduplicated, so that two profiles are joined in one merge pass.
    var keys: [UInt64]
    /// Sampled skeleton fingerprints, sorted and unique.
    var fingerprints: [UInt64]
    /// Hash of the whole word sequence: equal for exact copies.
    var fingerprint: UInt64

    /// Number of words.
    var wordCount: Int { words.count }
    /// Number of alignment units.
    var unitCount: Int { unitSentence.count }
    /// Word range of unit `u`.
    @inline(__always) func range(_ unit: Int) -> Range<Int> { Int(unitStart[unit])..<Int(unitStart[unit + 1]) }
    /// Number of words in unit `u`.
    @inline(__always) func length(_ unit: Int) -> Int { Int(unitStart[unit + 1] - unitStart[unit]) }

    /// Low bits of a key that hold the unit.
    static let unitBits: UInt64 = 20
    /// Mask of those bits.
    static let unitMask: UInt64 = (1 << unitBits) - 1

    /// Profiles `document` under `options`.
    init(_ document: Document, options: CopyOptions) {
        var hashed: [HashedWord] = []
        hashed.reserveCapacity(document.words.count)
        var unitStart: [Int32] = []
        var unitSentence: [Int32] = []
        var unitHash: [UInt64] = []
        var isName: [Bool] = []
        isName.reserveCapacity(document.words.count)
        let unitWords = max(8, options.unitWords)
        for (index, sentence) in document.sentences.enumerated() {
            let first = hashed.count
            WordHasher.append(sentence.text, to: &hashed)
            var start = first
            while start < hashed.count {
                let end = min(hashed.count, start + unitWords)
                unitStart.append(Int32(start))
                unitSentence.append(Int32(index))
                var state: UInt64 = 0x9E37_79B9_7F4A_7C15
                for k in start..<end { state = (state ^ hashed[k].hash) &* 0x0000_0100_0000_01b3 }
                unitHash.append(WordHasher.finish(state))
                start = end
            }
            for k in first..<hashed.count { isName.append(k > first && hashed[k].isCapitalized) }
        }
        unitStart.append(Int32(hashed.count))
        words = hashed.map(\.hash)
        self.unitStart = unitStart
        self.unitSentence = unitSentence
        self.unitHash = unitHash

        var whole: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words { whole = (whole ^ word) &* 0x0000_0100_0000_01b3 }
        fingerprint = WordHasher.finish(whole ^ UInt64(words.count))

        // Sentence keys: every word that is not a function word, tagged with its unit.
        var keys: [UInt64] = []
        keys.reserveCapacity(words.count)
        let function = FunctionWords.hashes
        var isFunction = [Bool](repeating: false, count: words.count)
        for unit in 0..<unitSentence.count {
            let tag = UInt64(unit) & CopyProfile.unitMask
            for k in Int(unitStart[unit])..<Int(unitStart[unit + 1]) {
                if function.contains(words[k]) {
                    isFunction[k] = true
                } else {
                    keys.append((words[k] & ~CopyProfile.unitMask) | tag)
                }
            }
        }
        keys.sort()
        self.keys = keys.uniqued()

        // Skeleton fingerprints: shingles of function words, names and numbers, each with the (capped) number of
        // other words before it; synonym swaps change the other words but not this skeleton.
        let k = max(1, options.shingle)
        let keepMask = UInt64(max(1, options.sampling) - 1)
        var ring = [UInt64](repeating: 0, count: k)
        var filled = 0
        var gap: UInt64 = 0
        var prints: [UInt64] = []
        prints.reserveCapacity(words.count / 2)
        for index in 0..<words.count {
            let anchor = isFunction[index] || hashed[index].isNumber || isName[index]
            guard anchor else {
                gap += 1
                continue
            }
            ring[filled % k] = words[index] &+ min(gap, 3) &* 0x9E37_79B9_7F4A_7C15
            filled += 1
            gap = 0
            guard filled >= k else { continue }
            var shingle: UInt64 = 0
            for j in 0..<k {
                let element = ring[(filled - k + j) % k]
                shingle ^= (element << UInt64(j * 13 % 64)) | (element >> UInt64((64 - j * 13 % 64) % 64))
                shingle = shingle &* 0xff51_afd7_ed55_8ccd
            }
            let mixed = WordHasher.finish(shingle)
            if (mixed >> 40) & keepMask == 0 { prints.append(mixed) }
        }
        prints.sort()
        fingerprints = prints.uniqued()
    }
}

extension Array where Element == UInt64 {
    /// The sorted array without repeated values.
    func uniqued() -> [UInt64] {
        guard count > 1 else { return self }
        var result: [UInt64] = []
        result.reserveCapacity(count)
        var last = self[0]
        result.append(last)
        for value in self.dropFirst() where value != last {
            result.append(value)
            last = value
        }
        return result
    }
}
