import StorylineCore
import StorylineStore

/// A storyline's events on a date axis, as inline SVG: each event is a dot at its date (bigger for more articles),
/// linked to the event's page. No script: a click follows the link.
enum Timeline {
    /// The timeline of `events`; `current` marks one event. Undated events are listed after the drawing.
    static func svg(_ events: [EventSummary], current: String? = nil, label: String) -> HTML {
        let dated = events.filter { $0.date != nil }.sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
        let undated = events.filter { $0.date == nil }
        var parts: [HTML] = []
        if !dated.isEmpty {
            let width = 960.0
            let margin = 70.0
            let axisY = 70.0
            let first = dated.first!.date!.ordinal
            let last = dated.last!.date!.ordinal
            let span = Double(max(last - first, 1))
            func x(_ day: Day) -> Double {
                last == first ? width / 2 : margin + Double(day.ordinal - first) / span * (width - 2 * margin)
            }
            let rows = 3
            let height = axisY + 40 + Double(rows) * 18 + 10
            var body: [HTML] = []
            body.append(
                "<line class=\"axis\" x1=\"\(format(margin - 20))\" y1=\"\(format(axisY))\" x2=\"\(format(width - margin + 20))\" y2=\"\(format(axisY))\"/>"
            )
            let firstYear = Day(ordinal: first).year
            let lastYear = Day(ordinal: last).year
            if lastYear > firstYear, lastYear - firstYear <= 40 {
                for year in (firstYear + 1)...lastYear {
                    guard let january = Day(year: year, month: 1, day: 1) else { continue }
                    let position = format(x(january))
                    body.append(
                        "<line class=\"tick\" x1=\"\(position)\" y1=\"\(format(axisY - 40))\" x2=\"\(position)\" y2=\"\(format(axisY + 8))\"/><text class=\"year\" x=\"\(position)\" y=\"\(format(axisY - 44))\" text-anchor=\"middle\">\(year)</text>"
                    )
                }
            }
            for (index, event) in dated.enumerated() {
                let cx = x(event.date!)
                let radius = 6 + min(10, Double(event.articleCount).squareRoot() * 2)
                let labelY = axisY + 28 + Double(index % rows) * 18
                let title = event.title.count > 38 ? String(event.title.prefix(37)) + "…" : event.title
                let currentClass: HTML = event.id == current ? " class=\"current\"" : ""
                let anchor = cx < width * 0.22 ? "start" : cx > width * 0.78 ? "end" : "middle"
                let labelX = anchor == "start" ? cx - radius : anchor == "end" ? cx + radius : cx
                body.append(
                    """
                    <a class="event" href="/events/\(URLPath.encode(event.id))" data-event-id="\(event.id)" data-date="\(event.date!.description)">\
                    <title>\(event.date!.description) · \(event.title) (\(event.articleCount) articles)</title>\
                    <circle\(currentClass) cx="\(format(cx))" cy="\(format(axisY))" r="\(format(radius))"/>\
                    <text x="\(format(labelX))" y="\(format(labelY))" text-anchor="\(anchor)">\(event.date!.description) \(title)</text></a>
                    """)
            }
            parts.append(
                """
                <svg class="timeline" role="img" aria-label="\(label)" viewBox="0 0 \(format(width)) \(format(height))" \
                xmlns="http://www.w3.org/2000/svg">\(HTML.join(body, separator: "\n"))</svg>
                """)
        }
        if !undated.isEmpty {
            let items = undated.map { event -> HTML in
                "<li><a href=\"/events/\(URLPath.encode(event.id))\">\(event.title)</a> <span class=\"meta\">undated</span></li>"
            }
            parts.append("<ul class=\"plain undated\">\(items)</ul>")
        }
        return HTML.join(parts, separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
