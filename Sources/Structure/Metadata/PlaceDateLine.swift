import DocumentModel

/// The place-and-date line under the header: "Hà Nội, ngày 23 tháng 02 năm 2026". The day,
/// or the day and month, may be blank or dotted for the signer to fill in.
struct PlaceDateLine: Equatable {
    var place: String?
    var date: DocumentDate
    /// The line without a hidden digit glued to the year; nil when there was none.
    var repaired: String?

    init?(_ text: String) {
        let words = text.split(separator: " ").map(String.init)
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
        guard let dayValue = number((day + 1)..<month), let monthValue = number((month + 1)..<year),
            let yearValue = PlaceDateLine.year(words[year + 1])
        else { return nil }
        guard let date = DocumentDate(year: yearValue, month: monthValue, day: monthValue == nil ? nil : dayValue) else {
            return nil
        }
        self.date = date
        if words[year + 1].prefix(while: \.isNumber).count == 5 {
            var fixed = words
            fixed[year + 1] = String(yearValue) + words[year + 1].drop(while: \.isNumber)
            repaired = fixed.joined(separator: " ")
        }
        let place = words[..<day].joined(separator: " ").trimming(", ")
        self.place = place.isEmpty || place.count > 40 ? nil : place
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
