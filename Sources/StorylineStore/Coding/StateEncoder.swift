/// Encodes a `Codable` value in Storyline's compact binary state format (see ``StateCoding``).
///
/// Layout, all integers little-endian: a keyed container is an entry count (UInt32) and per entry a key number
/// (UInt16, into the key table), the entry's byte length (UInt32; `UInt32.max` for an explicit nil) and the value;
/// an unkeyed container is an element count (UInt32) and the elements back to back; numbers are their fixed-width
/// bytes (`Double` as its bit pattern), `Bool` one byte, `String` a byte length (UInt32) and UTF-8. Arrays of
/// fixed-width numbers are written in one step with the same layout as element by element; arrays of `Float` (which
/// element by element would take a `Double` each) are written as their 32-bit patterns in the same step.
///
/// Keys are kept (by number), so values decode in any order and a key added later reads as absent from an older
/// state, as with JSON. Nested containers requested by hand and nils inside single-value containers are not
/// supported: encoding them throws ``StateCodingError/unsupported(_:)`` and the caller falls back to JSON.
struct StateEncoder {
    /// Encodes `value` in one buffer: `prefix`, the body's length (UInt64), the body, then the key table (a count,
    /// UInt32, and each key as a string). The table comes last because it is complete only once the body is
    /// written; putting it there spares copying the body.
    static func encode<T: Encodable>(_ value: T, prefix: [UInt8]) throws -> [UInt8] {
        let writer = StateWriter()
        writer.bytes += prefix
        let lengthAt = writer.bytes.count
        writer.write(UInt64(0))
        try writer.encodeValue(value)
        if let failure = writer.failure { throw StateCodingError.unsupported(failure) }
        let length = UInt64(writer.bytes.count - lengthAt - 8)
        withUnsafeBytes(of: length.littleEndian) { raw in
            for index in 0..<8 { writer.bytes[lengthAt + index] = raw[index] }
        }
        writer.write(UInt32(writer.keys.count))
        for key in writer.keys { writer.write(key) }
        return writer.bytes
    }
}

/// The growing output of one encoding, shared by all its containers (they write strictly in order).
final class StateWriter {
    // Containers write strictly one after another, so the run-time exclusivity checks on every append are not needed.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    var keys: [String] = []
    private var keyNumbers: [String: UInt16] = [:]
    /// Keys already numbered, by coding-key type: a record's few keys are found by comparing, not hashing.
    @exclusivity(unchecked) private var keysOfType: [[(name: String, number: UInt16)]] = []
    private var typeSlots: [ObjectIdentifier: Int] = [:]
    /// Set when the value uses something the format cannot hold; the encoding is then abandoned.
    var failure: String?

    init() { bytes.reserveCapacity(1 << 16) }

    /// The slot of a coding-key type's key list, for ``number(of:slot:)``.
    func slot<Key: CodingKey>(for type: Key.Type) -> Int {
        if let found = typeSlots[ObjectIdentifier(type)] { return found }
        keysOfType.append([])
        typeSlots[ObjectIdentifier(type)] = keysOfType.count - 1
        return keysOfType.count - 1
    }

    /// The number of `key` in the key table.
    func number(of key: some CodingKey, slot: Int) -> UInt16 {
        let name = key.stringValue
        for known in keysOfType[slot] where known.name == name { return known.number }
        let number: UInt16
        if let found = keyNumbers[name] {
            number = found
        } else {
            guard keys.count < Int(UInt16.max) else {
                failure = "more than 65,535 distinct keys"
                return 0
            }
            number = UInt16(keys.count)
            keys.append(name)
            keyNumbers[name] = number
        }
        keysOfType[slot].append((name, number))
        return number
    }

    @inline(__always) func write<I: FixedWidthInteger>(_ value: I) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Overwrites the UInt32 at `position`.
    func patch(_ value: UInt32, at position: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for index in 0..<4 { bytes[position + index] = raw[index] }
        }
    }

    /// Increments the UInt32 count at `position`.
    func increment(at position: Int) {
        var count: UInt32 = 0
        for index in 0..<4 { count |= UInt32(bytes[position + index]) << (8 * UInt32(index)) }
        patch(count + 1, at: position)
    }

    /// Writes a value of any type: primitives and numeric arrays directly, the rest through its `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        // Type checks, not casts: an exact match on the static type, which the decoder mirrors.
        if T.self == Int.self {
            write(Int64(value as! Int))
        } else if T.self == Int32.self {
            write(value as! Int32)
        } else if T.self == Int64.self {
            write(value as! Int64)
        } else if T.self == UInt32.self {
            write(value as! UInt32)
        } else if T.self == UInt64.self {
            write(value as! UInt64)
        } else if T.self == Double.self {
            write((value as! Double).bitPattern)
        } else if T.self == String.self {
            write(value as! String)
        } else if T.self == Bool.self {
            write(UInt8((value as! Bool) ? 1 : 0))
        } else if T.self == [Int32].self {
            writeArray(value as! [Int32])
        } else if T.self == [UInt32].self {
            writeArray(value as! [UInt32])
        } else if T.self == [UInt64].self {
            writeArray(value as! [UInt64])
        } else if T.self == [UInt8].self {
            writeArray(value as! [UInt8])
        } else if T.self == [Double].self {
            writeDoubles(value as! [Double])
        } else if T.self == [Float].self {
            writeArray((value as! [Float]).map(\.bitPattern))
        } else {
            try value.encode(to: StateEncoding(writer: self))
        }
    }

    /// A count, then the values' little-endian bytes (copied in one step on a little-endian machine).
    private func writeArray<I: FixedWidthInteger>(_ values: [I]) {
        write(UInt32(values.count))
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for value in values { write(value) }
        #endif
    }

    /// Doubles as their bit patterns, in the layout of ``writeArray(_:)``.
    private func writeDoubles(_ values: [Double]) {
        #if _endian(little)
            write(UInt32(values.count))
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            writeArray(values.map(\.bitPattern))
        #endif
    }
}

