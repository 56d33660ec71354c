/// Whether a person is written about as "he" or "she", as far as the article shows it.
///
/// Used to pick who a pronoun stands for: in `"…," she said` the speaker is not the last man named. Known only from
/// what the text says: an honorific (`Mr`, `Mrs`), a gendered role word or title next to the name (`actress Kate
/// Winslet`, `Queen Elizabeth`), or a common first name. A person with no such cue, or with cues both ways, has none.
public enum PersonGender: String, Sendable {
    /// Referred to as "he".
    case male
    /// Referred to as "she".
    case female

    /// The gender a pronoun refers to: `he` → male, `she` → female; any other word → `nil`.
    public init?(pronoun: String) {
        switch pronoun.lowercased() {
        case "he": self = .male
        case "she": self = .female
        default: return nil
        }
    }

    /// The gender of each person named in a document, by name as the mentions give it; people with no cue, or
    /// with cues both ways, are left out.
    public static func genders(of mentions: [NameMention], in document: Document) -> [String: PersonGender] {
        var found: [String: Set<PersonGender>] = [:]
        let paragraphs = document.paragraphs
        var bytes: [Int: [UInt8]] = [:]  // each paragraph's UTF-8, read once
        for mention in mentions where mention.type == .person || mention.type == nil {
            var cues: [PersonGender] = []
            if let honorific = mention.honorific, let gender = honorifics[honorific] { cues.append(gender) }
            if let first = mention.words.first, mention.words.count >= 2, let gender = firstNames[first.lowercased()] {
                cues.append(gender)
            }
            if mention.paragraph < paragraphs.count {
                if bytes[mention.paragraph] == nil {
                    bytes[mention.paragraph] = Array(paragraphs[mention.paragraph].utf8)
                }
                let words = wordsAround(mention.range, in: bytes[mention.paragraph]!)
                for word in words { if let gender = roleWords[word] { cues.append(gender) } }
            }
            if !cues.isEmpty { found[mention.name, default: []].formUnion(cues) }
        }
        return found.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The lower-cased word right before a mention's run and the run's first word (where a title such as "Queen"
    /// stands when the name was cut after it).
    static func wordsAround(_ range: Range<Int>, in utf8: [UInt8]) -> [String] {
        guard range.lowerBound <= utf8.count, range.upperBound <= utf8.count else { return [] }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        var words: [String] = []
        var end = range.lowerBound
        while end > 0, utf8[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0, isLetter(utf8[start - 1]) { start -= 1 }
        if start < end, end == range.lowerBound || utf8[end] == 32 {
            words.append(String(decoding: utf8[start..<end], as: UTF8.self).lowercased())
        }
        var firstEnd = range.lowerBound
        while firstEnd < range.upperBound, isLetter(utf8[firstEnd]) { firstEnd += 1 }
        if firstEnd > range.lowerBound {
            words.append(String(decoding: utf8[range.lowerBound..<firstEnd], as: UTF8.self).lowercased())
        }
        return words
    }

    /// Honorifics that tell a gender.
    static let honorifics: [String: PersonGender] = [
        "mr": .male, "sir": .male, "lord": .male, "mrs": .female, "ms": .female, "miss": .female, "madam": .female,
        "mme": .female, "dame": .female, "lady": .female,
    ]

    /// Role words and titles that tell a gender, right before a name or leading it.
    static let roleWords: [String: PersonGender] = {
        var words: [String: PersonGender] = [:]
        for word in """
        spokesman chairman businessman congressman councilman assemblyman ombudsman sportsman frontman \
        husband father son brother uncle nephew grandfather grandson boyfriend widower king prince duke \
        emperor sultan sheikh emir pope cardinal archbishop bishop rabbi imam ayatollah monk priest
        """.split(separator: " ") {
            words[String(word)] = .male
        }
        for word in """
        spokeswoman chairwoman businesswoman congresswoman councilwoman assemblywoman ombudswoman sportswoman \
        frontwoman actress waitress heiress hostess wife mother daughter sister aunt niece grandmother \
        granddaughter girlfriend widow queen princess duchess empress countess baroness nun
        """.split(separator: " ") {
            words[String(word)] = .female
        }
        return words
    }()

    /// Common first names that, in news text, nearly always name a man or a woman (names used for both, such as
    /// Jordan, Jean or Kim, are in neither list).
    static let firstNames: [String: PersonGender] = {
        var names: [String: PersonGender] = [:]
        for name in """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony \
        mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward jason \
        jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory \
        alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary \
        peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur \
        lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy \
        eugene vincent russell elijah louis bobby philip johnny tom tim jim bill bob mike steve dave chris ben \
        sam tony nick matt dan rob ian simon neil graham colin gordon alistair nigel clive martin hugh rupert \
        oliver harry jamie luke owen rhys gareth dafydd callum ewan angus fergus liam conor declan sean \
        barack vladimir dmitry dmitri sergei sergey sergiy alexei alexey aleksandr alexandr andrei andrey \
        andriy mikhail nikolai nikolay ivan igor oleg yuri yury boris viktor victor pavel pyotr mykhailo mykola \
        volodymyr oleksandr oleksiy dmytro taras yevgeny evgeny valery vasily ruslan leonid gennady anatoly \
        konstantin ramzan recep emmanuel olaf rishi keir narendra shinzo fumio benjamin yair mahmoud mohammed \
        mohammad muhammad ahmed ahmad hassan hussein omar khalid abdullah ibrahim yusuf mustafa antony lloyd \
        mitch chuck josep jens pedro luiz javier jair bashar imran volker antonio kofi giuseppe giovanni marco \
        luigi francesco hans klaus jurgen wolfgang pierre jacques francois philippe carlos miguel \
        manuel luis jorge diego rafael fernando alejandro ahmet mehmet ali hamid
        """.split(separator: " ") {
            names[String(name)] = .male
        }
        for name in """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra \
        ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura \
        cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine \
        debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly \
        christina lauren joan evelyn judith megan cheryl hannah martha jacqueline frances gloria ann \
        teresa kathryn sara janice alice madison doris abigail julia judy grace denise amber marilyn beverly \
        danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary \
        kamala ellen regina jane kate lucy sophie claire louise fiona gillian alison sally penny jenny joanna \
        nadia elena irina olena olga oksana tetiana tatiana natalia natalya iryna svetlana yulia yuliya \
        lyudmyla ludmila ekaterina kateryna anastasia kseniya ksenia ursula giorgia \
        priya fatima aisha layla leila yasmin marta ana carmen isabel lucia francesca giulia chiara anne \
        sylvie brigitte monique ingrid greta astrid sigrid helga ilse petra saskia ines
        """.split(separator: " ") {
            names[String(name)] = .female
        }
        return names
    }()
}
