import VietnameseText

/// Vowels carrying a tone and a shape mark at once ("ẳ", "ổ", "ợ"): on a real scan the two
/// marks crowd each other and Tesseract's Vietnamese model gains or loses the shape mark
/// ("đẳng" for "đảng"), a misreading the clean renders the channel was counted on almost
/// never show. `OCRChannelModel.unseenMarkFloor` prices the letter; this lets the whole-token
/// counts, which come from the same renders, not veto it. A vowel without a tone keeps the
/// counts' word: "thăm quan" is printed so ("tham quan" reads better to the language model).
enum StackedMarks {
    /// `printed` for `source`: the same letter under the same tone, one with a shape mark the
    /// other lacks or has another of ("ẳ" for "ả", "ớ" for "ố").
    static func isMisreading(_ printed: Unicode.Scalar, of source: Unicode.Scalar) -> Bool {
        guard printed != source, let a = LetterTable.entry(printed), let b = LetterTable.entry(source) else { return false }
        return a.plain == b.plain && a.isUpper == b.isUpper && a.tone == b.tone && a.tone != .ngang && a.base != b.base
    }

    /// Whether every letter where the two spellings differ is such a misreading.
    /// Asked of nearly every reading of a token: it walks the two spellings once, allocating nothing.
    static func differOnlyThere(_ printed: String, _ source: String) -> Bool {
        var left = printed.unicodeScalars.makeIterator()
        var right = source.unicodeScalars.makeIterator()
        var differs = false
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return differs
            case let (a?, b?):
                if a == b { continue }
                guard isMisreading(a, of: b) else { return false }
                differs = true
            default: return false
            }
        }
    }
}
