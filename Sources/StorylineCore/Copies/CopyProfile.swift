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
        let hashed = document.hashedWords
        let count = hashed.count
        var unitStart: [Int32] = []
        var unitSentence: [Int32] = []
        let unitWords = max(8, options.unitWords)
        unitStart.reserveCapacity(document.sentenceCount + 1)
        unitSentence.reserveCapacity(document.sentenceCount)
        for index in 0..<document.sentenceCount {
            let first = document.sentenceWordStart[index]
            let end = document.sentenceWordStart[index + 1]
            var start = first
            while start < end {
                unitStart.append(Int32(start))
                unitSentence.append(Int32(index))
                start = min(end, start + unitWords)
            }
        }
        unitStart.append(Int32(count))
        let units = unitSentence.count
        var keyCount = 0
        var printCount = 0
        var whole: UInt64 = 0xcbf2_9ce4_8422_2325
        var unitHash: [UInt64] = []
        var keys: [UInt64] = []
        var prints: [UInt64] = []
        let words = [UInt64](unsafeUninitializedCapacity: count) { wordBuffer, initialized in
            unitHash = [UInt64](unsafeUninitializedCapacity: units) { unitBuffer, unitsDone in
                keys = [UInt64](unsafeUninitializedCapacity: count) { keyBuffer, keysDone in
                    prints = [UInt64](unsafeUninitializedCapacity: count) { printBuffer, printsDone in
                        hashed.withUnsafeBufferPointer { hashed in
                            unitStart.withUnsafeBufferPointer { unitStart in
                                document.sentenceWordStart.withUnsafeBufferPointer { sentenceStart in
                                    whole = Self.scan(
                                        hashed, unitStart: unitStart, sentenceStart: sentenceStart, options: options,
                                        words: wordBuffer, unitHash: unitBuffer, keys: keyBuffer, keyCount: &keyCount,
                                        prints: printBuffer, printCount: &printCount)
                                }
                            }
                        }
                        printsDone = printCount
                    }
                    keysDone = keyCount
                }
                unitsDone = units
            }
            initialized = count
        }
        self.words = words
        self.unitStart = unitStart
        self.unitSentence = unitSentence
        self.unitHash = unitHash
        fingerprint = WordHasher.finish(whole ^ UInt64(count))
        self.keys = RadixSort.sorted(keys, unique: true)
        fingerprints = RadixSort.sorted(prints, unique: true)
    }

    /// One pass over the words: their hashes, each unit's hash, the sentence keys and the sampled skeleton
    /// fingerprints; returns the running hash of the whole word sequence.
    static func scan(
        _ hashed: UnsafeBufferPointer<HashedWord>, unitStart: UnsafeBufferPointer<Int32>,
        sentenceStart: UnsafeBufferPointer<Int>, options: CopyOptions, words: UnsafeMutableBufferPointer<UInt64>,
        unitHash: UnsafeMutableBufferPointer<UInt64>, keys: UnsafeMutableBufferPointer<UInt64>, keyCount: inout Int,
        prints: UnsafeMutableBufferPointer<UInt64>, printCount: inout Int
    ) -> UInt64 {
        var whole: UInt64 = 0xcbf2_9ce4_8422_2325
        // Skeleton fingerprints: shingles of function words, names and numbers, each with the (capped) number of
        // other words before it; synonym swaps change the other words but not this skeleton.
        let k = max(1, min(options.shingle, 8))
        let keepMask = UInt64(max(1, options.sampling) - 1)
        var ring = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        var filled = 0
        var next = 0  // where the next element goes: filled % k
        var gap: UInt64 = 0
        let function = FunctionWords.hashes
        var sentence = 0
        var keysFound = 0
        var printsFound = 0
        withUnsafeMutableBytes(of: &ring) { raw in
            let ring = raw.bindMemory(to: UInt64.self)
            for unit in 0..<unitHash.count {
                let tag = UInt64(unit) & CopyProfile.unitMask
                var state: UInt64 = 0x9E37_79B9_7F4A_7C15
                for index in Int(unitStart[unit])..<Int(unitStart[unit + 1]) {
                    let word = hashed[index]
                    words[index] = word.hash
                    state = (state ^ word.hash) &* 0x0000_0100_0000_01b3
                    whole = (whole ^ word.hash) &* 0x0000_0100_0000_01b3
                    // The sentence holding the word (sentences without words are passed over).
                    while sentence + 2 < sentenceStart.count, sentenceStart[sentence + 1] <= index { sentence += 1 }
                    // The decisions below (function word? skeleton word? kept fingerprint?) follow the text and
                    // defeat branch prediction, so they select values instead of branching: every word computes a
                    // key and a shingle, and the counts advance only when they are kept.
                    let isFunction = function.contains(word.hash)
                    keys[keysFound] = (word.hash & ~CopyProfile.unitMask) | tag
                    keysFound &+= isFunction ? 0 : 1
                    let isName = word.isCapitalized && index > sentenceStart[sentence]
                    let isSkeleton = isFunction || word.isNumber || isName
                    let element = word.hash &+ min(gap, 3) &* 0x9E37_79B9_7F4A_7C15
                    ring[next] = isSkeleton ? element : ring[next]
                    gap = isSkeleton ? 0 : gap &+ 1
                    filled &+= isSkeleton ? 1 : 0
                    let advanced = next + 1 == k ? 0 : next + 1
                    next = isSkeleton ? advanced : next
                    // The last k elements, oldest first: they start where the next one will go.
                    var shingle: UInt64 = 0
                    if k == 4 {  // the default, unrolled: rotations by 0, 13, 26 and 39 bits
                        let e0 = ring[next]
                        let e1 = ring[(next + 1) & 3]
                        let e2 = ring[(next + 2) & 3]
                        let e3 = ring[(next + 3) & 3]
                        shingle = e0 &* 0xff51_afd7_ed55_8ccd
                        shingle = (shingle ^ ((e1 << 13) | (e1 >> 51))) &* 0xff51_afd7_ed55_8ccd
                        shingle = (shingle ^ ((e2 << 26) | (e2 >> 38))) &* 0xff51_afd7_ed55_8ccd
                        shingle = (shingle ^ ((e3 << 39) | (e3 >> 25))) &* 0xff51_afd7_ed55_8ccd
                    } else {
                        var position = next
                        for j in 0..<k {
                            let element = ring[position]
                            position = position + 1 == k ? 0 : position + 1
                            let r = UInt64(j * 13 % 64)
                            shingle ^= r == 0 ? element : (element << r) | (element >> (64 - r))
                            shingle = shingle &* 0xff51_afd7_ed55_8ccd
                        }
                    }
                    let mixed = WordHasher.finish(shingle)
                    prints[printsFound] = mixed
                    printsFound &+= isSkeleton && filled >= k && (mixed >> 40) & keepMask == 0 ? 1 : 0
                }
                unitHash[unit] = WordHasher.finish(state)
            }
        }
        keyCount = keysFound
        printCount = printsFound
        return whole
    }
}
