/// Decodes HTML character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) found in text and
/// attribute values.
///
/// Only a table of entities common in news text is known (all of Latin-1 plus typographic punctuation,
/// currency and a few symbols); unknown named references are left untouched so that no text is lost.
/// Works on UTF-8 bytes so that it stays linear and allocation-light on multi-megabyte pages.
enum HTMLEntities {
    /// Named references, keyed by the name between `&` and `;`, mapped to the Unicode scalar value.
    static let named: [String: UInt32] = latin1Entities.merging(typographicEntities) { first, _ in first }

    /// The first 96 entities of HTML 4 (U+00A0 ... U+00FF) plus the four basic escapes. These are also the
    /// ones browsers accept without a trailing semicolon.
    static let latin1Entities: [String: UInt32] = [
        "amp": 0x26, "AMP": 0x26, "lt": 0x3C, "LT": 0x3C, "gt": 0x3E, "GT": 0x3E,
        "quot": 0x22, "QUOT": 0x22,
        "nbsp": 0xA0, "iexcl": 0xA1, "cent": 0xA2, "pound": 0xA3, "curren": 0xA4, "yen": 0xA5,
        "brvbar": 0xA6, "sect": 0xA7, "uml": 0xA8, "copy": 0xA9, "COPY": 0xA9, "ordf": 0xAA,
        "laquo": 0xAB, "not": 0xAC, "shy": 0xAD, "reg": 0xAE, "REG": 0xAE, "macr": 0xAF,
        "deg": 0xB0, "plusmn": 0xB1, "sup2": 0xB2, "sup3": 0xB3, "acute": 0xB4, "micro": 0xB5,
        "para": 0xB6, "middot": 0xB7, "cedil": 0xB8, "sup1": 0xB9, "ordm": 0xBA, "raquo": 0xBB,
        "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "iquest": 0xBF,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
        "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB,
        "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1,
        "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "times": 0xD7,
        "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD,
        "THORN": 0xDE, "szlig": 0xDF,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5,
        "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB,
        "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1,
        "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "divide": 0xF7,
        "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
        "thorn": 0xFE, "yuml": 0xFF,
    ]

    /// Punctuation, currency, Latin Extended letters and symbols that appear in news copy.
    /// These require the trailing semicolon.
    static let typographicEntities: [String: UInt32] = [
        "apos": 0x27, "rsquo": 0x2019, "lsquo": 0x2018, "rdquo": 0x201D, "ldquo": 0x201C,
        "sbquo": 0x201A, "bdquo": 0x201E, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032,
        "Prime": 0x2033, "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "bull": 0x2022,
        "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "oline": 0x203E, "frasl": 0x2044,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "hairsp": 0x200A, "ZeroWidthSpace": 0x200B,
        "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "NoBreak": 0x2060,
        "euro": 0x20AC, "trade": 0x2122, "TRADE": 0x2122, "minus": 0x2212, "larr": 0x2190,
        "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194, "le": 0x2264, "ge": 0x2265,
        "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E, "check": 0x2713, "star": 0x2606,
        "hearts": 0x2665, "loz": 0x25CA, "numero": 0x2116, "fnof": 0x192, "circ": 0x2C6,
        "tilde": 0x2DC, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161,
        "Yuml": 0x178, "Zcaron": 0x17D, "zcaron": 0x17E, "Ccaron": 0x10C, "ccaron": 0x10D,
        "Cacute": 0x106, "cacute": 0x107, "Lstrok": 0x141, "lstrok": 0x142, "Nacute": 0x143,
        "nacute": 0x144, "Sacute": 0x15A, "sacute": 0x15B, "Zacute": 0x179, "zacute": 0x17A,
        "Zdot": 0x17B, "zdot": 0x17C, "Rcaron": 0x158, "rcaron": 0x159, "Ecaron": 0x11A,
        "ecaron": 0x11B, "Gbreve": 0x11E, "gbreve": 0x11F, "Idot": 0x130, "imath": 0x131,
        "inodot": 0x131, "Scedil": 0x15E, "scedil": 0x15F, "alpha": 0x3B1, "beta": 0x3B2,
        "gamma": 0x3B3, "delta": 0x3B4, "mu": 0x3BC, "pi": 0x3C0, "Delta": 0x394, "Omega": 0x3A9,
        "half": 0xBD, "centerdot": 0xB7, "sdot": 0x22C5, "quest": 0x3F, "excl": 0x21, "num": 0x23,
        "dollar": 0x24, "percnt": 0x25, "lpar": 0x28, "rpar": 0x29, "ast": 0x2A, "plus": 0x2B,
        "comma": 0x2C, "period": 0x2E, "sol": 0x2F, "colon": 0x3A, "semi": 0x3B, "equals": 0x3D,
        "commat": 0x40, "lsqb": 0x5B, "bsol": 0x5C, "rsqb": 0x5D, "lowbar": 0x5F, "grave": 0x60,
        "lcub": 0x7B, "verbar": 0x7C, "vert": 0x7C, "rcub": 0x7D, "Tab": 0x09, "NewLine": 0x0A,
    ]

