import VietnameseText

/// The words that label a legal text's units and their numbering, and the one way a printed
/// word is compared with them. A scan's text has lost or moved their marks ("Diéu 5.",
/// "Chuơng II", "PHU LUC"), so a word reads as a label word when its letters are the label's
/// with any tone and with a hat or hook dropped; a hat or hook the label lacks makes another
/// word ("Mức 1:" is no "Mục 1").
enum LegalWord {
    static let article = "điều"
    static let chapter = "chương"
    static let section = "mục"
    static let part = "phần"
    /// "Phụ lục": the annex label is two words.
    static let annex = ("phụ", "lục")
    /// "Phần thứ nhất".
    static let ordinal = "thứ"
    /// "Phụ lục số 01".
    static let annexNumber = "số"

    /// First letters of the label words, in both cases and without their marks: a cheap test
    /// before a line's first word is compared.
    static let initials: Set<Character> = ["Đ", "đ", "D", "d", "C", "c", "M", "m", "P", "p"]

    /// Whether `printed` is `word` as printed, read by OCR or restored.
    static func reads(_ printed: some StringProtocol, as word: String) -> Bool {
        // Most first words of lines differ in length: no lowercased copy for them.
        guard printed.unicodeScalars.count == word.unicodeScalars.count else { return false }
        let printed = printed.lowercased()
        if printed == word { return true }
        let seen = Array(printed.unicodeScalars), wanted = Array(word.unicodeScalars)
        guard seen.count == wanted.count else { return false }
        for (have, want) in zip(seen, wanted) {
            guard let have = LetterTable.entry(have), let want = LetterTable.entry(want), have.plain == want.plain,
                have.base == want.base || have.base == UInt32(have.plain)
            else { return false }
        }
        return true
    }

    /// The label word as it should read: as printed when it was, else the word in the printed
    /// case ("DIÉU" reads "ĐIỀU", "Chuơng" "Chương").
    static func spelled(_ printed: some StringProtocol, as word: String) -> String {
        if printed.lowercased() == word { return String(printed) }
        if printed.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return word.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// A numeral as printed or as OCR reads its strokes: a roman numeral's "I" as "l" or "1"
    /// among other roman letters ("Il", "1I" for "II"), a number's digits as their lookalikes ("l2" for "12", `DigitLookalikes`).
    /// Nil for anything else.
    static func numeral(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= 6 else { return nil }
        if text.allSatisfy({ "IVXLC".contains($0) }) { return text }
        let romanOrStroke = text.allSatisfy { "IVXLCl1".contains($0) }
        if romanOrStroke, text.contains(where: { "IVXLC".contains($0) }) {
            return String(text.map { "l1".contains($0) ? "I" : $0 })
        }
        // "12a": a number and one letter after it.
        let core = text.last?.isLowercase == true && text.last != "l" ? text.dropLast() : Substring(text)
        guard let digits = DigitLookalikes.digits(core), digits.count <= 3 else { return nil }
        return digits + text.dropFirst(core.count)
    }
}
