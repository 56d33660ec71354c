/// A word-level difference between two sentences, for showing people what changed between an original and a copy.
public enum SentenceDiff {
    /// A run of words that is the same in both sentences, only in the first, or only in the second.
    public struct Piece: Hashable, Sendable {
        /// What happened to the words.
        public enum Change: String, Hashable, Sendable {
            /// In both sentences.
            case same
            /// Only in the first (old) sentence.
            case removed
            /// Only in the second (new) sentence.
            case added
        }

        /// What happened to the words.
        public var change: Change
        /// The words as written, separated by single spaces.
        public var text: String

        /// Creates a piece.
        public init(change: Change, text: String) {
            self.change = change
            self.text = text
        }
    }

    /// The words of `old` and `new` as runs of same, removed and added words (matched case-insensitively, shown
    /// as written; punctuation is not compared).
    public static func pieces(_ old: String, _ new: String) -> [Piece] {
        let x = Tokenizer.tokens(old)
        let y = Tokenizer.tokens(new)
        var pieces: [Piece] = []
        func add(_ change: Piece.Change, _ word: Substring) {
            if let last = pieces.last, last.change == change {
                pieces[pieces.count - 1].text += " " + word
            } else {
                pieces.append(Piece(change: change, text: String(word)))
            }
        }
        for edit in WordDiff.script(x.map(\.lower), y.map(\.lower)) {
            switch edit {
            case .same(_, let j): add(.same, y[j].text)
            case .removed(let i): add(.removed, x[i].text)
            case .added(let j): add(.added, y[j].text)
            }
        }
        return pieces
    }
}
