/// Writes original articles about an event: a lede naming who, what, where and when, then body sentences that mix
/// Zipfian filler with the event's names, key words, numbers and quotes.
///
/// Two articles about one event share names, place and key words but are worded independently, as two reporters'
/// stories would be.
struct SyntheticWriter: Sendable {
    let lexicon: SyntheticLexicon
    let sentences: ClosedRange<Int>

    /// An original article about `event`.
    func article(about event: SyntheticEvent, _ random: inout SeededRandom) -> SyntheticDraft {
        let count = random.int(in: sentences)
        var mentioned = Set<String>()
        var body: [[SyntheticToken]] = [lede(event, &mentioned, &random)]
        for _ in 1..<max(count, 2) { body.append(sentence(event, &mentioned, &random)) }
        return SyntheticDraft(
            title: title(event, &random), sentences: body, paragraphs: SyntheticDraft.layout(body.count, &random))
    }

    /// New sentences about `event` (for partial copies, which wrap a borrowed passage in fresh text).
    func sentences(_ count: Int, about event: SyntheticEvent, _ random: inout SeededRandom) -> [[SyntheticToken]] {
        var mentioned = Set<String>()
        return (0..<count).map { _ in sentence(event, &mentioned, &random) }
    }

    /// A headline: a name, two key words and the place.
    func title(_ event: SyntheticEvent, _ random: inout SeededRandom) -> [SyntheticToken] {
        var tokens = [SyntheticToken(kind: .name, text: surname(random.pick(event.people)))]
        tokens.append(.content(random.pick(event.terms), lexicon))
        if random.chance(0.5) { tokens.append(function(&random)) }
        tokens.append(.content(random.pick(event.terms), lexicon))
        tokens.append(SyntheticToken(kind: .function, text: "in"))
        tokens.append(SyntheticToken(kind: .name, text: event.place))
        return tokens
    }

    /// The first sentence: person, organisation, two key words, place and date.
    private func lede(
        _ event: SyntheticEvent, _ mentioned: inout Set<String>, _ random: inout SeededRandom
    ) -> [SyntheticToken] {
        var tokens = [name(random.pick(event.people), &mentioned)]
        tokens.append(SyntheticToken(kind: .function, text: "of"))
        tokens.append(SyntheticToken(kind: .function, text: "the"))
        tokens.append(SyntheticToken(kind: .name, text: event.organisation))
        tokens.append(contentsOf: filler(random.int(in: 4...9), &random))
        insert(.content(random.pick(event.terms), lexicon), into: &tokens, after: 4, &random)
        insert(.content(random.pick(event.terms), lexicon), into: &tokens, after: 4, &random)
        tokens.append(SyntheticToken(kind: .function, text: "in"))
        tokens.append(SyntheticToken(kind: .name, text: event.place))
        tokens.append(SyntheticToken(kind: .function, text: "on"))
        tokens.append(contentsOf: date(event.day, absolute: random.chance(0.5)))
        tokens.append(SyntheticToken(kind: .punctuation, text: "."))
        return tokens
    }

    /// A body sentence: filler with key words, maybe a name, a number, a place or a quote.
    private func sentence(
        _ event: SyntheticEvent, _ mentioned: inout Set<String>, _ random: inout SeededRandom
    ) -> [SyntheticToken] {
        var tokens = filler(random.int(in: 7...18), &random)
        let terms = random.below(3)
        for _ in 0..<terms { insert(.content(random.pick(event.terms), lexicon), into: &tokens, after: 0, &random) }
        if random.chance(0.25) {
            let position = 1 + random.below(tokens.count)  // never first: sentences do not open with a figure
            tokens.insert(
                contentsOf: [number(&random), .content(lexicon.contentSampler.draw(&random), lexicon)],
                at: position)
        }
        if random.chance(0.2) {
            tokens.append(SyntheticToken(kind: .function, text: "in"))
            tokens.append(SyntheticToken(kind: .name, text: random.chance(0.8) ? event.place : event.organisation))
        }
        let roll = random.unit()
        if roll < 0.2 {
            // "Filler," Name said.
            tokens.insert(SyntheticToken(kind: .openQuote, text: "\""), at: 0)
            tokens.append(SyntheticToken(kind: .punctuation, text: ","))
            tokens.append(SyntheticToken(kind: .closeQuote, text: "\""))
            tokens.append(name(random.pick(event.people), &mentioned))
            tokens.append(SyntheticToken(kind: .function, text: "said"))
        } else if roll < 0.45 {
            tokens.insert(name(random.pick(event.people), &mentioned), at: 0)
        }
        tokens.append(SyntheticToken(kind: .punctuation, text: "."))
        return tokens
    }

    /// `count` words drawn from the Zipfian mix of function and content words.
    private func filler(_ count: Int, _ random: inout SeededRandom) -> [SyntheticToken] {
        var tokens: [SyntheticToken] = []
        tokens.reserveCapacity(count + 8)
        for _ in 0..<count {
            tokens.append(
                random.chance(0.5) ? function(&random) : .content(lexicon.contentSampler.draw(&random), lexicon))
        }
        return tokens
    }

    private func function(_ random: inout SeededRandom) -> SyntheticToken {
        SyntheticToken(kind: .function, text: lexicon.functionWords[lexicon.functionSampler.draw(&random)])
    }

    /// A full name on first mention in an article, the family name after.
    private func name(_ person: String, _ mentioned: inout Set<String>) -> SyntheticToken {
        SyntheticToken(kind: .name, text: mentioned.insert(person).inserted ? person : surname(person))
    }

    private func surname(_ person: String) -> String {
        person.split(separator: " ").last.map(String.init) ?? person
    }

    private func insert(
        _ token: SyntheticToken, into tokens: inout [SyntheticToken], after: Int, _ random: inout SeededRandom
    ) {
        let low = min(after, tokens.count)
        tokens.insert(token, at: low + random.below(tokens.count - low + 1))
    }

    /// A number as news writes them: a count, a thousands figure, a decimal or a money amount.
    private func number(_ random: inout SeededRandom) -> SyntheticToken {
        let text: String
        switch random.below(4) {
        case 0: text = String(random.int(in: 2...99))
        case 1: text = "\(random.int(in: 1...99)),\(String(random.int(in: 0...999)).leftPadded(3))"
        case 2: text = "\(random.int(in: 1...99)).\(random.int(in: 1...9))"
        default: text = "$\(random.int(in: 2...900)) million"
        }
        return SyntheticToken(kind: .number, text: text)
    }

    /// "14 March 2021" or the weekday ("Tuesday").
    private func date(_ day: Day, absolute: Bool) -> [SyntheticToken] {
        guard absolute else { return [SyntheticToken(kind: .name, text: SyntheticWriter.weekdays[day.weekday - 1])] }
        let (year, month, dayOfMonth) = day.components
        return [
            SyntheticToken(kind: .number, text: String(dayOfMonth)),
            SyntheticToken(kind: .name, text: SyntheticWriter.months[month - 1]),
            SyntheticToken(kind: .number, text: String(year)),
        ]
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
