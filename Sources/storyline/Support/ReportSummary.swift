import Foundation
import StorylineCore
import StorylineIngest

/// The human-readable summary of a report, printed when `--json` is not given.
struct ReportSummary {
    /// The report to summarise.
    let report: Report
    /// What was read, for the counts of skipped inputs.
    let read: IngestResult

    /// The summary text, with ANSI colour when `color` is set.
    func text(color: Bool) -> String {
        func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
        var lines: [String] = []
        let dated = report.articles.filter { $0.date != nil }
        let inferred = dated.filter { $0.dateSource == .inferred }
        lines.append(
            bold("\(report.articles.count) articles")
                + " read from \(read.filesRead) input(s), \(read.skipped) skipped; "
                + "\(dated.count) dated (\(inferred.count) inferred).")
        lines.append("")
        lines.append(bold("Copies (\(report.copies.count))"))
        for copy in report.copies.prefix(20) {
            var line = "  \(copy.kind.rawValue.padding(7))\(copy.b) copies \(copy.a)  score \(format(copy.score))"
            let swaps = copy.explanation.swaps.prefix(4).map { "\($0.from)→\($0.to)" }
            if !swaps.isEmpty { line += dim("  swaps: " + swaps.joined(separator: ", ")) }
            lines.append(line)
        }
        if report.copies.count > 20 { lines.append(dim("  … \(report.copies.count - 20) more (use --json)")) }
        let events = report.events.filter { $0.articles.count > 1 }
        lines.append("")
        lines.append(bold("Events (\(report.events.count), \(events.count) with several articles)"))
        for event in events.prefix(15) {
            lines.append(
                "  \(event.id.padding(6))\(event.date?.description ?? "undated   ")  \(event.title.prefix(70))  "
                    + dim("[\(event.articles.joined(separator: ", "))]"))
        }
        let storylines = report.storylines.filter { $0.events.count > 1 }
        lines.append("")
        lines.append(bold("Storylines (\(report.storylines.count), \(storylines.count) with several events)"))
        for storyline in storylines.prefix(10) {
            let span = storyline.span.map { "\($0.from) … \($0.to)" } ?? "undated"
            lines.append("  \(storyline.id.padding(6))\(span)  \(storyline.title.prefix(60))")
            lines.append(dim("        " + storyline.events.joined(separator: " → ")))
        }
        let speakers = Set(report.quotes.compactMap(\.speaker))
        lines.append("")
        lines.append(
            bold("Quotes") + " \(report.quotes.count) by \(speakers.count) speakers; " + bold("entities")
                + " \(report.entities.count).")
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
