/// Who a quote is attributed to, as found next to it, before names are made canonical.
struct Attribution: Hashable, Sendable {
    /// How the speaker is named.
    enum Speaker: Hashable, Sendable {
        /// A name mention (person or organisation).
        case name(String)
        /// `he`, `she`: the last person of that gender (when known) named before `position` (UTF-8 offset in
        /// `paragraph`).
        case pronoun(paragraph: Int, position: Int, gender: PersonGender?)
        /// `the statement`, `the report`: the previous quote's speaker.
        case previousSpeaker
    }

    var speaker: Speaker
    /// The attribution verb, lower-cased (`said`, `according to`).
    var verb: String
    /// Whether it stands right after the quote (`"…," he said`), which makes even a one-word quote speech.
    var direct: Bool

    /// Reads the attribution after a quote: `, X said`, `, said X`, `X, the Kremlin spokesman, said`,
    /// `according to X`, `he added`, `the White House said in a statement`.
    static func after(
        _ text: String, from start: Int, to end: Int, paragraph: Int, mentions: [NameMention]
    ) -> Attribution? {
        let window = slice(text, start, end)
        let tokens = Tokenizer.tokens(window.text)
        guard !tokens.isEmpty else { return nil }
        let offsetOf = { (token: Token) in
            start + window.text.utf8.distance(from: window.text.startIndex, to: token.text.startIndex)
        }
        let direct = offsetOf(tokens[0]) - start <= 3
        // "… ," said Peskov / said he
        if attributes(tokens, 0) {
            let verb = tokens[0].lower
            // The first person named within six words ("said ABC Entertainment Group prexy Paul Lee"), else the
            // first organisation.
            let near = mentions.filter { mention in
                guard mention.range.lowerBound >= offsetOf(tokens[0]), mention.range.lowerBound < end,
                    mention.type != .place
                else { return false }
                return tokens.prefix { offsetOf($0) < mention.range.lowerBound }.count <= 7
            }
            if let name = near.first(where: { $0.type == .person }) ?? near.first {
                return Attribution(speaker: .name(name.name), verb: verb, direct: direct)
            }
            if tokens.count > 1, let gender = PersonGender(pronoun: tokens[1].lower) {
                return Attribution(
                    speaker: .pronoun(paragraph: paragraph, position: offsetOf(tokens[1]), gender: gender), verb: verb,
                    direct: direct)
            }
            return nil
        }
        // according to X
        if tokens.count > 2, tokens[0].lower == "according", tokens[1].lower == "to",
            let name = mentions.first(where: { $0.range.lowerBound >= offsetOf(tokens[2]) && $0.range.lowerBound < end }
            )
        {
            return Attribution(speaker: .name(name.name), verb: "according to", direct: direct)
        }
        // X said / he added / the statement said
        guard let verbIndex = tokens.prefix(10).indices.first(where: { attributes(tokens, $0) }), verbIndex > 0
        else {
            return nil
        }
        let verbStart = offsetOf(tokens[verbIndex])
        let verb = tokens[verbIndex].lower
        if verbIndex + 1 < tokens.count, tokens[verbIndex].lower == "told" || tokens[verbIndex].lower == "instructed" {
            // keep "told" as the verb
        }
        return subject(
            tokens.prefix(verbIndex), offsetOf: offsetOf, upTo: verbStart, from: start, paragraph: paragraph,
            mentions: mentions, verb: verb, direct: direct)
    }

    /// Reads an attribution before a quote in the same sentence: `Medinsky said in a video … that "…"`,
    /// `He also said Ukraine was ready to "…"`, `Peskov said: "…"`.
    /// `bytes` are `text`'s UTF-8 bytes, which the caller holds already.
    static func before(
        _ text: String, bytes: [UInt8], from start: Int, to end: Int, paragraph: Int, mentions: [NameMention]
    ) -> Attribution? {
        let window = slice(text, start, end)
        let tokens = Tokenizer.tokens(window.text)
        let offsetOf = { (token: Token) in
            start + window.text.utf8.distance(from: window.text.startIndex, to: token.text.startIndex)
        }
        for (index, token) in tokens.enumerated() where index > 0 && attributes(tokens, index) {
            guard tokens.count - index <= 20 else { continue }
            if tokens[index - 1].lower == "who" {
                // "Sergei Rudskoi, the head of the General Staff's Directorate, who said": the person before "who".
                let person = mentions.last {
                    $0.type == .person && $0.range.lowerBound >= start
                        && $0.range.upperBound <= offsetOf(tokens[index - 1])
                }
                if let person { return Attribution(speaker: .name(person.name), verb: token.lower, direct: false) }
                continue
            }
            if let person = personBeforeAppositive(
                bytes, tokens: tokens, verb: index, from: start, offsetOf: offsetOf, mentions: mentions)
            {
                return Attribution(speaker: .name(person), verb: token.lower, direct: false)
            }
            let subjectTokens = tokens[max(0, index - 6)..<index]
            if let found = subject(
                subjectTokens, offsetOf: offsetOf, upTo: offsetOf(token), from: offsetOf(subjectTokens.first!),
                paragraph: paragraph, mentions: mentions, verb: token.lower, direct: false, nearest: true)
            {
                return found
            }
        }
        return nil
    }

