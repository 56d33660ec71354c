/// Merges the names of one entity: surnames and honorific forms into full names, and spelling variants
/// ("Zelenskyy" / "Zelensky") into the most used spelling.
public enum NameAliases {
    /// Within one document: a bare or honorific surname becomes the full name it abbreviates when the document
    /// names exactly one such person; untyped runs that match a person's surname become that person. A full name
    /// with no cue of its own ("Nadia Quell, director of …") is that person when the surname alone is one ("Quell
    /// said") and no other full name ends with it.
    public static func resolveWithinDocument(_ mentions: [NameMention]) -> [NameMention] {
        var fullNames: [String: Set<String>] = [:]  // surname → full names
        for mention in mentions where mention.type == .person && mention.words.count >= 2 {
            fullNames[String(mention.words.last!), default: []].insert(mention.name)
        }
        var untypedFullNames: [String: Set<String>] = [:]  // surname → untyped names that look like a person's
        for mention in mentions where mention.type == nil && looksLikeFullName(mention.words) {
            untypedFullNames[String(mention.words.last!), default: []].insert(mention.name)
        }
        for mention in mentions where mention.type == .person && mention.words.count == 1 {
            guard fullNames[mention.name] == nil, let names = untypedFullNames[mention.name], names.count == 1 else {
                continue
            }
            fullNames[mention.name] = names
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

    /// Whether an untyped name could be a person's full name: two or three words written like names (a capital
    /// then lower case; an initial in the middle), the first neither a title, a role, a nationality nor a common
    /// word ("Lawyer Michael Marinaccio", "GM Theo Epstein" and "Greek Sky TV" are not).
    static func looksLikeFullName<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (2...3).contains(words.count), let first = words.first else { return false }
        for (index, word) in words.enumerated() {
            guard let head = word.first, head.isUppercase else { return false }
            let initial = word.count == 1 || (word.count == 2 && word.last == ".")
            if initial { if index == 0 || index == words.count - 1 { return false } else { continue } }
            guard word.dropFirst().contains(where: \.isLowercase) else { return false }
        }
        return !notFirstNames.contains(first.lowercased())
    }

    /// Words that never start a person's full name: titles, roles, nationalities, common words, places and
    /// organisation words (one set, built once: ``looksLikeFullName(_:)`` runs for every untyped name).
    private static let notFirstNames: Set<String> = [
        Gazetteer.titles, Gazetteer.roleNouns, Gazetteer.honorifics, Gazetteer.demonyms, Gazetteer.nonNames,
        Gazetteer.groupNouns, Gazetteer.places, Gazetteer.organizationWords, Gazetteer.placeWords,
    ].reduce(into: []) { $0.formUnion($1) }

    /// Across documents: the canonical name for each person name, given how often each name is used.
    ///
    /// Full names with the same first name and a surname one edit apart (names of six letters or more) merge into
    /// the most used spelling; a surname alone maps to the one full name with that surname (or a spelling of it).
    public static func canonicalPersons(_ counts: [String: Int]) -> [String: String] {
        let names = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)  // most used first
        var canonical: [String: String] = [:]
        // Chosen full names, indexed so each name is compared only with names that can match it: by word count and
        // first name (full names), and for every bucket and for single names by the surname's spelling keys
        // (``spellingKeys(_:)``: two surnames one edit apart share one).
        var byFirstName: [String: SurnameIndex] = [:]
        var chosen = SurnameIndex()
        for name in names {
            let words = name.split(separator: " ")
            guard words.count >= 2 else { continue }
            let surname = String(words.last!)
            let key = "\(words.count) \(words.first!)"
            if let match = byFirstName[key]?.first(similarTo: surname) {
                canonical[name] = match
            } else {
                canonical[name] = name
                byFirstName[key, default: SurnameIndex()].append(name, surname: surname)
                chosen.append(name, surname: surname)
            }
        }
        for name in names where !name.contains(" ") && !name.isEmpty {
            let matches = chosen.all(similarTo: name)
            canonical[name] = matches.count == 1 ? matches.first! : name
        }
        return canonical
    }

    /// Full names with their surnames, in the order added, found by surname spelling.
    private struct SurnameIndex {
        var entries: [(name: String, surname: String)] = []
        /// Spelling key → positions in `entries`, ascending.
        var byKey: [String: [Int]] = [:]

        mutating func append(_ name: String, surname: String) {
            for key in Set(NameAliases.spellingKeys(surname)) { byKey[key, default: []].append(entries.count) }
            entries.append((name, surname))
        }

        /// Positions of the entries whose surname is ``NameAliases/similarSurnames(_:_:)`` to `surname`, ascending.
        func positions(similarTo surname: String) -> [Int] {
            var found: Set<Int> = []
            for key in NameAliases.spellingKeys(surname) {
                for position in byKey[key] ?? [] where !found.contains(position) {
                    if NameAliases.similarSurnames(entries[position].surname, surname) { found.insert(position) }
                }
            }
            return found.sorted()
        }

        /// The first full name added whose surname is a spelling of `surname`.
        func first(similarTo surname: String) -> String? {
            positions(similarTo: surname).first.map { entries[$0].name }
        }

        /// Every full name whose surname is a spelling of `surname`.
        func all(similarTo surname: String) -> Set<String> {
            Set(positions(similarTo: surname).map { entries[$0].name })
        }
    }

    /// Keys under which a surname is filed: its lower-cased form and, for surnames of six letters or more (the
    /// only ones ``similarSurnames(_:_:)`` lets differ), each form with one letter deleted. Two surnames equal or
    /// one edit apart always share a key (a substitution deletes the same place in both; an insertion is undone by
    /// deleting it), so looking up every key of a surname finds every candidate; candidates are then checked.
    static func spellingKeys(_ surname: String) -> [String] {
        let letters = Array(surname.lowercased())
        var keys = [String(letters)]
        guard surname.count >= 6 else { return keys }
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            keys.append(String(shorter))
        }
        return keys
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
