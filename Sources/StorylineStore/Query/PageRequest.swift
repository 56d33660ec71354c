/// Which slice of a list to return: every list the archive serves is paged.
public struct PageRequest: Hashable, Codable, Sendable {
    /// Largest page any request may ask for.
    public static let maximumLimit = 200
    /// Page size when none is given.
    public static let defaultLimit = 20

    /// Number of items, 1…``maximumLimit``.
    public let limit: Int
    /// Items to skip, ≥ 0.
    public let offset: Int

    /// Creates a request, clamping `limit` to 1…``maximumLimit`` and `offset` to ≥ 0.
    public init(limit: Int = PageRequest.defaultLimit, offset: Int = 0) {
        self.limit = min(max(limit, 1), PageRequest.maximumLimit)
        self.offset = max(offset, 0)
    }
}

/// One page of a list, with the total so that a client can page on.
public struct Page<Item: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The items of this page.
    public var items: [Item]
    /// Number of items in the whole list.
    public var total: Int
    /// Page size that was applied.
    public var limit: Int
    /// Items skipped before this page.
    public var offset: Int

    /// Creates a page.
    public init(items: [Item], total: Int, request: PageRequest) {
        self.items = items
        self.total = total
        self.limit = request.limit
        self.offset = request.offset
    }

    /// Offset of the next page, or `nil` on the last page.
    public var nextOffset: Int? { offset + items.count < total && !items.isEmpty ? offset + items.count : nil }

    private enum CodingKeys: String, CodingKey { case items, total, limit, offset, nextOffset }

    /// Decodes a page (``nextOffset`` is derived, not read).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Item].self, forKey: .items)
        total = try container.decode(Int.self, forKey: .total)
        limit = try container.decode(Int.self, forKey: .limit)
        offset = try container.decode(Int.self, forKey: .offset)
    }

    /// Encodes the page with its ``nextOffset`` (explicit `null` on the last page).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(total, forKey: .total)
        try container.encode(limit, forKey: .limit)
        try container.encode(offset, forKey: .offset)
        try container.encode(nextOffset, forKey: .nextOffset)
    }
}
