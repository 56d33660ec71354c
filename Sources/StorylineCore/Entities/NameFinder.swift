/// Finds names in a document: runs of capitalised words, typed by gazetteers and context rules.
///
/// A run is cut at any punctuation but the period of an honorific or initial ("Mr. Khilya", "John F. Kennedy");
/// "of" and a few particles may join it ("Secretary of State Antony Blinken"). Sentence-initial words and
/// headline-case lines are handled so that "However" or a Title Case Headline are not names. Typing, in order:
/// organisation words and known organisations; titles and honorifics (the person is what follows the last one);
/// place words, prefixes and known places; person cues (a role noun before, an age after, a common first name,
/// a speech verb after); "in X", "the city of X", "X region" for places. Names with no cue stay untyped.
public enum NameFinder {
    /// Every name mention of a document, in text order, with surnames and honorific forms resolved to the full
    /// names the document uses ("Peskov" → "Dmitry Peskov", "Mr. Khilya" → "Andzey Khilya").
    public static func mentions(in document: Document) -> [NameMention] {
        let lowercaseVocabulary = LowercaseVocabulary(document.normalized)
        var result: [NameMention] = []
        var sentenceIndex = 0
        let sentences = document.sentences
        for paragraphIndex in document.paragraphs.indices {
            while sentenceIndex < sentences.count, sentences[sentenceIndex].paragraph == paragraphIndex {
                let sentence = sentences[sentenceIndex].text
                let start = document.sentenceOffsetInParagraph(sentenceIndex)
                for var mention in names(in: sentence, vocabulary: lowercaseVocabulary) {
                    mention.paragraph = paragraphIndex
                    mention.sentence = sentenceIndex
                    mention.range = (mention.range.lowerBound + start)..<(mention.range.upperBound + start)
                    result.append(mention)
                }
                sentenceIndex += 1
            }
        }
        return NameAliases.resolveWithinDocument(result)
    }

    /// Names of one sentence; ranges are UTF-8 offsets in the sentence.
    static func names(in sentence: String, vocabulary: LowercaseVocabulary) -> [NameMention] {
        let tokens = Tokenizer.tokens(sentence).filter { !$0.isNumber || $0.text.count <= 4 }
        let words = tokens.filter { !$0.isNumber }
        guard !words.isEmpty else { return [] }
        // Headline case ("Driver Charged In Fatal Queens Hit"): no lower-case word of four letters or more.
        if words.count >= 4, !words.contains(where: { !$0.isCapitalized && $0.text.count >= 4 }) { return [] }
        let utf8 = sentence.utf8
        func offset(_ index: String.Index) -> Int { utf8.distance(from: sentence.startIndex, to: index) }
        func gap(_ i: Int) -> Substring { sentence[tokens[i].text.endIndex..<tokens[i + 1].text.startIndex] }

        var result: [NameMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, CalendarWords.weekday(tokens[i].lower) == nil, !tokens[i].text.contains("'")
            else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count {
                let between = gap(end - 1)
                let previous = tokens[end - 1].lower
                let joinedByPeriod =
                    between == ". "
                    && (previous.count == 1 || Gazetteer.honorifics.contains(previous)
                        || Gazetteer.titles.contains(previous) || previous == "st")
                guard between == " " || joinedByPeriod || (between == "." && previous.count == 1) else { break }
                if tokens[end].isCapitalized, CalendarWords.weekday(tokens[end].lower) == nil {
                    end += 1
                } else if connectors.contains(tokens[end].lower), end + 1 < tokens.count, gap(end) == " " {
                    // "of the Red Cross", "Secretary of State"
                    var next = end + 1
                    if tokens[next].lower == "the", next + 1 < tokens.count, gap(next) == " " { next += 1 }
                    guard tokens[next].isCapitalized else { break }
                    end = next + 1
                } else {
                    break
                }
            }
            var start = i
            // Strip sentence-initial and function words ("However", "The", "In").
            while start < end {
                let lower = tokens[start].lower
                let keep =
                    Gazetteer.titles.contains(lower) || Gazetteer.honorifics.contains(lower)
                    || Gazetteer.places.contains(lower) || Gazetteer.organizations.contains(lower)
                let sentenceInitial =
                    start == 0 || sentence[..<tokens[start].text.startIndex].allSatisfy { !$0.isLetter }
                let calendar = CalendarWords.month(lower) != nil || CalendarWords.weekday(lower) != nil
                if !keep,
                    calendar || Gazetteer.nonNames.contains(lower) || (sentenceInitial && vocabulary.contains(lower))
                {
                    start += 1
                } else {
                    break
                }
            }
            // Trailing connectors never end a name.
            var last = end
            while last > start,
                connectors.contains(tokens[last - 1].lower) || tokens[last - 1].lower == "the"
                    || CalendarWords.month(tokens[last - 1].lower) != nil
            {
                last -= 1
            }
            if start < last,
                let mention = typed(tokens, start..<last, in: sentence, vocabulary: vocabulary, offset: offset)
            {
                result.append(mention)
                // "Nadia Quell of the Riverwatch Alliance": the organisation after the person is a name of its own.
                if mention.type == .person,
                    let of = (start..<last).first(where: {
                        tokens[$0].lower == "of" && offset(tokens[$0].text.startIndex) >= mention.range.upperBound
                    })
                {
                    var tail = of + 1
                    if tail < last, tokens[tail].lower == "the" { tail += 1 }
                    if tail < last,
                        let organization = typed(
                            tokens, tail..<last, in: sentence, vocabulary: vocabulary, offset: offset),
                        organization.type != .person
                    {
                        result.append(organization)
                    }
                }
            }
            i = end
        }
        return result
    }

