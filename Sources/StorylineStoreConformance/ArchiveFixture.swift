import StorylineCore
import StorylineStore

/// A small hand-made archive (fictional names) written straight through ``ArchiveWriteSession/apply(_:)``, so that
/// the query checks and the web tests do not depend on how good the analyses are.
///
/// Three storylines: the Oreth talks (three events over three years), the Velmora port strike (two events, with a
/// spun copy) and a one-event storyline whose article carries markup and a script, to test escaping.
public enum ArchiveFixture {
    /// The storyline with three events.
    public static let orethStoryline = "fx-s-oreth"
    /// Its events in date order.
    public static let orethEvents = ["fx-e-oreth-1", "fx-e-oreth-2", "fx-e-oreth-3"]
    /// The port strike storyline.
    public static let portStoryline = "fx-s-port"
    /// The storyline of the markup article.
    public static let markupStoryline = "fx-s-markup"
    /// The original article of the spun copy.
    public static let original = "fx/port-strike-ends"
    /// The spun copy (undated on input; its date is inferred from the original).
    public static let spunCopy = "fx/port-walkout-concluded"
    /// The article whose title and text hold markup and a script.
    public static let markupArticle = "fx/markup<script>"
    /// What the script in the markup article would set `document.title` to if it ever ran.
    public static let scriptMarker = "XSS-RAN"
    /// The speaker with two quotes.
    public static let speaker = "Mira Okonkwo"

    /// Every article of the fixture, in insertion order.
    public static var articles: [IngestBatch.NewArticle] {
        [
            new(
                "fx/oreth-talks-open", "Oreth river talks open in Brenholt", "2023-03-16",
                """
                Negotiators from Arenna and Korvessa opened the first round of talks on sharing the Oreth River in \
                Brenholt on Thursday.

                "We came to listen before we came to bargain," Mira Okonkwo said after the opening session.
                """),
            new(
                "fx/oreth-first-round", "First round of Oreth talks ends without a deal", "2023-03-17",
                "The first round of Oreth River talks ended in Brenholt without a deal, but both delegations agreed to meet again."
            ),
            new(
                "fx/oreth-minimum-flow", "Desalination plan and minimum flow agreed in Oreth talks", "2024-10-10",
                """
                The second round of Oreth talks agreed a minimum flow of 42 cubic metres per second and a desalination \
                plan. Desalination plants will supply Velmora while the minimum flow protects the delta. The desalination \
                budget is shared.
                """),
            new(
                "fx/oreth-flow-deal", "Flow deal reached", nil,
                "Delegations reached a flow deal on Thursday, 19 months after the first round, including a desalination study.",
                inferred: "2024-10-10"),
            new(
                "fx/oreth-accord-signed", "Velmora accord signed", "2025-04-22",
                """
                Arenna and Korvessa signed the Velmora accord on the Oreth River.

                "The river now has a rulebook," Mira Okonkwo said at the signing in Velmora.
                """),
            new(
                "fx/oreth-treaty", "Oreth treaty signed in Velmora", "2025-04-23",
                "The treaty on the Oreth River was signed in Velmora, ending two years of talks."),
            new(
                "fx/port-strike-begins", "Velmora port strike begins", "2024-03-04",
                "Dock workers at the Port Authority of Velmora began a strike over pay on Monday."),
            new(
                original, "Velmora port strike ends", "2024-03-12",
                """
                The strike at the port of Velmora ended after talks, officials said. Workers will return on Wednesday.

                "The strike is over and the port will reopen," Tomas Vell told reporters.
                """),
            new(
                spunCopy, "Velmora port walkout concluded", nil,
                """
                The walkout at the port of Velmora concluded after negotiations, authorities stated. Staff will return \
                on Wednesday.
                """,
                inferred: "2024-03-12"),
            new(
                markupArticle, "<b>Markup</b> & \"quotes\" in a headline", "2024-06-01",
                """
                This article quotes markup verbatim: <script>document.title='\(scriptMarker)'</script> and \
                <img src=x onerror="document.title='\(scriptMarker)'"> must show as text.

                "<script>document.title='\(scriptMarker)'</script>" wrote Eve <Hacker>.
                """),
        ]
    }

