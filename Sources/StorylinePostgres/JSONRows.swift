/// A JSON array of flat objects, written straight into UTF-8 bytes: how a batch's rows travel to PostgreSQL as one
/// `jsonb` parameter.
///
/// Written by hand rather than with `JSONEncoder` because a batch has thousands of rows and the generic encoder
/// spent more time on them than the database did. Text is escaped per RFC 8259; NUL, which PostgreSQL cannot
/// store, becomes U+FFFD (as ``PostgresValues/text(_:)`` does for bound parameters).
struct JSONRows {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var rows = 0
    private var fields = 0

    /// Number of rows written.
    var count: Int { rows }

    /// Starts a row.
    mutating func beginRow() {
        if rows > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "{"))
        rows += 1
        fields = 0
    }

    /// Ends the row started last.
    mutating func endRow() { bytes.append(UInt8(ascii: "}")) }

    /// A text field (`null` for `nil`).
    mutating func field(_ key: String, _ value: String?) {
        name(key)
        if let value { string(value) } else { bytes.append(contentsOf: Self.null) }
    }

    /// An integer field.
    mutating func field(_ key: String, _ value: Int) {
        name(key)
        bytes.append(contentsOf: Array(String(value).utf8))
    }

    /// A number field (`null` when not finite, which JSON cannot hold).
    mutating func field(_ key: String, _ value: Double) {
        name(key)
        if value.isFinite {
            bytes.append(contentsOf: Array("\(value)".utf8))
        } else {
            bytes.append(contentsOf: Self.null)
        }
    }

    /// An array-of-text field.
    mutating func field(_ key: String, strings values: [String]) {
        name(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A field holding JSON already encoded (an object or array).
    mutating func field(_ key: String, json: [UInt8]) {
        name(key)
        bytes.append(contentsOf: json)
    }

    /// The whole array as text.
    var text: String {
        var closed = bytes
        closed.append(UInt8(ascii: "]"))
        return String(decoding: closed, as: UTF8.self)
    }

    private static let null = Array("null".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func name(_ key: String) {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case 0:
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x0A:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x01..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
