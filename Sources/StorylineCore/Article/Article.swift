/// One news article as read from an input, before any analysis.
///
/// The text is kept exactly as read (minus a leading date marker) so that it can be shown to people;
/// analyses work on a normalised copy (see ``Document``).
public struct Article: Hashable, Codable, Sendable {
    /// Stable identifier: the JSONL `id`, else the file path relative to the input folder without extension.
    public var id: String
    /// Headline, when the input has one.
    public var title: String?
    /// Body text as read, paragraphs separated by blank lines.
    public var text: String
    /// Publication date given by the input itself, if any.
    public var date: Day?
    /// Where ``date`` came from (`marker`, `field` or `html`) when it is set.
    public var dateSource: DateSource?
    /// Where the article came from: a file path, `path:line` for JSON Lines, or `<stdin>:line`.
    public var source: String
    /// Original URL, when the input gives one.
    public var url: String?
    /// Publisher or outlet name, when the input gives one.
    public var outlet: String?

    /// Creates an article.
    public init(
        id: String, title: String? = nil, text: String, date: Day? = nil, dateSource: DateSource? = nil,
        source: String, url: String? = nil, outlet: String? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.dateSource = date == nil ? nil : (dateSource ?? .field)
        self.source = source
        self.url = url
        self.outlet = outlet
    }
}
