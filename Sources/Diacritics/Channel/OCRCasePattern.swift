/// How a token is capitalised, so a corrected syllable is printed the same way:
/// "Pang" → "Đảng", "PANG" → "ĐẢNG", "pang" → "đảng".
enum OCRCasePattern: Sendable {
    case lower
    case capitalized
    case upper

    init(of token: String) {
        var letters = 0
        var uppers = 0
        var firstIsUpper: Bool?
        for character in token where character.isLetter {
            letters += 1
            if character.isUppercase { uppers += 1 }
            if firstIsUpper == nil { firstIsUpper = character.isUppercase }
        }
        if letters >= 2, uppers == letters {
            self = .upper
        } else if firstIsUpper == true {
            self = .capitalized
        } else {
            self = .lower
        }
    }

    func apply(to text: String) -> String {
        switch self {
        case .lower: return text
        case .upper: return text.uppercased()
        case .capitalized:
            guard let first = text.first else { return text }
            return first.uppercased() + text.dropFirst()
        }
    }
}
