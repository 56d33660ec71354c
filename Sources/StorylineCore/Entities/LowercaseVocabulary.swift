/// The lower-cased words of a text that are neither numbers nor capitalised, for asking whether a capitalised
/// sentence-initial word ("However") is also used as an ordinary word in the same article.
///
/// The same set as `Tokenizer.tokens(text).filter { !$0.isCapitalized && !$0.isNumber }.map(\.lower)`, held in an
/// open-addressing table of byte hashes: an ASCII word is hashed and compared straight from the text's bytes, so a
/// string is made only once per distinct word, not once per occurrence. Lookups compare the words themselves, so
/// hash collisions never change an answer.
struct LowercaseVocabulary {
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var words: [[UInt8]] = []
    private var mask: Int

    /// The vocabulary of `text`.
    init(_ text: String) {
        var text = text
        var capacity = 64
        while capacity < text.utf8.count / 4 { capacity *= 2 }
        hashes = Array(repeating: 0, count: capacity)
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        text.withUTF8 { b in
            WordScanner.scan(b) { span in
                guard !span.isNumber else { return }
                if span.isASCII {
                    let first = b[span.start]
                    if first >= 65 && first <= 90 { return }
                    insert(UnsafeBufferPointer(rebasing: b[span.start..<span.end]))
                } else {
                    // As the tokenizer reads a non-ASCII word: without its possessive, capitalised by its first scalar.
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: b[span.start..<span.end]), as: UTF8.self)
                    let word = Tokenizer.unicodeWord(Substring(raw))
                    if word.unicodeScalars.first.map({ $0.properties.isUppercase }) ?? false { return }
                    insertLowered(Tokenizer.lowercase(word))
                }
            }
        }
    }

    /// Whether `lower` (a lower-cased word) is in the vocabulary.
    func contains(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { b in find(b, lowering: false, hash: Self.hash(b, lowering: false)).found }
    }

    private mutating func insertLowered(_ lower: String) {
        var lower = lower
        lower.withUTF8 { insert($0, lowering: false) }
    }

    /// Adds a word given by its bytes, lower-casing ASCII letters when `lowering`.
    private mutating func insert(_ b: UnsafeBufferPointer<UInt8>, lowering: Bool = true) {
        let hash = Self.hash(b, lowering: lowering)
        let (found, slot) = find(b, lowering: lowering, hash: hash)
        guard !found else { return }
        hashes[slot] = hash
        slots[slot] = Int32(words.count)
        words.append(lowering ? b.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } : Array(b))
        if words.count * 2 > hashes.count { grow() }
    }

    /// The slot holding the word, or the empty slot where it would go.
    private func find(_ b: UnsafeBufferPointer<UInt8>, lowering: Bool, hash: UInt64) -> (found: Bool, slot: Int) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, Self.equal(words[Int(slots[slot])], b, lowering: lowering) { return (true, slot) }
            slot = (slot + 1) & mask
        }
        return (false, slot)
    }

    private mutating func grow() {
        let capacity = hashes.count * 2
        var newHashes = [UInt64](repeating: 0, count: capacity)
        var newSlots = [Int32](repeating: -1, count: capacity)
        let newMask = capacity - 1
        for old in slots.indices where slots[old] >= 0 {
            var slot = Int(truncatingIfNeeded: hashes[old]) & newMask
            while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
            newHashes[slot] = hashes[old]
            newSlots[slot] = slots[old]
        }
        hashes = newHashes
        slots = newSlots
        mask = newMask
    }

    private static func hash(_ b: UnsafeBufferPointer<UInt8>, lowering: Bool) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b {
            let lowered = lowering && byte >= 65 && byte <= 90 ? byte + 32 : byte
            state = (state ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
        }
        return WordHasher.finish(state)
    }

    private static func equal(_ word: [UInt8], _ b: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Bool {
        guard word.count == b.count else { return false }
        for k in 0..<b.count {
            let byte = b[k]
            let lowered = lowering && byte >= 65 && byte <= 90 ? byte + 32 : byte
            if word[k] != lowered { return false }
        }
        return true
    }
}
