/// Decodes a value written by ``StateEncoder``; every read is bounds-checked, so a damaged state throws
/// `DecodingError.dataCorrupted` instead of crashing or reading past its end.
struct StateDecoder {
    /// Decodes what ``StateEncoder/encode(_:prefix:)`` wrote after a prefix of `prefixLength` bytes.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], prefixLength: Int) throws -> T {
        let header = StateReader(bytes: bytes, keys: [])
        let cursor = StateCursor(position: prefixLength, end: bytes.count)
        let length = try header.read(UInt64.self, cursor)
        guard length <= UInt64(cursor.end - cursor.position) else { throw header.corrupt("truncated") }
        let body = StateCursor(position: cursor.position, end: cursor.position + Int(length))
        cursor.position = body.end
        let count = Int(try header.read(UInt32.self, cursor))
        guard count <= (cursor.end - cursor.position) / 4 else { throw header.corrupt("truncated key table") }
        var keys: [String] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try header.readString(cursor)) }
        guard cursor.position == cursor.end else { throw header.corrupt("bytes left over after the key table") }
        let reader = StateReader(bytes: bytes, keys: keys)
        let value = try reader.decodeValue(T.self, cursor: body, isNil: false)
        guard body.position == body.end else { throw reader.corrupt("bytes left over after the value") }
        return value
    }
}

/// Where the next read of one stretch of the body happens, and where that stretch ends.
final class StateCursor {
    var position: Int
    let end: Int

    init(position: Int, end: Int) {
        self.position = position
        self.end = end
    }
}

/// The body and key table of one decoding.
final class StateReader {
    let bytes: [UInt8]
    let numbers: [String: UInt16]

    init(bytes: [UInt8], keys: [String]) {
        self.bytes = bytes
        var numbers: [String: UInt16] = [:]
        for (index, key) in keys.enumerated() { numbers[key] = UInt16(truncatingIfNeeded: index) }
        self.numbers = numbers
    }

