/// Which group rows of a batch to write and which member each row claims, for groups (events, storylines) written
/// as one statement: of several rows with one id the last wins, as it would with one statement per row, and a member
/// listed by several rows belongs to the last of them (members keep the order they were first listed in).
struct Membership {
    /// The indices of the rows to write: the last row of each id.
    private let kept: Set<Int>
    /// (member, group) links in first-listed order.
    let links: [(member: String, group: String)]

    /// Reads the rows, each as its id and its members.
    init(_ rows: [(id: String, members: [String])]) {
        var latest: [String: Int] = [:]
        var groupOf: [String: String] = [:]
        var order: [String] = []
        for (index, row) in rows.enumerated() {
            latest[row.id] = index
            for member in row.members {
                if groupOf.updateValue(row.id, forKey: member) == nil { order.append(member) }
            }
        }
        kept = Set(latest.values)
        links = order.map { ($0, groupOf[$0]!) }
    }

    /// Whether row `index` is the one written for its id.
    func isKept(_ index: Int) -> Bool { kept.contains(index) }
}
