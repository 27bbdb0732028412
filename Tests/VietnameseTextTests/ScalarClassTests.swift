import Foundation
import Testing

@testable import VietnameseText

/// The short scalar tests answer as Unicode's properties and `Character` do, for every scalar:
/// they replaced four letter tests and two whitespace tables that each stage kept for itself.
@Suite struct ScalarClassTests {
    static let everyScalar = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)

    @Test func whitespaceIsUnicodeWhiteSpaceEverywhere() {
        let disagreements = Self.everyScalar.filter { ScalarClass.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(disagreements.isEmpty)
        let characters = Self.everyScalar.filter { ScalarClass.isWhitespace($0) != Character($0).isWhitespace }
        #expect(characters.isEmpty)
    }

    @Test func lettersAreUnicodeAlphabeticEverywhere() {
        let disagreements = Self.everyScalar.filter { ScalarClass.isLetter($0) != $0.properties.isAlphabetic }
        #expect(disagreements.isEmpty)
        let characters = Self.everyScalar.filter { ScalarClass.isLetter($0) != Character($0).isLetter }
        #expect(characters.isEmpty)
    }

    @Test func digitsAreTheTenASCIIDigits() {
        #expect(Self.everyScalar.filter(ScalarClass.isDigit) == Array("0123456789".unicodeScalars))
    }

    @Test func literalScalarsAreTheirOwnCanonicalFormAndNeverCombine() {
        // What the scalar paths rely on: text of literal scalars is its own NFC. Each one is
        // unchanged by NFC and starts a grapheme, and none is the second part of any
        // canonical decomposition, so no two of them compose.
        let literal = Self.everyScalar.filter(LiteralScalars.contains)
        #expect(literal.count > 1_000)
        #expect(literal.allSatisfy { String($0).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([$0]) })
        #expect(literal.allSatisfy { $0.properties.canonicalCombiningClass == .notReordered })
        let parts = Self.everyScalar.flatMap { String($0).decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst() }
        #expect(!parts.contains(where: LiteralScalars.contains))
    }
}
