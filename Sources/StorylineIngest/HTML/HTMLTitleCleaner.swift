/// Removes a trailing site name from a `<title>` such as `"Storm hits coast | Daily Post"`.
enum HTMLTitleCleaner {
    /// Separators that introduce a site name when surrounded by spaces.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "]

    /// Longest suffix (in words) still considered a site name rather than part of the headline.
    static let maximumSuffixWords = 6

    /// Drops the text after the last separator when that text looks like a site name: at most
    /// `maximumSuffixWords` words and shorter than the remaining headline. Otherwise returns `title` unchanged.
    static func strippingSiteSuffix(_ title: String) -> String {
        var best: Range<String.Index>?
        for separator in separators {
            guard let range = title.ranges(of: separator).last else { continue }
            if let current = best, current.lowerBound >= range.lowerBound { continue }
            best = range
        }
        guard let separator = best else { return title }
        let headline = collapsed(String(title[..<separator.lowerBound]))
        let suffix = collapsed(String(title[separator.upperBound...]))
        guard !headline.isEmpty, !suffix.isEmpty else { return title }
        let suffixWords = suffix.split(separator: " ").count
        guard suffixWords <= maximumSuffixWords, suffix.count < headline.count else { return title }
        return headline
    }

    /// Collapses whitespace and trims; returns "" for whitespace-only input.
    static func collapsed(_ text: String) -> String {
        var accumulator = HTMLTextAccumulator()
        accumulator.append(text)
        return accumulator.take()?.text ?? ""
    }
}
