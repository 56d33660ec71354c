/// Verbs that introduce or attribute speech ("said", "told", "added", "tweeted").
public enum SpeechVerbs {
    /// Whether a lower-cased word is a speech verb.
    public static func isVerb(_ lower: String) -> Bool { verbs.contains(lower) }

    /// Lower-cased speech verbs in their common forms.
    public static let verbs: Set<String> = Set(
        """
        said says say told tells added adds stated states explained explains noted notes wrote writes tweeted \
        tweets posted announced announces declared declares insisted insists argued argues warned warns claimed \
        claims asked asks replied replies answered answers continued continues stressed stresses emphasised \
        emphasized acknowledged acknowledges admitted admits recalled recalls suggested suggests remarked remarks \
        commented comments confirmed confirms urged urges promised promises vowed vows cautioned predicted \
        conceded observed reported reports instructed joked quipped shouted whispered responded responds \
        countered insisted concluded concludes agreed agrees called calls described describes
        """.split(separator: " ").map(String.init))

    /// Speech verbs whose object is the person spoken to, not the speaker ("told Reuters", "asked the minister").
    public static let addressing: Set<String> = [
        "told", "tells", "asked", "asks", "urged", "urges", "instructed", "promised", "promises", "called", "calls",
        "described", "describes", "reported", "reports", "posted", "tweeted", "answered", "answers",
    ]

    /// Verbs that name or describe something ("called the deal \"a first step\""): speech only in the active voice.
    public static let naming: Set<String> = ["called", "calls", "described", "describes"]
}
