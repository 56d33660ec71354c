/// Ranks the items (events or storylines) listed under an article's query terms in an inverted index by the summed
/// article weight of the terms each is listed under: a cheap bound on the dot product, so only the best few are
/// scored exactly. Working memory, kept between articles so it is not reallocated for each one.
struct PostingTally: Sendable {
    /// Article number at which each item was last seen.
    private var stamp: [Int] = []
    /// Summed query-term weight of each item seen for the current article (−∞ for one not admitted).
    private var partial: [Double] = []

    /// The items listed under the `query` terms in `postings`, at most `limit`, best first (ties: the lower index).
    ///
    /// - Parameters:
    ///   - items: number of items (indices run below it).
    ///   - article: the current article's number; an item seen with another number is seen afresh.
    ///   - resolve: the live item an index entry stands for (an item merged away resolves to its survivor).
    ///   - admit: whether an item, the first time it is seen for this article, may be a candidate at all.
    mutating func rank(
        _ query: [(index: Int, id: Int32, weight: Double)], in postings: [[Int32]], items: Int, article: Int,
        limit: Int, resolve: (Int) -> Int, admit: (Int) -> Bool
    ) -> [Int] {
        if stamp.count < items {
            stamp += Array(repeating: 0, count: items - stamp.count)
            partial += Array(repeating: 0, count: items - partial.count)
        }
        var visited: [Int] = []
        for term in query {
            for entry in postings[Int(term.id)] {
                let index = resolve(Int(entry))
                if stamp[index] != article {
                    stamp[index] = article
                    let admitted = admit(index)
                    partial[index] = admitted ? 0 : -.infinity
                    if admitted { visited.append(index) }
                }
                partial[index] += term.weight
            }
        }
        return EventState.best(visited, by: partial, limit: limit)
    }
}
