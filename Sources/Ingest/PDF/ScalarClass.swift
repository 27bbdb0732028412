import DocumentModel

/// Whitespace and letter tests for page text with fast answers for the scalars a Vietnamese
/// page is made of. `Unicode.Scalar.Properties` looks every scalar up in the stdlib's tables,
/// which cost more than all of poppler's text extraction on a digital page (perf).
enum ScalarClass {
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isUnicodeWhiteSpace
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        // Latin-1 letters (less × and ÷), Latin Extended-A/B and the Vietnamese block.
        if (0xC0...0x24F).contains(value) { return value != 0xD7 && value != 0xF7 }
        if (0x1EA0...0x1EF9).contains(value) { return true }
        return scalar.properties.isAlphabetic
    }
}
