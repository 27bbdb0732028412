import Foundation

/// Encodes an `Encodable` value into `OrderedJSON`, object keys in the order the value encodes
/// them: the document's `Codable` conformance alone decides what the JSON holds and in which
/// order, and `OrderedJSON` how it is printed.
enum OrderedJSONEncoder {
    static func encode(_ value: some Encodable) throws -> OrderedJSON {
        let root = JSONSlot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        return root.json
    }
}

/// Where one value of the tree goes; containers fill it in as the value encodes itself.
private final class JSONSlot {
    enum Kind { case empty, value, object, array }

    private(set) var kind = Kind.empty
    private var value = OrderedJSON.null
    private var members: [(String, JSONSlot)] = []
    private var items: [JSONSlot] = []

    var json: OrderedJSON {
        switch kind {
        case .empty: .object([])
        case .value: value
        case .object: .object(members.map { ($0.0, $0.1.json) })
        case .array: .array(items.map(\.json))
        }
    }

    var count: Int { items.count }

    func set(_ value: OrderedJSON) {
        kind = .value
        self.value = value
    }

    func becomeObject() {
        guard kind != .object else { return }
        kind = .object
        members = []
    }

    func becomeArray() {
        guard kind != .array else { return }
        kind = .array
        items = []
    }

    func append(key: String) -> JSONSlot {
        becomeObject()
        let child = JSONSlot()
        // Encoding a key again replaces its value where it first stood.
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = child
        } else {
            members.append((key, child))
        }
        return child
    }

    func appendItem() -> JSONSlot {
        becomeArray()
        let child = JSONSlot()
        items.append(child)
        return child
    }
}

private struct SlotEncoder: Encoder {
    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.becomeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.becomeArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.append(key: key.stringValue).set(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: slot.append(key: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        SlotEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.append(key: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.appendItem().set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: slot.appendItem(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath)
    }
}

/// Numbers keep their kind: integers print as integers, and `Double`s as `OrderedJSON` prints them.
private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    private func set(_ value: OrderedJSON) { slot.set(value) }

    private func integer(_ value: some BinaryInteger) throws {
        guard let exact = Int(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "beyond Int"))
        }
        set(.int(exact))
    }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.int(value)) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: slot, codingPath: codingPath)
    }
}

/// A `Decimal` is a JSON number of its own digits (its `Codable` form is an object of its
/// parts); every other value encodes itself.
private func encodeValue<T: Encodable>(_ value: T, into slot: JSONSlot, codingPath: [any CodingKey]) throws {
    if let decimal = value as? Decimal {
        slot.set(.decimal(decimal))
    } else {
        try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}
