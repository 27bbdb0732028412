/// Text read from a file together with how it was read. `text` is in NFC.
public struct DecodedText: Sendable, Equatable {
    public let text: String
    public let decoding: TextDecoding
}
