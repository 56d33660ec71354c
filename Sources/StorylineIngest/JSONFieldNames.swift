/// Which JSON Lines fields hold each part of an article, so feeds with other field names can be read as they are
/// (e.g. `--text-field body --id-field Id`).
public struct JSONFieldNames: Sendable, Hashable {
    /// The article text (required in every record).
    public var text = "text"
    /// The article id.
    public var id = "id"
    /// The headline.
    public var title = "title"
    /// The publication date (ISO 8601 date or date-time).
    public var date = "date"
    /// The original URL.
    public var url = "url"
    /// The outlet name.
    public var source = "source"

    /// The standard names: `text`, `id`, `title`, `date`, `url`, `source`.
    public init() {}

    /// Every field name read.
    var all: Set<String> { [text, id, title, date, url, source] }
}