/// The `Encoder` handed to a value's `encode(to:)`.
struct StateEncoding: Encoder {
    let writer: StateWriter
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let position = writer.bytes.count
        writer.write(UInt32(0))
        return KeyedEncodingContainer(
            StateKeyedEncoding<Key>(writer: writer, countAt: position, slot: writer.slot(for: type)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let position = writer.bytes.count
        writer.write(UInt32(0))
        return StateUnkeyedEncoding(writer: writer, countAt: position)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { StateSingleEncoding(writer: writer) }
}

struct StateKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: StateWriter
    let countAt: Int
    /// The key type's slot in the writer (see ``StateWriter/number(of:slot:)``).
    let slot: Int
    var codingPath: [any CodingKey] = []

    private func entry(_ key: Key, _ body: () throws -> Void) rethrows {
        writer.write(writer.number(of: key, slot: slot))
        let lengthAt = writer.bytes.count
        writer.write(UInt32(0))
        try body()
        let length = writer.bytes.count - lengthAt - 4
        guard length < Int(UInt32.max) else {
            writer.failure = "a value of 4 GB or more"
            return
        }
        writer.patch(UInt32(length), at: lengthAt)
        writer.increment(at: countAt)
    }

    mutating func encodeNil(forKey key: Key) throws {
        writer.write(writer.number(of: key, slot: slot))
        writer.write(UInt32.max)
        writer.increment(at: countAt)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try entry(key) { try writer.encodeValue(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { try entry(key) { try writer.encodeValue(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try entry(key) { try writer.encodeValue(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try entry(key) { try writer.encodeValue(Double(value)) }
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { try entry(key) { try writer.encodeValue(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try entry(key) { writer.write(UInt64(value)) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try entry(key) { writer.write(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try entry(key) { try writer.encodeValue(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.failure = "a nested keyed container"
        return StateEncoding(writer: StateWriter()).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.failure = "a nested unkeyed container"
        return StateEncoding(writer: StateWriter()).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        writer.failure = "a super encoder"
        return StateEncoding(writer: StateWriter())
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

struct StateUnkeyedEncoding: UnkeyedEncodingContainer {
    let writer: StateWriter
    let countAt: Int
    var codingPath: [any CodingKey] = []
    private(set) var count = 0

    init(writer: StateWriter, countAt: Int) {
        self.writer = writer
        self.countAt = countAt
    }

    private mutating func element(_ body: (StateWriter) throws -> Void) rethrows {
        try body(writer)
        count += 1
        writer.patch(UInt32(count), at: countAt)
    }

    mutating func encodeNil() throws {
        writer.failure = "a nil inside a list"
    }
    mutating func encode(_ value: Bool) throws { try element { try $0.encodeValue(value) } }
    mutating func encode(_ value: String) throws { try element { try $0.encodeValue(value) } }
    mutating func encode(_ value: Double) throws { try element { try $0.encodeValue(value) } }
    mutating func encode(_ value: Float) throws { try element { try $0.encodeValue(Double(value)) } }
    mutating func encode(_ value: Int) throws { try element { try $0.encodeValue(value) } }
    mutating func encode(_ value: Int8) throws { element { $0.write(value) } }
    mutating func encode(_ value: Int16) throws { element { $0.write(value) } }
    mutating func encode(_ value: Int32) throws { element { $0.write(value) } }
    mutating func encode(_ value: Int64) throws { element { $0.write(value) } }
    mutating func encode(_ value: UInt) throws { element { $0.write(UInt64(value)) } }
    mutating func encode(_ value: UInt8) throws { element { $0.write(value) } }
    mutating func encode(_ value: UInt16) throws { element { $0.write(value) } }
    mutating func encode(_ value: UInt32) throws { element { $0.write(value) } }
    mutating func encode(_ value: UInt64) throws { element { $0.write(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try element { try $0.encodeValue(value) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.failure = "a nested keyed container"
        return StateEncoding(writer: StateWriter()).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.failure = "a nested unkeyed container"
        return StateEncoding(writer: StateWriter()).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        writer.failure = "a super encoder"
        return StateEncoding(writer: StateWriter())
    }
}

struct StateSingleEncoding: SingleValueEncodingContainer {
    let writer: StateWriter
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { writer.failure = "a nil single value" }
    mutating func encode(_ value: Bool) throws { try writer.encodeValue(value) }
    mutating func encode(_ value: String) throws { try writer.encodeValue(value) }
    mutating func encode(_ value: Double) throws { try writer.encodeValue(value) }
    mutating func encode(_ value: Float) throws { try writer.encodeValue(Double(value)) }
    mutating func encode(_ value: Int) throws { try writer.encodeValue(value) }
    mutating func encode(_ value: Int8) throws { writer.write(value) }
    mutating func encode(_ value: Int16) throws { writer.write(value) }
    mutating func encode(_ value: Int32) throws { writer.write(value) }
    mutating func encode(_ value: Int64) throws { writer.write(value) }
    mutating func encode(_ value: UInt) throws { writer.write(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { writer.write(value) }
    mutating func encode(_ value: UInt16) throws { writer.write(value) }
    mutating func encode(_ value: UInt32) throws { writer.write(value) }
    mutating func encode(_ value: UInt64) throws { writer.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value) }
}

/// Why a value could not be put in the binary state format.
enum StateCodingError: Error, Equatable {
    /// The value uses a `Codable` feature the format does not hold (named); it is saved as JSON instead.
    case unsupported(String)
}
