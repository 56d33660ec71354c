/// The number of bytes of data an `Encodable` value holds: what a compact binary encoding would need.
///
/// Strings count their UTF-8 bytes, numbers their width (8 for `Int` and `Double`), booleans and nils one byte;
/// keys and container structure count nothing. Nothing is built, so measuring a large index costs no memory.
/// It is a lower bound on the memory the value takes (real buffers have headers and spare capacity), and a
/// measure of what persisting it needs, which is why the scale benchmark reports it per article.
public enum PayloadSize {
    /// Payload bytes of `value`.
    public static func of(_ value: some Encodable) -> Int {
        let counter = ByteCounter()
        try? value.encode(to: CountingEncoder(counter: counter))
        return counter.bytes
    }
}

final class ByteCounter {
    var bytes = 0
}

struct CountingEncoder: Encoder {
    let counter: ByteCounter
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedCounter<Key>(counter: counter))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedCounter(counter: counter) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleCounter(counter: counter) }
}

/// Shared counting of leaf values.
protocol LeafCounting {
    var counter: ByteCounter { get }
}

extension LeafCounting {
    func count(_ value: some Encodable) throws {
        switch value {
        case let string as String: counter.bytes += string.utf8.count
        case is Bool, is Int8, is UInt8: counter.bytes += 1
        case is Int16, is UInt16: counter.bytes += 2
        case is Int32, is UInt32, is Float: counter.bytes += 4
        case is Int, is UInt, is Int64, is UInt64, is Double: counter.bytes += 8
        default: try value.encode(to: CountingEncoder(counter: counter))
        }
    }
}

struct KeyedCounter<Key: CodingKey>: KeyedEncodingContainerProtocol, LeafCounting {
    let counter: ByteCounter
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { counter.bytes += 1 }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try count(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try count(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try count(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedCounter<NestedKey>(counter: counter))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedCounter(counter: counter)
    }

    mutating func superEncoder() -> any Encoder { CountingEncoder(counter: counter) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CountingEncoder(counter: counter) }
}

struct UnkeyedCounter: UnkeyedEncodingContainer, LeafCounting {
    let counter: ByteCounter
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() throws {
        counter.bytes += 1
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try count(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(KeyedCounter<NestedKey>(counter: counter))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedCounter(counter: counter) }
    mutating func superEncoder() -> any Encoder { CountingEncoder(counter: counter) }
}

struct SingleCounter: SingleValueEncodingContainer, LeafCounting {
    let counter: ByteCounter
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { counter.bytes += 1 }
    mutating func encode(_ value: Bool) throws { try count(value) }
    mutating func encode(_ value: String) throws { try count(value) }
    mutating func encode(_ value: Double) throws { try count(value) }
    mutating func encode(_ value: Float) throws { try count(value) }
    mutating func encode(_ value: Int) throws { try count(value) }
    mutating func encode(_ value: Int8) throws { try count(value) }
    mutating func encode(_ value: Int16) throws { try count(value) }
    mutating func encode(_ value: Int32) throws { try count(value) }
    mutating func encode(_ value: Int64) throws { try count(value) }
    mutating func encode(_ value: UInt) throws { try count(value) }
    mutating func encode(_ value: UInt8) throws { try count(value) }
    mutating func encode(_ value: UInt16) throws { try count(value) }
    mutating func encode(_ value: UInt32) throws { try count(value) }
    mutating func encode(_ value: UInt64) throws { try count(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try count(value) }
}
