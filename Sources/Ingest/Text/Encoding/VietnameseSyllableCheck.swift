import Foundation

/// Whether a word is spelt like one Vietnamese syllable: an initial consonant, a vowel
/// group Vietnamese has, a final consonant, at most one tone, and only the marks each vowel
/// can carry. The check is about spelling, not vocabulary: it tells a correct decoding
/// ("Việt") from a wrong one ("Vieät", "Vieọt") without a dictionary.
enum VietnameseSyllableCheck {
    private static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    private static let vowelGroups: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
        "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    ]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    /// Syllables ending in a stop take only the acute or the dot below.
    private static let stops: Set<String> = ["c", "ch", "p", "t"]

    /// The vowels each modifier makes: circumflex, breve, horn.
    private static let modifiedVowels: [Unicode.Scalar: [Unicode.Scalar: Unicode.Scalar]] = [
        "\u{302}": ["a": "â", "e": "ê", "o": "ô"],
        "\u{306}": ["a": "ă"],
        "\u{31B}": ["o": "ơ", "u": "ư"],
    ]
    private static let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
    private static let stopTones: Set<Unicode.Scalar> = ["\u{301}", "\u{323}"]
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    static func isSyllable(_ word: some StringProtocol) -> Bool {
        // Case goes word by word ("Việt", "VIỆT"); "vÒ" is a misread byte, not a word.
        let rest = word.dropFirst()
        let mixedCase = rest.contains(where: \.isUppercase)
            && (word.first?.isLowercase == true || rest.contains(where: \.isLowercase))
        guard !mixedCase else { return false }
        // Letters without tones, modified vowels composed ("ê", "ư"), and the tone if any.
        var skeleton: [Unicode.Scalar] = []
        var modified: [Bool] = []
        var tone: Unicode.Scalar?
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || scalar == "đ" {
                skeleton.append(scalar)
                modified.append(false)
            } else if let vowels = modifiedVowels[scalar] {
                guard let last = skeleton.last, let vowel = vowels[last], modified.last == false else { return false }
                skeleton[skeleton.count - 1] = vowel
                modified[modified.count - 1] = true
            } else if tones.contains(scalar) {
                guard tone == nil, let last = skeleton.last, isVowel(last) else { return false }
                tone = scalar
            } else {
                return false
            }
        }
        return splits(String(String.UnicodeScalarView(skeleton)), tone: tone)
    }

    /// Tries every initial and final consonant the word starts and ends with.
    private static func splits(_ skeleton: String, tone: Unicode.Scalar?) -> Bool {
        let letters = Array(skeleton)
        guard !letters.isEmpty, letters.count <= 7 else { return false }
        for onsetLength in 0...min(3, letters.count - 1) where onsets.contains(String(letters[..<onsetLength])) {
            for codaLength in 0...min(2, letters.count - onsetLength - 1) {
                let coda = String(letters[(letters.count - codaLength)...])
                guard codas.contains(coda) else { continue }
                let group = String(letters[onsetLength..<(letters.count - codaLength)])
                guard vowelGroups.contains(group) else { continue }
                if stops.contains(coda), !(tone.map(stopTones.contains) ?? false) { continue }
                return true
            }
        }
        return false
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        vowels.contains(scalar) || "ăâêôơư".unicodeScalars.contains(scalar)
    }
}
