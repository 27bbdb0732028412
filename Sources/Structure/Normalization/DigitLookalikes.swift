/// Letters OCR reads a printed digit as: a "1" as "l", "I" or "Ì", a "0" as "O". The one
/// table the header's date and a legal text's numbering read their digits through.
enum DigitLookalikes {
    static let table: [Character: Character] = [
        "l": "1", "I": "1", "Ì": "1", "Í": "1", "ì": "1", "í": "1", "|": "1", "O": "0", "o": "0",
    ]

    /// The digits `text` reads as, when it is digits and lookalikes with at least one digit
    /// or one lowercase "l" (a lone "I" or "O" is a letter); nil otherwise.
    static func digits(_ text: some StringProtocol) -> String? {
        guard !text.isEmpty, text.contains(where: { $0.isASCIIDigit || $0 == "l" }) else { return nil }
        var out = ""
        for character in text {
            if character.isASCIIDigit {
                out.append(character)
            } else if let digit = table[character] {
                out.append(digit)
            } else {
                return nil
            }
        }
        return out
    }
}
