import DocumentModel
import VietnameseText

/// The place-and-date line under the header: "Hà Nội, ngày 23 tháng 02 năm 2026". The day,
/// or the day and month, may be blank or dotted for the signer to fill in.
struct PlaceDateLine: Equatable {
    var place: String?
    /// Nil when a scan's digits cannot be read ("năm A0226"): the line still gives the place.
    var date: DocumentDate?
    /// The line without a hidden digit glued to the year; nil when there was none.
    var repaired: String?

    init?(_ text: String) {
        let words = PlaceDateLine.words(text)
        let keys = words.map { TextKey.of($0) }
        guard let day = PlaceDateLine.word(PlaceDateLine.dayKey, in: keys[...]),
            let month = PlaceDateLine.word(PlaceDateLine.monthKey, in: keys[day...]),
            let year = keys[month...].firstIndex(of: PlaceDateLine.yearKey), year + 1 < words.count
        else { return nil }
        // Between the words only a number or blanks and dots: "ngày … tháng 5 năm 2023". OCR
        // may read a digit as its lookalike ("0Ì" for "01").
        func number(_ range: Range<Int>) -> Int?? {
            let parts = words[range].filter { $0.contains { $0.isNumber || $0.isLetter } }
            guard !parts.isEmpty else { return .some(nil) }
            guard parts.count == 1 else { return nil }
            let digits = DigitLookalikes.digits(parts[0].trimming(".,")) ?? parts[0].filter(\.isNumber)
            return Int(digits).map { .some($0) } ?? nil
        }
        let place = words[..<day].joined(separator: " ").trimming(", ")
        self.place = place.isEmpty || place.count > 40 ? nil : place
        guard let yearValue = PlaceDateLine.year(words[year + 1]) else {
            // A year whose digits OCR garbled ("A0226") still makes this the date line.
            let garbled = words[(year + 1)...].prefix(2).joined()
            guard garbled.filter(\.isNumber).count >= 2, self.place != nil else { return nil }
            date = nil
            return
        }
        let dayValue = number((day + 1)..<month), monthValue = number((month + 1)..<year)
        if let dayValue, let monthValue {
            guard let date = DocumentDate(year: yearValue, month: monthValue, day: monthValue == nil ? nil : dayValue)
            else { return nil }
            self.date = date
        } else {
            guard self.place != nil else { return nil }
            // Day or month unreadable: the year is what the line tells.
            date = DocumentDate(year: yearValue)
        }
        if words[year + 1].prefix(while: \.isNumber).count == 5 {
            var fixed = words
            fixed[year + 1] = String(yearValue) + words[year + 1].drop(while: \.isNumber)
            repaired = fixed.joined(separator: " ")
        }
    }

    /// The line's words. A scan's specks glued to them ("ngày‹2{", "thángØ{", "tháng0†": marks
    /// and letters Vietnamese does not write) are spaces, and
    /// a word runs into its number only where OCR dropped the space ("tháng0").
    static func words(_ text: String) -> [String] {
        var out = ""
        var previous: Character = " "
        for character in text {
            let letter = character.isLetter && character.unicodeScalars.first.flatMap(LetterTable.entry) != nil
            let kept = letter || character.isNumber || ",.…/-".contains(character) ? character : " "
            if kept.isNumber, previous.isLetter, DigitLookalikes.table[previous] == nil { out.append(" ") }
            out.append(kept)
            previous = kept
        }
        return out.split(separator: " ").map(String.init)
    }

    static let dayKey = TextKey.of(DocumentVocabulary.dayWord), monthKey = TextKey.of(DocumentVocabulary.monthWord)
    static let yearKey = TextKey.of(DocumentVocabulary.yearWord)

    /// Where the day's or month's word is: its key, or for a scan's text its key with one
    /// letter misread ("ngàp" for "ngày"); the short year word must read right.
    private static func word(_ key: String, in keys: ArraySlice<String>) -> Int? {
        if let exact = keys.firstIndex(of: key) { return exact }
        return keys.firstIndex { candidate in
            candidate.count == key.count && zip(candidate, key).filter { $0 != $1 }.count == 1 && candidate.first == key.first
        }
    }

    /// The year's four digits. A fifth one glued on is a mark the print hides (a white
    /// footnote digit poppler joins to the word, "20264"), not part of the year.
    private static func year(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard digits.count == 4 || digits.count == 5 else { return nil }
        return Int(digits.prefix(4))
    }
}
