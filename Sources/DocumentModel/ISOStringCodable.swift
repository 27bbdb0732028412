/// A value written in JSON as its ISO 8601 text ("2026-03-10", "2024-11-08T16:18:05+07:00")
/// and read back from it.
public protocol ISOStringCodable: Codable {
    var iso: String { get }
    init?(iso: String)
}

extension ISOStringCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not ISO 8601: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
