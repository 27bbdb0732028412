import DocumentModel
import Testing

/// The short White_Space test answers as Unicode's property does, for every scalar.
@Suite struct WhiteSpaceTests {
    @Test func agreesWithTheUnicodePropertyEverywhere() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isUnicodeWhiteSpace != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }
}
