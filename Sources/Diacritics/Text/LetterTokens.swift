import VietnameseText

/// The letters and digits of each whitespace-separated token that holds a letter ("co’" →
/// "co", "25-NQ/TW" → "25NQTW"): what `auto` measures a whole text on.
///
/// The same as splitting the String's Characters at whitespace and keeping the letter and
/// digit Characters, computed on scalars into one flat buffer: a Character (grapheme) is
/// judged by its first scalar, so a scalar that extends a grapheme (a combining mark, a
/// joiner) shares the fate of the scalar before it.
struct LetterTokens {
    private var scalars: [Unicode.Scalar] = []
    private var ranges: [Range<Int>] = []

    init(_ text: String) {
        self.init(text.unicodeScalars, capacity: text.utf8.count)
    }

    init(_ text: [Unicode.Scalar]) {
        self.init(text, capacity: text.count)
    }

    init(_ text: ArraySlice<Unicode.Scalar>) {
        self.init(text, capacity: text.count)
    }

    private init<Scalars: Sequence>(_ text: Scalars, capacity: Int) where Scalars.Element == Unicode.Scalar {
        scalars.reserveCapacity(capacity)
        var start = 0
        var hasLetter = false
        var fate = Fate.separator
        func close() {
            if hasLetter { ranges.append(start..<scalars.count) } else { scalars.removeSubrange(start...) }
            start = scalars.count
            hasLetter = false
        }
        for scalar in text {
            if !Self.extendsGrapheme(scalar) { fate = Self.fate(of: scalar) }
            switch fate {
            case .separator: close()
            case .letter:
                scalars.append(scalar)
                hasLetter = true
            case .digit: scalars.append(scalar)
            case .dropped: break
            }
        }
        close()
    }

    /// Calls `body` with the tokens as buffers, which cost no reference counting per token.
    func withWords<Result>(_ body: (LazyMapCollection<[Range<Int>], UnsafeBufferPointer<Unicode.Scalar>>) -> Result) -> Result {
        scalars.withUnsafeBufferPointer { scalars in
            body(ranges.lazy.map { UnsafeBufferPointer(rebasing: scalars[$0]) })
        }
    }

    private enum Fate {
        case separator, letter, digit, dropped
    }

    private static func fate(of scalar: Unicode.Scalar) -> Fate {
        let value = scalar.value
        if value < 0x80 {
            if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A { return .letter }
            if value >= 0x30 && value <= 0x39 { return .digit }
            return value == 0x20 || (0x09...0x0D).contains(value) ? .separator : .dropped
        }
        if value < LetterTable.limit && LetterTable.entries[Int(value)] != nil { return .letter }
        if ScalarClass.isWhitespace(scalar) { return .separator }
        if ScalarClass.isLetter(scalar) { return .letter }
        return scalar.properties.numericType != nil ? .digit : .dropped
    }

    /// Scalars that never start a grapheme: marks, joiners, emoji modifiers and tags.
    private static func extendsGrapheme(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 || LetterTable.entry(scalar) != nil { return false }
        if value == 0x200C || value == 0x200D || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