    func corrupt(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "state: \(what)"))
    }

    func read<I: FixedWidthInteger>(_ type: I.Type, _ cursor: StateCursor) throws -> I {
        let size = MemoryLayout<I>.size
        guard cursor.end - cursor.position >= size else { throw corrupt("truncated") }
        var value: I = 0
        bytes.withUnsafeBytes { raw in
            withUnsafeMutableBytes(of: &value) {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[cursor.position..<cursor.position + size]))
            }
        }
        cursor.position += size
        return I(littleEndian: value)
    }

    func readString(_ cursor: StateCursor) throws -> String {
        let length = Int(try read(UInt32.self, cursor))
        guard cursor.end - cursor.position >= length else { throw corrupt("truncated text") }
        let slice = bytes[cursor.position..<cursor.position + length]
        guard let string = String(validating: slice, as: UTF8.self) else { throw corrupt("text that is not UTF-8") }
        cursor.position += length
        return string
    }

    func readArray<I: FixedWidthInteger>(_ type: I.Type, _ cursor: StateCursor) throws -> [I] {
        let count = Int(try read(UInt32.self, cursor))
        let size = MemoryLayout<I>.size
        guard (cursor.end - cursor.position) / size >= count else { throw corrupt("truncated list") }
        let values = try readRaw(I.self, count: count, cursor)
        #if _endian(little)
            return values
        #else
            return values.map { I(littleEndian: $0) }
        #endif
    }

    /// `count` values of a trivial type copied from the body as they lie (the caller checked they are there).
    private func readRaw<T>(_ type: T.Type, count: Int, _ cursor: StateCursor) throws -> [T] {
        let start = cursor.position
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[start..<start + count * MemoryLayout<T>.stride]))
            }
            initialized = count
        }
        cursor.position += count * MemoryLayout<T>.stride
        return values
    }

    /// Doubles written by the encoder as their bit patterns.
    func readDoubles(_ cursor: StateCursor) throws -> [Double] {
        #if _endian(little)
            let count = Int(try read(UInt32.self, cursor))
            guard (cursor.end - cursor.position) / 8 >= count else { throw corrupt("truncated list") }
            return try readRaw(Double.self, count: count, cursor)
        #else
            return try readArray(UInt64.self, cursor).map(Double.init(bitPattern:))
        #endif
    }

    /// Reads a value of any type: primitives and numeric arrays directly, the rest through its `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type, cursor: StateCursor, isNil: Bool) throws -> T {
        if T.self == Int.self { return Int(try read(Int64.self, cursor)) as! T }
        if T.self == Int32.self { return try read(Int32.self, cursor) as! T }
        if T.self == Int64.self { return try read(Int64.self, cursor) as! T }
        if T.self == UInt32.self { return try read(UInt32.self, cursor) as! T }
        if T.self == UInt64.self { return try read(UInt64.self, cursor) as! T }
        if T.self == Double.self { return Double(bitPattern: try read(UInt64.self, cursor)) as! T }
        if T.self == String.self { return try readString(cursor) as! T }
        if T.self == Bool.self { return try readBool(cursor) as! T }
        if T.self == [Int32].self { return try readArray(Int32.self, cursor) as! T }
        if T.self == [UInt32].self { return try readArray(UInt32.self, cursor) as! T }
        if T.self == [UInt64].self { return try readArray(UInt64.self, cursor) as! T }
        if T.self == [UInt8].self { return try readArray(UInt8.self, cursor) as! T }
        if T.self == [Double].self { return try readDoubles(cursor) as! T }
        if T.self == [Float].self { return try readArray(UInt32.self, cursor).map(Float.init(bitPattern:)) as! T }
        return try T(from: StateDecoding(reader: self, cursor: cursor, isNil: isNil))
    }

    func readBool(_ cursor: StateCursor) throws -> Bool {
        switch try read(UInt8.self, cursor) {
        case 0: return false
        case 1: return true
        default: throw corrupt("a Boolean that is neither 0 nor 1")
        }
    }

    func readInteger<I: FixedWidthInteger>(_ type: I.Type, _ cursor: StateCursor) throws -> I {
        if I.self == Int.self { return I(try read(Int64.self, cursor)) }
        if I.self == UInt.self { return I(try read(UInt64.self, cursor)) }
        return try read(I.self, cursor)
    }
}

/// The `Decoder` handed to a value's `init(from:)`.
struct StateDecoding: Decoder {
    let reader: StateReader
    let cursor: StateCursor
    /// Whether the value is an explicit nil (a keyed entry written by `encodeNil`).
    let isNil: Bool
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(reader: StateReader, cursor: StateCursor, isNil: Bool) {
        self.reader = reader
        self.cursor = cursor
        self.isNil = isNil
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try StateKeyedDecoding<Key>(reader: reader, cursor: cursor))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try StateUnkeyedDecoding(reader: reader, cursor: cursor)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        StateSingleDecoding(reader: reader, cursor: cursor, isNil: isNil)
    }
}

