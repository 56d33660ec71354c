/// English function words and reporting verbs that say nothing about which event an article reports.
///
/// Inverse document frequency would down-weight them anyway once the stream is long; removing them also keeps them
/// out of centroids and candidate look-ups from the first article on.
enum Stopwords {
    /// The lower-cased stop words.
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "aren't",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down",
        "during", "each", "few", "for", "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have",
        "haven't", "having", "he", "he'd", "he'll", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
        "let's", "like", "may", "me", "might", "more", "most", "mr", "mrs", "ms", "must", "my", "myself", "new", "no",
        "nor", "not", "of", "off", "on", "once", "one", "only", "or", "other", "ought", "our", "ours", "ourselves",
        "out", "over", "own", "said", "same", "say", "says", "she", "she'd", "she'll", "should", "shouldn't", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
        "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to", "told", "too", "two",
        "under", "until", "up", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
        "weren't", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "won't", "would",
        "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
    ]

    /// The stop words as ``WordHasher`` hashes, to test hashed words without making strings.
    static let hashes = HashSet64(english.map(WordHasher.hash))
}