    /// A person named with where they work: "Jamie Graham of Total Film", "Nadia Quell of the Riverwatch Alliance",
    /// "Economist Saskia Brandt of Velmora University", "Dr Ivan Reitz of Harvard University". The run is the whole
    /// "Name of Organisation"; the person is the name before "of", after any leading title or role word. It must be
    /// two or three words written like a personal name, holding no organisation word, title or honorific, and
    /// something must say it is a person: a title or role before it, a common first name, or an organisation after
    /// "of" while none of its words is used in lower case in the article ("Twin Towers of the Trade Center" is not).
    /// `speaks` tells that a speech verb stands right next to the run ("said Yonca Brunini of Yahoo"): the speaker
    /// is the person, so one word after "of" is where they work.
    static func personOfOrganization(
        _ tokens: [Token], _ run: Range<Int>, in sentence: String, vocabulary: LowercaseVocabulary, speaks: Bool,
        mention: (Range<Int>, EntityType?, String?) -> NameMention, offset: (String.Index) -> Int
    ) -> NameMention? {
        guard let of = run.firstIndex(where: { tokens[$0].lower == "of" }), of < run.upperBound - 1 else { return nil }
        let titled = run.lowerBound..<of
        let lastTitle = titled.last {
            Gazetteer.titles.contains(tokens[$0].lower) || Gazetteer.honorifics.contains(tokens[$0].lower)
        }
        let leadingRole = Gazetteer.roleNouns.contains(tokens[run.lowerBound].lower) ? run.lowerBound : nil
        let lead = lastTitle ?? leadingRole
        let head = (lead.map { $0 + 1 } ?? run.lowerBound)..<of
        guard (2...3).contains(head.count),
            !head.contains(where: { notInPersonalName.contains(tokens[$0].lower) }),
            NameAliases.looksLikeFullName(head.map { tokens[$0].text })
        else { return nil }
        let tail = (of + 1)..<run.upperBound
        // "of the Sarn Valley Farmers' Union": the run stops at the plural possessive, before the organisation word.
        let possessiveOrganization =
            run.upperBound < tokens.count && Gazetteer.organizationWords.contains(tokens[run.upperBound].lower)
            && sentence[tokens[run.upperBound - 1].text.endIndex...].hasPrefix("' ")
        let organizationAfter =
            possessiveOrganization || tail.contains { Gazetteer.organizationWords.contains(tokens[$0].lower) }
            || (tail.count == 1 && Gazetteer.organizations.contains(tokens[tail.lowerBound].lower))
            || (speaks && tail.count == 1)
        guard
            lead != nil || Gazetteer.firstNames.contains(tokens[head.lowerBound].lower)
                || (organizationAfter && !head.contains { vocabulary.contains(tokens[$0].lower) })
        else { return nil }
        let honorific = lastTitle.flatMap { Gazetteer.honorifics.contains(tokens[$0].lower) ? tokens[$0].lower : nil }
        var name = mention(head, .person, honorific)
        name.range = offset(tokens[head.lowerBound].text.startIndex)..<offset(tokens[head.upperBound - 1].text.endIndex)
        name.possessive = false
        if lead != nil { name.afterPreposition = false }
        return name
    }

    /// Words that keep a run out of "Name of Organisation": organisation words, titles and honorifics.
    static let notInPersonalName = Gazetteer.organizationWords.union(Gazetteer.titles).union(Gazetteer.honorifics)

