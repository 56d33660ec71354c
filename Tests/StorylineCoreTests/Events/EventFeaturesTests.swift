import Testing

@testable import StorylineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct EventFeaturesTests {
    /// The terms read from hashed words are those the shared tokenizer's words give, counted the documented way:
    /// stop words and one-letter words dropped, names (capitalised inside a sentence) shown capitalised, numbers
    /// kept, the headline's words marked.
    @Test(arguments: [
        "Kremlin spokesman Dmitry Peskov said Putin's envoy met Zelenskyy's team. Peskov's aides said 1,000 troops left.",
        "Ítalo Güell visited São Paulo in 2022. The visit cost 10.5 million reais; Güell's aides were in São Paulo.",
        "A quake hit. It was big. A 7.1 quake hit Izmir, and AFTERSHOCKS hit Izmir and x y z.",
        "",
    ])
    func termsMatchTheTokenizer(text: String) {
        var article = Article(id: "a", text: text, date: nil, source: "a")
        article.title = "Quake hits Izmir: 7.1 magnitude"
        let document = Document(article)
        let options = EventOptions()
        let features = EventFeatures(document, options: options)
        let expected = Self.reference(document, options: options)
        #expect(features.terms.map(\.key) == expected.map(\.key))
        #expect(features.terms.map(\.display) == expected.map(\.display))
        #expect(features.terms.map(\.weight) == expected.map(\.weight))
        #expect(features.terms.map(\.hash) == expected.map { TermVocabulary.hash($0.key) })
    }

    /// The terms as the tokenizer gives them: an independent count to check the hashed one against.
    private static func reference(_ document: Document, options: EventOptions) -> [(
        key: String, display: String, weight: Double
    )] {
        var order: [String] = []
        var count: [String: Int] = [:]
        var initial: [String: Int] = [:]
        var capitalized: [String: Int] = [:]
        var display: [String: String] = [:]
        var number: [String: Bool] = [:]
        var title: Set<String> = []
        func keep(_ token: Token) -> Bool {
            token.text.utf8.count >= 2 && (token.isNumber || !Stopwords.english.contains(token.lower))
        }
        func note(_ token: Token) {
            if count[token.lower] == nil {
                order.append(token.lower)
                count[token.lower] = 0
                display[token.lower] = token.lower
                number[token.lower] = token.isNumber
            }
        }
        for sentence in document.sentences {
            for (position, token) in Tokenizer.tokens(sentence.text).enumerated() where keep(token) {
                note(token)
                count[token.lower]! += 1
                if position == 0 {
                    initial[token.lower, default: 0] += 1
                } else if token.isCapitalized {
                    capitalized[token.lower, default: 0] += 1
                    if display[token.lower] == token.lower { display[token.lower] = String(token.text) }
                }
            }
        }
        for token in Tokenizer.tokens(document.title ?? "") where keep(token) {
            note(token)
            count[token.lower] = max(count[token.lower]!, 1)
            title.insert(token.lower)
        }
        return order.map { key in
            var weight = 1 + log(Double(count[key]!))
            let inner = count[key]! - initial[key, default: 0]
            if number[key]! {
                weight *= options.numberBoost
            } else if inner > 0 && 2 * capitalized[key, default: 0] > inner {
                weight *= options.nameBoost
            }
            if title.contains(key) { weight *= options.titleBoost }
            return (key, display[key]!, weight)
        }
    }
}
