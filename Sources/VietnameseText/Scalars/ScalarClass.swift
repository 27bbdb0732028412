/// Whitespace, letter and digit tests with fast answers for the scalars a Vietnamese page is
/// made of. `Unicode.Scalar.Properties` looks every scalar up in the stdlib's tables, which cost
/// more than all of poppler's text extraction on a digital page (perf); these answer the same
/// for every scalar (ScalarClassTests) and read the tables only outside the Latin ranges.
@usableFromInline
package enum ScalarClass {
    /// Unicode's White_Space property (what `Character.isWhitespace` answers), from its 25 scalars.
    @inlinable @inline(__always)
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Unicode's Alphabetic property (what `Character.isLetter` answers).
    @inlinable @inline(__always)
    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        // Latin-1 letters (less × and ÷), Latin Extended-A/B and the Vietnamese block.
        if (0xC0...0x24F).contains(value) { return value != 0xD7 && value != 0xF7 }
        if (0x1EA0...0x1EF9).contains(value) { return true }
        return scalar.properties.isAlphabetic
    }

    /// An ASCII digit: the only digits numbers of a report are written with.
    @inlinable @inline(__always)
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
