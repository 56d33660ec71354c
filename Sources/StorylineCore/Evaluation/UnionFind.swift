/// Disjoint sets over item indices: turns pairwise links (copy pairs) into groups.
public struct UnionFind: Sendable {
    private var parent: [Int]
    private var rank: [UInt8]

    /// Creates `count` singleton sets.
    public init(count: Int) {
        parent = Array(0..<count)
        rank = [UInt8](repeating: 0, count: count)
    }

    /// The representative of `item`'s set.
    public mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var current = item
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    /// Merges the sets of `a` and `b`.
    public mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        guard ra != rb else { return }
        if rank[ra] < rank[rb] {
            parent[ra] = rb
        } else if rank[ra] > rank[rb] {
            parent[rb] = ra
        } else {
            parent[rb] = ra
            rank[ra] += 1
        }
    }

    /// One group label per item (the representative's index).
    public mutating func labels() -> [Int] { (0..<parent.count).map { find($0) } }
}
