/// A fragment of HTML that is safe by construction: text interpolated into it is escaped, only other ``HTML``
/// fragments are inserted as they are.
///
/// ```swift
/// let title = "<script>"
/// let page: HTML = "<h1>\(title)</h1>"   // <h1>&lt;script&gt;</h1>
/// ```
/// Every page of the web interface is built from these literals, so no article text, title, query or id can
/// reach the page as markup.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var rendered: String

    /// Markup from a literal written in the source (trusted).
    public init(stringLiteral value: String) { rendered = value }

    /// Markup from an interpolated literal: literal parts are trusted, interpolated text is escaped.
    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.rendered }

    private init(trusted: String) { rendered = trusted }

    /// The empty fragment.
    public static let empty = HTML(trusted: "")

    /// Joins fragments.
    public static func join(_ fragments: some Sequence<HTML>, separator: HTML = .empty) -> HTML {
        HTML(trusted: fragments.map(\.rendered).joined(separator: separator.rendered))
    }

    /// The markup.
    public var description: String { rendered }

    /// Escapes text for HTML text and quoted attribute values: `& < > " '`.
    public static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Builds markup: literal segments are trusted, interpolations are escaped unless they are ``HTML``.
    public struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        /// Reserves room.
        public init(literalCapacity: Int, interpolationCount: Int) { rendered.reserveCapacity(literalCapacity * 2) }

        /// A literal segment of the source, trusted.
        public mutating func appendLiteral(_ literal: String) { rendered += literal }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { rendered += HTML.escape(text) }

        /// Optional text: escaped, nothing for `nil`.
        public mutating func appendInterpolation(_ text: String?) { rendered += HTML.escape(text ?? "") }

        /// A number.
        public mutating func appendInterpolation(_ number: Int) { rendered += String(number) }

        /// A fragment: inserted as it is.
        public mutating func appendInterpolation(_ fragment: HTML) { rendered += fragment.rendered }

        /// Fragments: inserted one after another.
        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { rendered += fragment.rendered }
        }

        /// Any other value: its description, escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            rendered += HTML.escape(value.description)
        }
    }
}
