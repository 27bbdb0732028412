import VietnameseText

/// Decides which OCR tokens are Vietnamese syllables to correct and which must be kept:
/// numbers, dates, document codes ("25-NQ/TW"), abbreviations ("UBND"), Roman numerals.
/// Codes get only the repairs that are certain from their shape ("QB/TU" → "QĐ/TU").
enum OCRTokenGuard {
    enum Verdict: Equatable {
        /// A syllable (or two glued) to run through the channel.
        case syllable
        /// Print this text instead of the token, unchanged by the decoder.
        case keep(String)
    }

    /// Upper-case abbreviations of Vietnamese administration whose OCR form lost the Đ,
    /// and ones that must not be read as syllables.
    static let abbreviations: [String: String] = [
        "HDND": "HĐND", "HĐND": "HĐND", "DBQH": "ĐBQH", "ĐBQH": "ĐBQH", "BCD": "BCĐ", "BCĐ": "BCĐ",
        "UBND": "UBND", "MTTQ": "MTTQ", "UBMTTQ": "UBMTTQ", "KNTC": "KNTC", "PAKN": "PAKN",
        "BHXH": "BHXH", "BHYT": "BHYT", "THCS": "THCS", "THPT": "THPT", "CNTT": "CNTT", "TTHC": "TTHC",
        "CCHC": "CCHC", "KTXH": "KTXH", "CBCC": "CBCC", "CBCCVC": "CBCCVC", "HTX": "HTX", "XHCN": "XHCN",
        "NSNN": "NSNN", "TTg": "TTg", "BTV": "BTV", "BCH": "BCH", "UBKT": "UBKT", "QPAN": "QPAN", "ANQP": "ANQP",
    ]

    /// Code parts before a slash or dash that Tesseract's English model misreads.
    static let codeRepairs: [String: String] = ["QB": "QĐ", "QD": "QĐ", "ND": "NĐ", "NO": "NQ", "HDND": "HĐND"]
    /// Parts that show a token is a Vietnamese document code, which makes a repair certain.
    static let codeIssuers: Set<String> = ["TW", "TU", "CP", "TTg", "UBND", "HU", "ĐU", "BTC", "QH", "BCĐ", "QĐ", "NQ"]

    static func verdict(for token: String) -> Verdict {
        var letters = 0
        var digits = 0
        var separators = 0
        for character in token {
            // The cent sign is a misread letter (`OCRTextRepair.alwaysALetter`).
            let isLetter = character.isLetter || character.unicodeScalars.first == OCRTextRepair.alwaysALetter
            if isLetter { letters += 1 } else if character.isNumber { digits += 1 }
            if character == "/" || character == "-" { separators += 1 }
        }
        if letters == 0 || MeasureUnits.isMeasure(token.unicodeScalars.filter { $0 != "/" }) { return .keep(token) }
        if separators > 0 && (digits > 0 || letters > 3) { return .keep(repairCode(token)) }
        if digits >= 2 || (digits >= 1 && letters <= 1 && token.count > 2) { return .keep(token) }
        if let known = abbreviations[token] ?? misprintedAbbreviation(token) { return .keep(known) }
        if isRomanNumeral(token) { return .keep(token) }
        let isUpper = token.allSatisfy { !$0.isLetter || $0.isUppercase }
        // A vowel with its tone ("À" in "PHÀN") is a vowel too.
        let hasVowel = token.unicodeScalars.contains { "aeiouy".unicodeScalars.contains(ChannelLetters.bare($0)) }
        if isUpper && letters >= 2 && !hasVowel && !token.contains(where: \.isNumber) {
            return .keep(token)  // no vowel: an abbreviation such as "KNTC"
        }
        return .syllable
    }

    /// Abbreviations of at least four letters by their letters without marks ("HDND" for
    /// "HĐND"), for `misprintedAbbreviation`; the short ones ("BTV", "HTX") are one letter from
    /// too many other codes.
    static let abbreviationsByPlainLetters: [String: String] = {
        var result: [String: String] = [:]
        for (printed, abbreviation) in abbreviations where printed.count >= 4 {
            result[plainLetters(printed)] = abbreviation
        }
        return result
    }()

    /// A capitalised abbreviation that OCR printed with a mark on a letter or one letter too
    /// many ("ƯBND", "UBÑND" for "UBND" on a worn scan): a token in capitals that spells no
    /// syllable and is, marks aside, a known abbreviation or one with a letter added. A letter
    /// changed is not enough: "BTC" and "BTV" are both codes.
    static func misprintedAbbreviation(_ token: String) -> String? {
        guard token.count >= 4, token.allSatisfy({ $0.isLetter && $0.isUppercase }),
              !VietnameseSyllable.isValid(token.lowercased()) else { return nil }
        let plain = plainLetters(token)
        if let known = abbreviationsByPlainLetters[plain] { return known }
        let letters = Array(plain)
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            if let known = abbreviationsByPlainLetters[String(shorter)] { return known }
        }
        return nil
    }

    /// Upper-case ASCII letters of a token with every mark removed ("ƯBÑND" → "UBNND").
    static func plainLetters(_ token: String) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.map(ChannelLetters.bare))).uppercased()
    }

    static func isRomanNumeral(_ token: String) -> Bool {
        token.count <= 4 && token.count >= 2 && token.allSatisfy { "IVX".contains($0) }
    }

    /// "25-NO/TW" → "25-NQ/TW", "279-QB/TU" → "279-QĐ/TU", "09/ND-CP" → "09/NĐ-CP": a part is
    /// repaired only when another part of the same token names an issuer.
    static func repairCode(_ token: String) -> String {
        let parts = token.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }.map(String.init)
        guard parts.contains(where: { codeIssuers.contains($0) }) else { return token }
        var result = ""
        var index = token.startIndex
        for part in parts {
            result += codeRepairs[part] ?? part
            index = token.index(index, offsetBy: part.count)
            if index < token.endIndex {
                result.append(token[index])
                index = token.index(after: index)
            }
        }
        return result
    }
}