    /// What browsers substitute for numeric references in U+0080 ... U+009F (Windows-1252 mojibake that is
    /// very common in older news archives, e.g. `&#146;` for a right single quote). Zero means "keep as is".
    static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Longest entity name that is looked up; longer alphanumeric runs after `&` are never references.
    static let maximumNameLength = 32

    /// Decodes all character references in `text`.
    /// - Parameter inAttribute: applies the attribute-value rule that a reference without `;` followed by
    ///   `=` or an alphanumeric is not decoded (keeps query strings like `?a=1&copy=2` intact).
    static func decode(_ text: String, inAttribute: Bool = false) -> String {
        var copy = text
        return copy.withUTF8 { decode($0, inAttribute: inAttribute) }
    }

    /// Decodes all character references in a UTF-8 byte range. Returns the input unchanged (but as a `String`)
    /// when it contains no `&`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> String {
        guard let firstAmpersand = bytes.firstIndex(of: UInt8(ascii: "&")) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        output.append(contentsOf: bytes[..<firstAmpersand])
        var index = firstAmpersand
        while index < bytes.count {
            let byte = bytes[index]
            if byte != UInt8(ascii: "&") {
                output.append(byte)
                index += 1
                continue
            }
            if let (scalar, next) = reference(in: bytes, at: index, inAttribute: inAttribute) {
                appendUTF8(scalar, to: &output)
                index = next
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Parses the reference starting at the `&` at `start`; returns the decoded scalar value and the index just
    /// past the reference, or nil when the bytes there are not a decodable reference.
    private static func reference(
        in bytes: UnsafeBufferPointer<UInt8>, at start: Int, inAttribute: Bool
    ) -> (UInt32, Int)? {
        let nameStart = start + 1
        guard nameStart < bytes.count else { return nil }
        if bytes[nameStart] == UInt8(ascii: "#") {
            return numericReference(in: bytes, at: nameStart + 1)
        }
        var end = nameStart
        while end < bytes.count, end - nameStart <= maximumNameLength, isAlphanumeric(bytes[end]) {
            end += 1
        }
        guard end > nameStart, end - nameStart <= maximumNameLength else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<end]), as: UTF8.self)
        if end < bytes.count, bytes[end] == UInt8(ascii: ";") {
            guard let value = named[name] else { return nil }
            return (value, end + 1)
        }
        // Legacy form without semicolon: only the Latin-1 set, and not before `=` inside attribute values.
        guard let value = latin1Entities[name] else { return nil }
        if inAttribute, end < bytes.count, bytes[end] == UInt8(ascii: "=") { return nil }
        return (value, end)
    }

    /// Parses the digits of `&#123;` or `&#x7B;` starting just after the `#`.
    private static func numericReference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var index = start
        var isHex = false
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
            isHex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], hex: isHex) {
            // Saturate instead of overflowing: anything past U+10FFFF becomes U+FFFD anyway.
            value = value > 0x10FFFF ? value : value * (isHex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (sanitizedCodePoint(value), index)
    }

    /// Maps a numeric reference's value to the scalar browsers display: U+FFFD for NUL, surrogates and values
    /// beyond Unicode, Windows-1252 for the C1 range.
    static func sanitizedCodePoint(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...:
            return 0xFFFD
        case 0x80...0x9F:
            let mapped = windows1252[Int(value - 0x80)]
            return mapped == 0 ? value : mapped
        default:
            return value
        }
    }

    /// Appends the UTF-8 encoding of a scalar value; invalid values are written as U+FFFD.
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        let code = Unicode.Scalar(value)?.value ?? 0xFFFD
        switch code {
        case 0..<0x80:
            output.append(UInt8(code))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (code >> 6)))
            output.append(UInt8(0x80 | (code & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (code >> 12)))
            output.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (code & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (code >> 18)))
            output.append(UInt8(0x80 | ((code >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (code & 0x3F)))
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex:
            return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex:
            return UInt32(byte - UInt8(ascii: "A") + 10)
        default:
            return nil
        }
    }
}
