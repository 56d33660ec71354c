@testable import StorylineCore

/// Small articles written for the copy tests (fictional).
enum CopyTestTexts {
    /// The original: a port strike ends.
    static let portSentences = [
        "The Velmora port authority said on Tuesday that dock workers would return to work after a three-day "
            + "strike that left 40 ships waiting offshore.",
        "Union leader Mara Quell told reporters the agreement included a pay rise of 6 percent over two years.",
        "\"We have won what we came for, and our members can be proud,\" Quell said outside the harbour office.",
        "The strike began on Saturday after talks over overtime rules broke down late on Friday night.",
        "Shipping companies had warned that the stoppage was costing the regional economy about 12 million euros "
            + "a day.",
        "Port director Tomas Renn said the backlog of containers would take at least a week to clear.",
        "Several supermarkets in the city reported shortages of fresh fruit and dairy products during the weekend.",
        "The regional government had offered to mediate but both sides refused until Monday evening.",
        "Under the new deal, night shifts will be limited to four per month for each worker.",
        "Renn said the authority would also hire 200 additional crane operators before the summer season.",
        "Economists expect exports to recover quickly once the ships are unloaded.",
        "The union will hold a formal vote on the agreement next Thursday.",
    ]

    /// The same article run through a synonym spinner: content words swapped, skeleton kept.
    static let spunSentences = [
        "The Velmora port authority stated on Tuesday that dock labourers would go back to work after a three-day "
            + "walkout that left 40 vessels queuing offshore.",
        "Union chief Mara Quell informed journalists the deal included a salary increase of 6 percent over two "
            + "years.",
        "\"We have gained what we came for, and our members can be glad,\" Quell stated outside the harbour bureau.",
        "The walkout started on Saturday after negotiations over overtime regulations collapsed late on Friday "
            + "night.",
        "Shipping firms had cautioned that the stoppage was costing the local economy about 12 million euros a day.",
        "Port head Tomas Renn stated the backlog of boxes would need at least a week to clear.",
        "Many supermarkets in the town reported scarcities of fresh fruit and dairy goods during the weekend.",
        "The local government had proposed to mediate but both parties declined until Monday evening.",
        "Under the new deal, night shifts will be capped to four per month for each employee.",
        "Renn stated the authority would also employ 200 extra crane drivers before the summer period.",
        "Analysts anticipate exports to rebound rapidly once the vessels are emptied.",
        "The union will hold a formal ballot on the deal next Thursday.",
    ]

    /// Another outlet on the same event: same names, numbers and one shared quote, its own words otherwise.
    static let sameEventSentences = [
        "Dockers in Velmora ended their walkout on Tuesday, three days after it started.",
        "About 40 ships had been stuck outside the harbour, according to shipping agents in the city.",
        "\"We have won what we came for, and our members can be proud,\" Quell said outside the harbour office.",
        "Mara Quell, who leads the union, has been a critic of the port's management for a decade.",
        "Officials at the port declined to comment on the cost of the dispute.",
        "Traders at the fish market said business had been slow since the weekend.",
        "A spokesman for the regional government welcomed the end of the strike.",
        "Renn, the port director, is expected to present a new investment plan in the spring.",
    ]

    /// An unrelated article used as the longer piece a passage gets embedded in.
    static let hostSentences = [
        "The Arenna city council approved a new budget for public libraries on Wednesday evening.",
        "Councillors voted 31 to 9 in favour of the plan after a debate that lasted almost four hours.",
        "The budget adds 2.5 million to the library fund and extends opening hours on Sundays.",
        "Librarians had campaigned for more staff since the closure of two branches last year.",
        "Several residents spoke in support of the plan during the public session.",
        "The mayor said the investment would help students who lack a quiet place to study.",
        "Opposition members argued that the money should go to road repairs instead.",
        "The new hours will start in September, the council said in a statement.",
    ]

    static func article(_ id: String, _ sentences: [String], title: String? = nil, perParagraph: Int = 2)
        -> Document
    {
        var paragraphs: [String] = []
        var index = 0
        while index < sentences.count {
            paragraphs.append(sentences[index..<min(sentences.count, index + perParagraph)].joined(separator: " "))
            index += perParagraph
        }
        return Document(Article(id: id, title: title, text: paragraphs.joined(separator: "\n\n"), source: id))
    }
}