    /// The whole fixture as one batch.
    public static func batch() -> IngestBatch {
        let events = [
            event(
                orethEvents[0], "First round of Oreth talks", "2023-03-16",
                ["fx/oreth-talks-open", "fx/oreth-first-round"]),
            event(
                orethEvents[1], "Minimum flow agreed", "2024-10-10", ["fx/oreth-minimum-flow", "fx/oreth-flow-deal"]),
            event(
                orethEvents[2], "Velmora accord signed", "2025-04-22", ["fx/oreth-accord-signed", "fx/oreth-treaty"]),
            event("fx-e-port-1", "Port strike begins", "2024-03-04", ["fx/port-strike-begins"]),
            event("fx-e-port-2", "Port strike ends", "2024-03-12", [original, spunCopy]),
            event("fx-e-markup", "<i>Markup</i> event", "2024-06-01", [markupArticle]),
        ]
        let storylineOf = [
            orethEvents[0]: orethStoryline, orethEvents[1]: orethStoryline, orethEvents[2]: orethStoryline,
            "fx-e-port-1": portStoryline, "fx-e-port-2": portStoryline, "fx-e-markup": markupStoryline,
        ]
        let storylines = [
            storyline(orethStoryline, "Oreth river water-sharing talks", orethEvents, "2023-03-16", "2025-04-22"),
            storyline(
                portStoryline, "Velmora port strike", ["fx-e-port-1", "fx-e-port-2"], "2024-03-04", "2024-03-12"),
            storyline(markupStoryline, "<script>alert(1)</script>", ["fx-e-markup"], "2024-06-01", "2024-06-01"),
        ]
        let copy = CopyReport(
            a: original, b: spunCopy, kind: .spun, score: 0.82,
            explanation: CopyExplanation(
                aligned: [
                    AlignedSentences(a: 0, b: 0, similarity: 0.71), AlignedSentences(a: 1, b: 1, similarity: 0.8),
                ],
                swaps: [
                    WordSwap(from: "strike", to: "walkout", count: 1),
                    WordSwap(from: "ended", to: "concluded", count: 1),
                    WordSwap(from: "talks", to: "negotiations", count: 1),
                    WordSwap(from: "said", to: "stated", count: 1),
                    WordSwap(from: "officials", to: "authorities", count: 1),
                    WordSwap(from: "workers", to: "staff", count: 1),
                ], coverageA: 0.7, coverageB: 0.95))
        let quotes = [
            QuoteReport(
                article: "fx/oreth-talks-open", text: "We came to listen before we came to bargain", speaker: speaker,
                verb: "said", sentence: 1),
            QuoteReport(
                article: "fx/oreth-accord-signed", text: "The river now has a rulebook", speaker: speaker, verb: "said",
                sentence: 1),
            QuoteReport(
                article: original, text: "The strike is over and the port will reopen", speaker: "Tomas Vell",
                verb: "told", sentence: 2),
            QuoteReport(
                article: markupArticle, text: "<script>document.title='\(scriptMarker)'</script>",
                speaker: "Eve <Hacker>", verb: "wrote", sentence: 1),
        ]
        let entities: [IngestBatch.EntityRow] = [
            .init(name: speaker, type: .person, article: "fx/oreth-talks-open", mentions: 1),
            .init(name: speaker, type: .person, article: "fx/oreth-accord-signed", mentions: 1),
            .init(name: "Velmora", type: .place, article: "fx/oreth-accord-signed", mentions: 2),
            .init(name: "Velmora", type: .place, article: original, mentions: 1),
            .init(
                name: "Port Authority of Velmora", type: .organization, article: "fx/port-strike-begins", mentions: 1),
        ]
        return IngestBatch(
            articles: articles, copies: [copy], quotes: quotes, entities: entities,
            events: events.enumerated().map { .init(event: $1, storyline: storylineOf[$1.id], order: $0) },
            storylines: storylines.enumerated().map { .init(storyline: $1, order: $0) })
    }

    private static func new(
        _ id: String, _ title: String, _ date: String?, _ text: String, inferred: String? = nil
    ) -> IngestBatch.NewArticle {
        let day = date.flatMap { Day(iso: $0) }
        let article = Article(id: id, title: title, text: text, date: day, source: "fixture/\(id)")
        let document = Document(article)
        var resolution: DateResolution?
        if let day {
            resolution = DateResolution(date: day, source: .field)
        } else if let inferred = inferred.flatMap({ Day(iso: $0) }) {
            resolution = DateResolution(
                date: inferred, source: .inferred, range: DateRange(from: inferred, to: inferred.adding(days: 1)),
                evidence: ["fixture"])
        }
        return .init(
            article: article, contentHash: ContentHash.of(document), words: document.words.count, date: resolution)
    }

    private static func event(_ id: String, _ title: String, _ date: String, _ articles: [String]) -> EventReport {
        EventReport(id: id, title: title, date: Day(iso: date), articles: articles)
    }

    private static func storyline(
        _ id: String, _ title: String, _ events: [String], _ from: String, _ to: String
    ) -> StorylineReport {
        StorylineReport(id: id, title: title, events: events, span: DateRange(from: Day(iso: from)!, to: Day(iso: to)!))
    }
}
