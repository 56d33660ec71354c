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
    public static func canonicalPersons(_ counts: [String: Int]) -> [String: String] {
        let names = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }  // most used first
        var canonical: [String: String] = [:]
        // Chosen full names, bucketed so each name is compared only with names that can match it:
        // by word count and first name (full names), and by surname length (single names).
        var byFirstName: [String: [(name: String, surname: String)]] = [:]
        var bySurnameLength: [Int: [(name: String, surname: String)]] = [:]
        for name in names {
            let words = name.split(separator: " ")
            guard words.count >= 2 else { continue }
            let surname = String(words.last!)
            let key = "\(words.count) \(words.first!)"
            if let match = byFirstName[key]?.first(where: { similarSurnames($0.surname, surname) }) {
                canonical[name] = match.name
            } else {
                canonical[name] = name
                byFirstName[key, default: []].append((name, surname))
                bySurnameLength[surname.count, default: []].append((name, surname))
            }
        }
        for name in names where !name.contains(" ") && !name.isEmpty {
            var matches: Set<String> = []
            for length in (name.count - 1)...(name.count + 1) {
                for chosen in bySurnameLength[length] ?? [] where similarSurnames(chosen.surname, name) {
                    matches.insert(chosen.name)
                }
            }
            canonical[name] = matches.count == 1 ? matches.first! : name
        }
        return canonical
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