    /// The person an appositive describes, when a verb follows the appositive's closing comma: "Tim Warner,
    /// spokesman for anti-virus firm Finjan, said:" → Tim Warner. The person must be the first name within the 14
    /// words before the verb, right before a comma.
    static func personBeforeAppositive(
        _ utf8: [UInt8], tokens: [Token], verb index: Int, from start: Int, offsetOf: (Token) -> Int,
        mentions: [NameMention]
    ) -> String? {
        let verbStart = offsetOf(tokens[index])
        var before = verbStart
        while before > 0, utf8[before - 1] == 32 { before -= 1 }
        guard before > 0, utf8[before - 1] == 44 else { return nil }  // ", said"
        let windowStart = max(start, offsetOf(tokens[max(0, index - 14)]))
        // The first name in the window is the person; names after its comma belong to the appositive.
        guard
            let first = mentions.first(where: {
                $0.range.lowerBound >= windowStart && $0.range.upperBound < before && $0.type != .place
            }),
            first.type == .person, !first.possessive, utf8[first.range.upperBound] == 44
        else { return nil }
        return first.name
    }

    /// Whether `tokens[index]` attributes speech: a speech verb, except a naming verb ("called", "described") in the
    /// passive or reflexive ("was described as", "describes itself as"), whose subject is what is named.
    static func attributes(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].lower
        guard SpeechVerbs.isVerb(word) else { return false }
        guard SpeechVerbs.naming.contains(word) else { return true }
        let before = index > 0 ? tokens[index - 1].lower : ""
        let after = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        return !["is", "was", "are", "were", "be", "been", "being"].contains(before)
            && !["itself", "himself", "herself", "themselves"].contains(after)
    }

    /// The speaker in the words before a verb: a name (person first, then organisation), a pronoun, or a
    /// statement-like noun.
    private static func subject(
        _ tokens: ArraySlice<Token>, offsetOf: (Token) -> Int, upTo verbStart: Int, from start: Int, paragraph: Int,
        mentions: [NameMention], verb: String, direct: Bool, nearest: Bool = false
    ) -> Attribution? {
        let inSubject = mentions.filter {
            $0.range.lowerBound >= start && $0.range.upperBound <= verbStart && $0.type != .place && !$0.possessive
        }
        let ordered = nearest ? inSubject.reversed() : inSubject
        if let person = ordered.first(where: { $0.type == .person }) ?? ordered.first(where: {
            $0.type == .organization
        })
            ?? ordered.first
        {
            // In a pre-quote clause the name must sit right before the verb ("Medinsky said", "He also said").
            if nearest {
                let gap = tokens.filter { offsetOf($0) >= person.range.upperBound }.count
                guard gap <= 2 else { return nil }
            }
            return Attribution(speaker: .name(person.name), verb: verb, direct: direct)
        }
        let words = tokens.map(\.lower)
        if let index = words.lastIndex(where: { $0 == "he" || $0 == "she" }), !nearest || words.count - index <= 3 {
            let token = tokens[tokens.index(tokens.startIndex, offsetBy: index)]
            return Attribution(
                speaker: .pronoun(
                    paragraph: paragraph, position: offsetOf(token), gender: PersonGender(pronoun: words[index])),
                verb: verb, direct: direct)
        }
        if !nearest, words.count <= 3, words.first == "the",
            let noun = words.last,
            [
                "statement", "report", "document", "letter", "post", "message", "spokesman",
                "spokeswoman", "spokesperson",
            ].contains(noun)
        {
            return Attribution(speaker: .previousSpeaker, verb: verb, direct: direct)
        }
        return nil
    }

    /// The substring of `text` between two UTF-8 offsets, cut at the first sentence end.
    private static func slice(_ text: String, _ start: Int, _ end: Int) -> (text: Substring, end: Int) {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: max(0, min(start, utf8.count)))
        let to = utf8.index(utf8.startIndex, offsetBy: max(0, min(end, utf8.count)))
        guard from < to else { return (text[from..<from], start) }
        return (text[from..<to], end)
    }
}