    static let connectors: Set<String> = ["of", "de", "van", "von", "bin", "al", "da", "del", "la", "le", "du", "der"]

    /// Types a run of tokens, or returns `nil` when it is only titles or function words.
    static func typed(
        _ tokens: [Token], _ run: Range<Int>, in sentence: String, vocabulary: LowercaseVocabulary,
        offset: (String.Index) -> Int
    ) -> NameMention? {
        let lowers = run.map { tokens[$0].lower }
        let before = run.lowerBound > 0 ? tokens[run.lowerBound - 1].lower : ""
        let beforeIsLower = run.lowerBound > 0 && !tokens[run.lowerBound - 1].isCapitalized
        let after = run.upperBound < tokens.count ? tokens[run.upperBound].lower : ""
        let lastEnd = tokens[run.upperBound - 1].text.endIndex
        let tail = sentence[lastEnd...]
        let possessive = tail.hasPrefix("'s") || tail.hasPrefix("'") && !tail.hasPrefix("' ")
        let range = offset(tokens[run.lowerBound].text.startIndex)..<offset(lastEnd)
        // A preposition governs the name only when nothing but a space stands between them ("step in, "DiLeo said").
        let joinedToBefore =
            run.lowerBound > 0
            && sentence[tokens[run.lowerBound - 1].text.endIndex..<tokens[run.lowerBound].text.startIndex] == " "
        let afterPreposition = beforeIsLower && joinedToBefore && prepositions.contains(before)
        // A speech verb right before the name whose object is not the listener ("said Tim Ellsmore", not "told
        // Reuters"), or right after it ("Yonca Brunini of Yahoo said").
        let speechVerbBefore = joinedToBefore && SpeechVerbs.isVerb(before) && !SpeechVerbs.addressing.contains(before)
        let speechVerbAfter = SpeechVerbs.isVerb(after) && tail.hasPrefix(" ")
        func mention(_ slice: Range<Int>, _ type: EntityType?, honorific: String? = nil) -> NameMention {
            let name = slice.map { String(tokens[$0].text) }.joined(separator: " ")
            return NameMention(
                name: name, type: type, paragraph: 0, sentence: 0, range: range, possessive: possessive,
                afterPreposition: afterPreposition, honorific: honorific)
        }
        let joined = lowers.joined(separator: " ")
        let isAcronym = { (index: Int) in
            tokens[index].text.allSatisfy { $0.isUppercase } && tokens[index].text.count >= 2
        }

        // "Harbour Workers' Union": the end of a longer name cut at its plural possessive, not a name of its own.
        if run.count == 1, Gazetteer.organizationWords.contains(lowers[0]),
            sentence[..<tokens[run.lowerBound].text.startIndex].hasSuffix("s' ")
        {
            return nil
        }
        if let person = personOfOrganization(
            tokens, run, in: sentence, vocabulary: vocabulary, speaks: speechVerbBefore || speechVerbAfter,
            mention: mention, offset: offset)
        {
            return person
        }
        // Organisations: known names, organisation words at the end.
        if run.count == 1, Gazetteer.organizations.contains(lowers[0]), lowers[0].count > 3 || isAcronym(run.lowerBound)
        {
            return mention(run, .organization)
        }
        if Gazetteer.multiWordPlaces.contains(joined) { return mention(run, .place) }
        let titleIndex = run.lastIndex {
            Gazetteer.titles.contains(tokens[$0].lower) || Gazetteer.honorifics.contains(tokens[$0].lower)
        }
        let organizationWord = { (range: Range<Int>) in
            range.contains { Gazetteer.organizationWords.contains(tokens[$0].lower) }
        }
        let personAfterTitle = titleIndex.map {
            $0 + 1 < run.upperBound && !organizationWord(($0 + 1)..<run.upperBound)
        }
        if personAfterTitle != true, run.count >= 2 || before == "the", organizationWord(run),
            !(run.count == 2 && Gazetteer.firstNames.contains(lowers[0]) && !isPlural(lowers[1]))
        {
            return mention(run, .organization)
        }
        // Titles and honorifics: the person is what follows the last one.
        if let titleIndex {
            let rest = (titleIndex + 1)..<run.upperBound
            if !rest.isEmpty, !connectors.contains(tokens[rest.lowerBound].lower) {
                let honorific = Gazetteer.honorifics.contains(tokens[titleIndex].lower) ? tokens[titleIndex].lower : nil
                var name = mention(rest, .person, honorific: honorific)
                name.range = offset(tokens[rest.lowerBound].text.startIndex)..<offset(lastEnd)
                if titleIndex > run.lowerBound { name.afterPreposition = false }
                return name
            }
            // Only titles and their countries ("Ukraine President"): keep a leading place if there is one.
            if Gazetteer.places.contains(lowers[0]) { return mention(run.lowerBound..<(run.lowerBound + 1), .place) }
            return nil
        }
        if let lastWord = lowers.last, Gazetteer.placeWords.contains(lastWord), run.count >= 2 {
            return mention(run, .place)
        }
        if run.count >= 2, Gazetteer.placePrefixes.contains(lowers[0]) { return mention(run, .place) }
        if lowers.allSatisfy({ Gazetteer.places.contains($0) }) { return mention(run, .place) }
        if run.count == 1,
            Gazetteer.demonyms.contains(lowers[0]) || Gazetteer.nonNames.contains(lowers[0])
                || Gazetteer.groupNouns.contains(lowers[0])
        {
            return nil
        }
        if run.count == 1, lowers[0].hasSuffix("ans") || lowers[0].hasSuffix("ese") { return nil }  // Ukrainians

        // Person cues.
        let nextTokens = sentence[lastEnd...].prefix(8)
        let age = nextTokens.hasPrefix(", ") && nextTokens.dropFirst(2).first?.isNumber == true
        if beforeIsLower && Gazetteer.roleNouns.contains(before) && !Gazetteer.places.contains(lowers[0]) {
            return mention(run, .person)
        }
        // An age after the name, or a common first name: not for "Bill of Rights" or "Harry Potter DVD" (a
        // Roman numeral may end a name: "Richard III").
        if run.count >= 2, age || Gazetteer.firstNames.contains(lowers[0]), !lowers.contains("of"),
            !isAcronym(run.upperBound - 1) || tokens[run.upperBound - 1].text.allSatisfy({ "IVX".contains($0) })
        {
            return mention(run, .person)
        }
        // A speech verb after the name, unless a preposition makes the name an object ("officials in Issara said")
        // or a comma ends an appositive before it ("Tim Warner, spokesman for Finjan, said"), where only a full
        // personal name is the person ("the controller, Andy Parfitt, said").
        if SpeechVerbs.isVerb(after), !possessive, !afterPreposition, run.upperBound < tokens.count,
            !tokens[run.upperBound].isCapitalized,
            tail.hasPrefix(" ") || NameAliases.looksLikeFullName(run.map { tokens[$0].text })
        {
            return mention(run, .person)
        }
        // A full personal name right after a speech verb: `"…," said Tim Ellsmore`. Not after verbs whose object
        // is the listener ("told Reuters"), nor for single words ("said Apple"), nor for a name that qualifies the
        // speaker ("said Iron Maiden's Bruce Dickinson", "said Final Wars producer Shogo Tomiyama").
        if beforeIsLower, speechVerbBefore, !possessive,
            !(tail.hasPrefix(" ") && (Gazetteer.roleNouns.contains(after) || Gazetteer.titles.contains(after))),
            NameAliases.looksLikeFullName(run.map { tokens[$0].text })
        {
            return mention(run, .person)
        }
        // Place cues: "in Kramatorsk", "the city of Sumy", "Sumy region".
        if run.count <= 2, !possessive {
            if ["in", "near", "outside", "across", "into", "towards", "toward"].contains(before), beforeIsLower,
                joinedToBefore
            {
                return mention(run, .place)
            }
            if before == "of", run.lowerBound >= 2,
                ["city", "town", "village", "region", "province", "capital"].contains(tokens[run.lowerBound - 2].lower)
            {
                return mention(run, .place)
            }
            if ["region", "city", "province", "oblast", "town", "village", "district"].contains(after),
                run.upperBound < tokens.count, !tokens[run.upperBound].isCapitalized
            {
                return mention(run, .place)
            }
        }
        return mention(run, nil)
    }

    /// Whether an organisation word is a plural ("Awards", "Studios"), which no surname is ("Bank", "Cross" are).
    static func isPlural(_ word: String) -> Bool { word.hasSuffix("s") && !word.hasSuffix("ss") }

    /// Prepositions that make a following name an object, not a subject.
    static let prepositions: Set<String> = [
        "of", "with", "to", "for", "by", "from", "about", "against", "at", "on", "in", "into", "between", "among",
        "toward", "towards", "than", "like", "over", "under",
    ]
}
