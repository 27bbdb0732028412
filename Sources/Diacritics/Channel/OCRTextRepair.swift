import VietnameseText

/// Repairs made on OCR text before decoding, where the shape of the text makes them certain
/// and the word-by-word decoder cannot: document codes ("25-NO/TW" → "25-NQ/TW", which the
/// tokenizer would cut into parts) and the horn Tesseract prints as an apostrophe after
/// o/u ("co’ quan" → "cơ quan", "THU'C" → "THƯC"), which would otherwise split a syllable.
/// Whitespace is never touched, so line breaks and form feeds stay where they were.
public enum OCRTextRepair {
    public static func apply(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var token = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                output.append(contentsOf: repairToken(token))
                token.removeAll()
                output.append(scalar)
            } else {
                token.append(scalar)
            }
        }
        output.append(contentsOf: repairToken(token))
        return String(output)
    }

    /// True when the text as a whole reads like English-model OCR of Vietnamese, by the
    /// same measure `auto` applies to its lines and paragraphs.
    static func isGarbled(_ text: String, model: LanguageModel) -> Bool {
        LetterTokens(text).withWords { ParagraphKind.classify($0, model: model) } == .garbled
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`"]
    static let edge: Set<Character> = ["(", ")", "\"", "“", "”", ",", ".", ";", ":", "[", "]"]

    static func repairToken(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        guard !scalars.isEmpty else { return scalars }
        var text = String(scalars)
        if text.contains("/") || text.contains("-") {
            let core = text.drop { edge.contains($0) }
            let trimmed = String(core.reversed().drop { edge.contains($0) }.reversed())
            if case .keep(let repaired) = OCRTokenGuard.verdict(for: trimmed), repaired != trimmed,
               let range = text.range(of: trimmed) {
                text.replaceSubrange(range, with: repaired)
            }
        }
        return withStandIns(hornsFromApostrophes(Array(unmixedCase(text).unicodeScalars)))
    }

    /// Symbols Tesseract prints for marked vowels ("v&i" for "với", "ngu@i" for "người") would
    /// cut the word in two for the tokenizer; inside a word they become letters that stand in
    /// for them, and the channel reads them back (`restoringSymbols`) before scoring.
    static let standIns: [Unicode.Scalar: Unicode.Scalar] = ["&": "\u{01DD}", "@": "\u{0250}", "¢": "\u{023C}"]
    static let symbolsOfStandIns: [Unicode.Scalar: Unicode.Scalar] = {
        var inverse: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (symbol, standIn) in standIns { inverse[standIn] = symbol }
        return inverse
    }()

    /// The cent sign stands in for a letter wherever it stands, alone too ("hội nghị ¢ thôn" for
    /// "ở thôn", "¢6" for "có"): Vietnamese reports never write it, and the English model prints
    /// it for "ợ", "ờ", "ở" and "c". "&" and "@" are symbols unless a letter is beside them.
    static let alwaysALetter: Unicode.Scalar = "¢"

    static func withStandIns(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        let array = Array(scalars)
        guard array.contains(where: { standIns[$0] != nil }),
              array.contains(where: { $0.properties.isAlphabetic || $0 == alwaysALetter }) else {
            return scalars
        }
        var result = String.UnicodeScalarView()
        for (index, scalar) in array.enumerated() {
            let before = index > 0 ? array[index - 1] : nil
            let after = index + 1 < array.count ? array[index + 1] : nil
            let besideLetter = [before, after].contains { $0.map { TextPieces.isLetter($0) || ScalarClass.isDigit($0) } ?? false }
            if besideLetter || scalar == alwaysALetter, let standIn = standIns[scalar] {
                result.append(standIn)
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// The token with stand-in letters turned back into the symbols the OCR printed.
    public static func restoringSymbols(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: { symbolsOfStandIns[$0] != nil }) else { return token }
        var view = String.UnicodeScalarView()
        for scalar in token.unicodeScalars { view.append(symbolsOfStandIns[scalar] ?? scalar) }
        return String(view)
    }

    /// Tesseract's English model prints some marked small letters as capitals ("cOng" for
    /// "công", "HiNH" for "HÌNH"); the decoder copies case letter by letter, so the token is
    /// brought to one case pattern first: mostly capitals → all capitals, else the first
    /// letter's case and small letters after it. Codes and mixed-case acronyms are left alone.
    /// Parts joined by an apostrophe are brought to a pattern each: a Central Highlands name
    /// has a capital on both ("M'Drắk", "H'Mông"), and was printed "M'drak".
    static func unmixedCase(_ token: String) -> String {
        guard !mixedCaseWords.contains(token), !token.contains(where: { $0.isNumber || $0 == "/" || $0 == "-" }) else {
            return token
        }
        if let mark = token.dropFirst().firstIndex(where: { $0.unicodeScalars.count == 1 && $0.unicodeScalars.allSatisfy(apostrophes.contains) }) {
            return unmixedCase(String(token[..<mark])) + String(token[mark]) + unmixedCase(String(token[token.index(after: mark)...]))
        }
        let letters = token.filter(\.isLetter)
        let uppers = letters.filter(\.isUppercase).count
        let lowers = letters.filter(\.isLowercase).count
        guard letters.count >= 2, uppers > 0, lowers > 0 else { return token }
        if uppers > lowers { return token.uppercased() }
        guard let firstLetter = token.firstIndex(where: \.isLetter) else { return token }
        if uppers == 1 && token[firstLetter].isUppercase { return token }
        let head = token[...firstLetter]
        return String(head) + token[token.index(after: firstLetter)...].lowercased()
    }

    static let mixedCaseWords: Set<String> = ["TTg", "TTgCP", "iPhone", "eKYC"]

    /// "o'"/"u'" after a letter is ơ/ư. When the next letter cannot continue a syllable after
    /// ơ/ư ("tu’s6"), the apostrophe also stood for the space between two syllables.
    static func hornsFromApostrophes(_ scalars: [Unicode.Scalar]) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let after: Unicode.Scalar? = index + 2 < scalars.count ? scalars[index + 2] : nil
            if index > 0, index + 1 < scalars.count, apostrophes.contains(scalars[index + 1]),
               let horned = horn(scalar), TextPieces.isLetter(scalars[index - 1]),
               !(after.map(ScalarClass.isDigit) ?? false) {
                result.append(horned)
                if let next = after, TextPieces.isLetter(next),
                   !continuations.contains(Character(next).lowercased()) {
                    result.append(" ")
                }
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        return result
    }

    /// Letters that may follow ơ/ư inside a syllable ("thực", "người", "trường", "mưa").
    static let continuations: Set<String> = ["c", "m", "n", "p", "t", "i", "u", "a", "o", "ơ"]

    static func horn(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "o": "ơ"
        case "u": "ư"
        case "O": "Ơ"
        case "U": "Ư"
        default: nil
        }
    }
}
