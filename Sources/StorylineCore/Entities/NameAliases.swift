/// Merges the names of one entity: surnames and honorific forms into full names, and spelling variants
/// ("Zelenskyy" / "Zelensky") into the most used spelling.
public enum NameAliases {
    /// Within one document: a bare or honorific surname becomes the full name it abbreviates when the document
    /// names exactly one such person; untyped runs that match a person's surname become that person.
    public static func resolveWithinDocument(_ mentions: [NameMention]) -> [NameMention] {
        var fullNames: [String: Set<String>] = [:]  // surname → full names
        for mention in mentions where mention.type == .person && mention.words.count >= 2 {
            fullNames[String(mention.words.last!), default: []].insert(mention.name)
        }
        return mentions.map { mention in
            var copy = mention
            guard mention.type == .person || mention.type == nil else { return copy }
            if mention.words.count == 1, let names = fullNames[mention.name], names.count == 1 {
                copy.name = names.first!
                copy.type = .person
            } else if mention.type == nil, mention.words.count >= 2, let last = mention.words.last,
                let names = fullNames[String(last)], names.contains(mention.name)
            {
                copy.type = .person
            } else if mention.type == nil, mention.honorific != nil {
                copy.type = .person
            }
            return copy
        }
    }

    /// Across documents: the canonical name for each person name, given how often each name is used.
    ///
    /// Full names with the same first name and a surname one edit apart (names of six letters or more) merge into
    /// the most used spelling; a surname alone maps to the one full name with that surname (or a spelling of it).
    ///
    /// Each name is split into words once; a full name is compared only with the chosen names of the same length
    /// and first name (the only ones it can merge into), in the order they were chosen.
    public static func canonicalPersons(_ counts: [String: Int]) -> [String: String] {
        let names = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }  // most used first
        let words = names.map { $0.split(separator: " ") }
        var canonical: [String: String] = [:]
        var chosen: [(name: String, surname: String, letters: Int)] = []
        var byFirstName: [FirstName: [Int]] = [:]
        for (index, name) in names.enumerated() where words[index].count >= 2 {
            let surname = String(words[index].last!)
            let key = FirstName(words: words[index].count, first: words[index].first!)
            if let match = byFirstName[key]?.first(where: { similarSurnames(chosen[$0].surname, surname) }) {
                canonical[name] = chosen[match].name
            } else {
                canonical[name] = name
                byFirstName[key, default: []].append(chosen.count)
                chosen.append((name, surname, surname.count))
            }
        }
        for (index, name) in names.enumerated() where words[index].count == 1 {
            // similarSurnames needs both names at least six letters long and at most one letter apart in length.
            let letters = name.count
            let matches = Set(
                chosen.filter { full in
                    full.surname == name
                        || (letters >= 6 && full.letters >= 6 && abs(letters - full.letters) <= 1
                            && similarSurnames(full.surname, name))
                }.map(\.name))
            canonical[name] = matches.count == 1 ? matches.first! : name
        }
        return canonical
    }

    /// The number of words and the first word of a full name: names merge only within one of these.
    private struct FirstName: Hashable {
        var words: Int
        var first: Substring
    }

    /// Whether two surnames are spellings of one name: equal, or one edit apart when both have six letters or more.
    static func similarSurnames(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 6, b.count >= 6, abs(a.count - b.count) <= 1 else { return false }
        return editDistance(Array(a.lowercased()), Array(b.lowercased()), limit: 1) <= 1
    }

    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
