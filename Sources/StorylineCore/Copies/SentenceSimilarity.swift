/// How alike two sentences are to the copy aligner: the measure behind "aligned sentences" in every copy
/// explanation, exposed so that it can be checked on its own (for instance against the Microsoft Research
/// Paraphrase Corpus, sentence pairs from news stories judged paraphrase or not).
///
/// Similarity is twice the number of words the two share in the same order (longest common subsequence) over their
/// two lengths: 1 for the same words, 0 for none in common. A spun sentence keeps most of its words in place, so it
/// stays high; a sentence that reports something else with the same vocabulary in another order does not.
public enum SentenceSimilarity {
    /// Similarity of two sentences (or short passages), 0…1, compared word by word case-insensitively.
    public static func score(_ a: String, _ b: String) -> Double {
        let x = Document(Article(id: "a", text: a, source: "a")).hashedWords.map(\.hash)
        let y = Document(Article(id: "b", text: b, source: "b")).hashedWords.map(\.hash)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var scratch = LCSScratch()
        let common = scratch.lcs(x[...], y[...])
        return 2 * Double(common) / Double(x.count + y.count)
    }

    /// Whether the aligner would pair the two sentences: ``score(_:_:)`` reaches
    /// ``CopyOptions/sentenceSimilarity``.
    public static func isSameSentence(_ a: String, _ b: String, options: CopyOptions = CopyOptions()) -> Bool {
        score(a, b) >= options.sentenceSimilarity
    }
}