struct StateKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: StateReader
    var codingPath: [any CodingKey] = []
    /// Entries by key number: where the value starts and its length (nil for an explicit nil).
    private var entries: [UInt16: (start: Int, length: Int?)] = [:]

    init(reader: StateReader, cursor: StateCursor) throws {
        self.reader = reader
        let count = Int(try reader.read(UInt32.self, cursor))
        guard count <= (cursor.end - cursor.position) / 6 else { throw reader.corrupt("truncated record") }
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let number = try reader.read(UInt16.self, cursor)
            let length = try reader.read(UInt32.self, cursor)
            if length == UInt32.max {
                entries[number] = (cursor.position, nil)
                continue
            }
            guard cursor.end - cursor.position >= Int(length) else { throw reader.corrupt("truncated field") }
            entries[number] = (cursor.position, Int(length))
            cursor.position += Int(length)
        }
    }

    var allKeys: [Key] {
        let names = Dictionary(reader.numbers.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return entries.keys.sorted().compactMap { names[$0].flatMap(Key.init(stringValue:)) }
    }

    private func entry(_ key: Key) -> (start: Int, length: Int?)? {
        reader.numbers[key.stringValue].flatMap { entries[$0] }
    }

    func contains(_ key: Key) -> Bool { entry(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let found = entry(key) else { throw missing(key) }
        return found.length == nil
    }

    private func missing(_ key: Key) -> DecodingError {
        DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "state"))
    }

    private func value<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        guard let found = entry(key) else { throw missing(key) }
        guard let length = found.length else {
            if let optional = type as? any ExpressibleByNilLiteral.Type { return optional.init(nilLiteral: ()) as! T }
            throw DecodingError.valueNotFound(
                type, DecodingError.Context(codingPath: codingPath + [key], debugDescription: "state: nil"))
        }
        let cursor = StateCursor(position: found.start, end: found.start + length)
        let decoded = try reader.decodeValue(type, cursor: cursor, isNil: false)
        guard cursor.position == cursor.end else { throw reader.corrupt("field \(key.stringValue) has extra bytes") }
        return decoded
    }

    private func integer<I: FixedWidthInteger & Decodable>(_ type: I.Type, _ key: Key) throws -> I {
        guard let found = entry(key) else { throw missing(key) }
        guard let length = found.length else { throw reader.corrupt("nil where \(key.stringValue) needs a number") }
        let cursor = StateCursor(position: found.start, end: found.start + length)
        return try reader.readInteger(type, cursor)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try value(Double.self, key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(type, key) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw reader.corrupt("nested containers are not part of the format")
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw reader.corrupt("nested containers are not part of the format")
    }
    func superDecoder() throws -> any Decoder { throw reader.corrupt("super decoders are not part of the format") }
    func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder() }
}

struct StateUnkeyedDecoding: UnkeyedDecodingContainer {
    let reader: StateReader
    let cursor: StateCursor
    var codingPath: [any CodingKey] = []
    let count: Int?
    private(set) var currentIndex = 0

    init(reader: StateReader, cursor: StateCursor) throws {
        self.reader = reader
        self.cursor = cursor
        let count = Int(try reader.read(UInt32.self, cursor))
        guard count <= cursor.end - cursor.position else { throw reader.corrupt("truncated list") }
        self.count = count
    }

    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    private mutating func next<T>(_ body: (StateReader, StateCursor) throws -> T) throws -> T {
        guard !isAtEnd else { throw reader.corrupt("read past the end of a list") }
        let value = try body(reader, cursor)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.readBool($1) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.readString($1) } }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try next { Double(bitPattern: try $0.read(UInt64.self, $1)) }
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try next { Float(Double(bitPattern: try $0.read(UInt64.self, $1))) }
    }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.readInteger(type, $1) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.readInteger(type, $1) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next { try $0.decodeValue(type, cursor: $1, isNil: false) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw reader.corrupt("nested containers are not part of the format")
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw reader.corrupt("nested containers are not part of the format")
    }
    mutating func superDecoder() throws -> any Decoder {
        throw reader.corrupt("super decoders are not part of the format")
    }
}

struct StateSingleDecoding: SingleValueDecodingContainer {
    let reader: StateReader
    let cursor: StateCursor
    let isNil: Bool
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { isNil }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.readBool(cursor) }
    func decode(_ type: String.Type) throws -> String { try reader.readString(cursor) }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.read(UInt64.self, cursor)) }
    func decode(_ type: Float.Type) throws -> Float { Float(Double(bitPattern: try reader.read(UInt64.self, cursor))) }
    func decode(_ type: Int.Type) throws -> Int { try reader.readInteger(type, cursor) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.readInteger(type, cursor) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.readInteger(type, cursor) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.readInteger(type, cursor) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.readInteger(type, cursor) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.readInteger(type, cursor) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.readInteger(type, cursor) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.readInteger(type, cursor) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.readInteger(type, cursor) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.readInteger(type, cursor) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decodeValue(type, cursor: cursor, isNil: isNil) }
}
