/// Makes the four kinds of copy from an original draft, the way copying happens in news.
///
/// - exact: the same title and text, republished.
/// - near: a few words edited, a sentence dropped or a byline added.
/// - partial: a passage of consecutive sentences embedded in otherwise new text about the same event.
/// - spun: a content farm's rewrite, content words replaced by synonyms; names, numbers and dates kept.
struct SyntheticCopier: Sendable {
    let lexicon: SyntheticLexicon
    let writer: SyntheticWriter
    let spinRate: Double

    /// A copy of `original` (an article about `event`).
    func copy(
        _ original: SyntheticDraft, kind: CopyKind, event: SyntheticEvent, _ random: inout SeededRandom
    ) -> SyntheticDraft {
        switch kind {
        case .exact: original
        case .near: near(original, event, &random)
        case .partial: partial(original, event, &random)
        case .spun: spun(original, &random)
        }
    }

    private func near(_ original: SyntheticDraft, _ event: SyntheticEvent, _ random: inout SeededRandom)
        -> SyntheticDraft
    {
        var draft = original
        for _ in 0..<random.int(in: 1...3) {
            let index = random.below(draft.sentences.count)
            var sentence = draft.sentences[index]
            let positions = sentence.indices.filter { sentence[$0].kind == .content || sentence[$0].kind == .function }
            guard let position = positions.isEmpty ? nil : random.pick(positions) else { continue }
            switch random.below(3) {
            case 0: sentence[position] = .content(lexicon.contentSampler.draw(&random), lexicon)
            case 1 where positions.count > 3: sentence.remove(at: position)
            default:
                sentence.insert(
                    SyntheticToken(kind: .function, text: lexicon.functionWords[random.below(12)]), at: position)
            }
            draft.sentences[index] = sentence
        }
        if draft.sentences.count >= 6 && random.chance(0.3) {
            draft.sentences.removeLast()
            draft.paragraphs[draft.paragraphs.count - 1] -= 1
            if draft.paragraphs.last == 0 { draft.paragraphs.removeLast() }
        }
        if random.chance(0.3) {
            let reporter = random.pick(lexicon.givenNames) + " " + random.pick(lexicon.familyNames)
            draft.sentences.append([
                SyntheticToken(kind: .function, text: "reporting"), SyntheticToken(kind: .function, text: "by"),
                SyntheticToken(kind: .name, text: reporter), SyntheticToken(kind: .punctuation, text: "."),
            ])
            draft.paragraphs.append(1)
        }
        return draft
    }

    private func partial(_ original: SyntheticDraft, _ event: SyntheticEvent, _ random: inout SeededRandom)
        -> SyntheticDraft
    {
        let count = original.sentences.count
        let length = min(count, max(2, Int((Double(count) * (0.3 + 0.3 * random.unit())).rounded())))
        let start = random.below(count - length + 1)
        let passage = original.sentences[start..<(start + length)]
        var sentences = writer.sentences(random.int(in: 3...8), about: event, &random)
        sentences.insert(contentsOf: passage, at: random.below(sentences.count + 1))
        return SyntheticDraft(
            title: writer.title(event, &random), sentences: sentences,
            paragraphs: SyntheticDraft.layout(sentences.count, &random))
    }

    private func spun(_ original: SyntheticDraft, _ random: inout SeededRandom) -> SyntheticDraft {
        func spin(_ tokens: [SyntheticToken]) -> [SyntheticToken] {
            tokens.map { token in
                guard token.kind == .content, random.chance(spinRate) else { return token }
                return .content(lexicon.synonym(of: Int(token.rank)), lexicon)
            }
        }
        var draft = original
        draft.title = spin(draft.title)
        draft.sentences = draft.sentences.map(spin)
        return draft
    }
}
