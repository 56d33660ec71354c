/// Static knowledge about which elements carry article text and which are page furniture.
///
/// Kept as `let` sets so that the rules are shared, immutable and therefore safe under strict concurrency.
enum HTMLBoilerplateRules {
    /// Elements whose whole subtree never contributes body text.
    static let ignoredElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
        "button", "iframe", "select", "textarea", "object", "canvas", "dialog", "video", "audio",
    ]

    /// ARIA landmark roles that mark navigation, site banners, footers and sidebars.
    static let ignoredRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]

    /// Class/id word pieces that mark advertising, sharing widgets, teasers and other boilerplate.
    /// Matched against whole tokens only, so `ad` never matches `header`, `shadow`, `read` or `lead`.
    static let boilerplateWords: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
        "adslot", "adunit", "adbox", "adcontainer", "adwrapper", "adsbygoogle", "dfp",
        "promo", "promos", "promoted", "sponsor", "sponsors", "sponsored", "sponsorship",
        "share", "shares", "sharing", "sharebar", "social", "cookie", "cookies", "consent",
        "newsletter", "newsletters", "subscribe", "related", "comments", "disqus",
        "breadcrumb", "breadcrumbs", "sidebar", "menu", "menus", "popup", "popups", "banner", "banners",
        "outbrain", "taboola",
    ]

    /// Elements never dropped because of their class, id or role: WordPress-style `tag-social-media` or
    /// `has-sidebar` classes on these would otherwise discard the entire article.
    static let exemptFromAttributeRules: Set<String> = ["html", "body", "main", "article"]

    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "bgsound", "frame", "image",
    ]

    /// Block-level elements: their start and end tags end the current paragraph. Everything else (a, em,
    /// strong, span, b, i, q, abbr, time, sup, sub, unknown custom elements, ...) is treated as inline.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "option", "optgroup", "select", "textarea", "button", "iframe", "video", "audio", "canvas",
    ]

    /// Parents whose end tag implicitly closes an open `li`, `dt` or `dd`.
    static let listParents: Set<String> = ["ul", "ol", "menu", "dir", "dl"]

    /// Meta `name` values that carry a publication date (lowest-priority date source).
    static let dateMetaNames: Set<String> = [
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.issued",
    ]

    /// Every set above folded into one table, so classifying a tag costs a single hash lookup.
    static let traitsByName: [String: HTMLTagTraits] = {
        var table: [String: HTMLTagTraits] = [:]
        let sources: [(Set<String>, HTMLTagTraits)] = [
            (ignoredElements, .ignored), (exemptFromAttributeRules, .exempt), (voidElements, .void),
            (blockElements, .block), (listParents, .listParent),
        ]
        for (names, trait) in sources {
            for name in names {
                table[name, default: []].insert(trait)
            }
        }
        return table
    }()

    /// The traits of a lowercased tag name; unknown (custom or misspelled) elements have none.
    static func traits(of name: String) -> HTMLTagTraits {
        traitsByName[name] ?? []
    }

    /// Whether an element's class, id or role marks it as boilerplate whose subtree must be skipped.
    static func isBoilerplate(_ tag: HTMLStartTag) -> Bool {
        isBoilerplate(tag, traits: traits(of: tag.name)) { containsBoilerplateWord($0) }
    }

    /// `isBoilerplate(_:)` with the tag's traits already looked up and a caller-supplied (e.g. memoising)
    /// class/id word test.
    static func isBoilerplate(
        _ tag: HTMLStartTag, traits: HTMLTagTraits, hasBoilerplateWord: (String) -> Bool
    ) -> Bool {
        if traits.contains(.ignored) { return true }
        if traits.contains(.exempt) { return false }
        for attribute in tag.attributes {
            switch attribute.name {
            case "class", "id":
                if hasBoilerplateWord(attribute.value) { return true }
            case "role":
                if ignoredRoles.contains(asciiLowercased(attribute.value)) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Splits a class or id value into word pieces at non-letters and at camelCase humps
    /// (`google_ad`, `ads-top`, `shareButtons`, `AdSlot`) and tests each piece against `boilerplateWords`.
    static func containsBoilerplateWord(_ value: String) -> Bool {
        let utf8 = value.utf8
        var pieceStart = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isLetter = HTMLByte.isLetter(byte) || byte >= 0x80
            let startsHump = isUppercase(byte) && isLowercase(previous)
            if !isLetter || startsHump {
                if pieceStart != index, isBoilerplatePiece(utf8[pieceStart..<index]) { return true }
                pieceStart = isLetter ? index : utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        return pieceStart != utf8.endIndex && isBoilerplatePiece(utf8[pieceStart..<utf8.endIndex])
    }

    private static func isBoilerplatePiece(_ piece: Substring.UTF8View) -> Bool {
        // The longest listed word has 14 letters; skip the allocation for anything longer.
        guard piece.count <= 14 else { return false }
        let lowered = String(decoding: piece.map(HTMLByte.lowercased), as: UTF8.self)
        return boilerplateWords.contains(lowered)
    }

    private static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    private static func isLowercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// ASCII-lowercases and trims HTML whitespace; used for attribute values compared against keywords.
    static func asciiLowercased(_ value: String) -> String {
        let bytes = value.utf8.map(HTMLByte.lowercased)
        var start = 0
        var end = bytes.count
        while start < end, HTMLByte.isWhitespace(bytes[start]) { start += 1 }
        while end > start, HTMLByte.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Per-element facts the extractor needs, as bits so that one lookup answers every question about a tag.
struct HTMLTagTraits: OptionSet, Sendable {
    let rawValue: UInt8

    /// Subtree never contributes body text (`nav`, `aside`, `script`, ...).
    static let ignored = HTMLTagTraits(rawValue: 1 << 0)
    /// Never skipped because of class, id or role (`html`, `body`, `main`, `article`).
    static let exempt = HTMLTagTraits(rawValue: 1 << 1)
    /// Has no content or end tag (`br`, `img`, `meta`, ...).
    static let void = HTMLTagTraits(rawValue: 1 << 2)
    /// Block-level: its start and end tags end the current paragraph.
    static let block = HTMLTagTraits(rawValue: 1 << 3)
    /// A list whose end tag implicitly closes open items (`ul`, `ol`, `dl`, ...).
    static let listParent = HTMLTagTraits(rawValue: 1 << 4)
}
