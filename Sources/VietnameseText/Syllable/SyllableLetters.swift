/// The base letters of a word (lowercase, shape marks kept, no tone) packed six bits
/// apiece into one integer, first letter lowest, so that checking a word allocates nothing
/// and matching a spelling ("ngh", "ươ") is one shift, mask and compare.
/// Ten letters fit; no syllable has more than eight (onset 3, glide 1, nucleus 2, coda 2).
@usableFromInline package struct SyllableLetters: Equatable, Sendable {
    @usableFromInline package static let capacity = 10
    @usableFromInline static let width: UInt64 = 6
    /// Base letters in code order: a–z, then the letters with shape marks.
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyzăâêôơưđ".unicodeScalars)

    @usableFromInline package private(set) var codes: UInt64 = 0
    @usableFromInline package private(set) var count = 0

    @usableFromInline package init() {}

    package init?<Letters: Sequence>(_ letters: Letters) where Letters.Element == Unicode.Scalar {
        for letter in letters {
            guard let entry = LetterTable.entry(letter), entry.base == letter.value, append(code: entry.code) else {
                return nil
            }
        }
    }

    /// 1… for the base letters a–z, ă, â, ê, ô, ơ, ư, đ; 0 for anything else.
    static func code(ofBase base: Unicode.Scalar) -> UInt8 {
        alphabet.firstIndex(of: base).map { UInt8($0 + 1) } ?? 0
    }

    static func code(_ letter: Unicode.Scalar) -> UInt64 {
        UInt64(code(ofBase: letter))
    }

    /// False when the letters are full.
    @inline(__always)
    @inlinable
    package mutating func append(code: UInt8) -> Bool {
        guard count < Self.capacity else { return false }
        codes |= UInt64(code) << (Self.width * UInt64(count))
        count += 1
        return true
    }

    /// The code of the letter at `index`, or 0 past the end.
    @inline(__always)
    subscript(index: Int) -> UInt64 {
        index < count ? (codes >> (Self.width * UInt64(index))) & 0x3F : 0
    }

    @usableFromInline var isEmpty: Bool { count == 0 }

    /// `length` letters from `start`, packed; nil when fewer remain.
    @inline(__always)
    func packed(from start: Int, length: Int) -> UInt64? {
        guard start + length <= count else { return nil }
        return (codes >> (Self.width * UInt64(start))) & ((1 << (Self.width * UInt64(length))) - 1)
    }

    @inline(__always)
    func dropFirst(_ letters: Int) -> SyllableLetters {
        var rest = SyllableLetters()
        let dropped = min(letters, count)
        rest.codes = codes >> (Self.width * UInt64(dropped))
        rest.count = count - dropped
        return rest
    }

    @inline(__always)
    func prepending(code: UInt64) -> SyllableLetters? {
        guard count < Self.capacity else { return nil }
        var result = SyllableLetters()
        result.codes = codes << Self.width | code
        result.count = count + 1
        return result
    }

    /// These letters followed by `other`'s, as far as they fit.
    func appending(_ other: SyllableLetters) -> SyllableLetters {
        var result = self
        let added = min(other.count, Self.capacity - count)
        let kept = other.codes & ((1 << (Self.width * UInt64(added))) - 1)
        result.codes |= kept << (Self.width * UInt64(count))
        result.count += added
        return result
    }

    /// Packs a spelling ("ngh", "ươ") as `packed` does.
    static func pack(_ spelling: String) -> UInt64 {
        var letters = SyllableLetters()
        for letter in spelling.unicodeScalars { _ = letters.append(code: code(ofBase: letter)) }
        return letters.codes
    }
}
