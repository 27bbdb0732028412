/// Splits the base letters of a syllable into onset, glide, nucleus and coda and checks the
/// spelling rules that tie them together (c/k/q, g/gh, ng/ngh, gi-, qu-, iê/yê, ia/ya).
enum SyllableParser {
    struct Parts {
        var onset: String
        var glide: String
        var nucleus: String
        var coda: String
    }

    static func split(_ bases: [Unicode.Scalar]) -> Parts? {
        let word = String(scalars: bases[...])
        var onset = Orthography.onsets.first { word.hasPrefix($0) } ?? ""
        var rest = Substring(word.dropFirst(onset.count))
        // "gì", "gìn": the i of gi- is the nucleus when no other vowel follows.
        if onset == "gi" && !(rest.unicodeScalars.first.map(LetterTable.isVowel) ?? false) {
            onset = "g"
            rest = Substring(word.dropFirst(1))
        }
        // "giêng", "giết": gi- swallows the i of the diphthong iê.
        if onset == "gi" && rest.hasPrefix("ê") {
            rest = Substring("i" + rest)
        }
        var glide = ""
        if onset == "qu" {
            guard !rest.isEmpty else { return nil }
        } else if let first = rest.first.map(String.init), first == "o" || first == "u" {
            let after = rest.dropFirst()
            let allowed = Orthography.vowelsAfterGlide[first] ?? []
            if let spelling = nucleusSpelling(at: after), allowed.contains(spelling.vowel) {
                glide = first
                rest = after
            }
        }
        guard let spelling = nucleusSpelling(at: rest) else { return nil }
        let coda = String(rest.dropFirst(spelling.written.count))
        guard let codas = Orthography.codasByVowel[spelling.vowel], codas.contains(coda) else { return nil }
        let parts = Parts(onset: onset, glide: glide, nucleus: spelling.written, coda: coda)
        return obeysSpellingRules(parts, vowel: spelling.vowel) ? parts : nil
    }

    private static func nucleusSpelling(at text: Substring) -> (written: String, vowel: String)? {
        Orthography.nucleusSpellings.first { text.hasPrefix($0.written) }
    }

    private static func obeysSpellingRules(_ parts: Parts, vowel: String) -> Bool {
        let front = parts.glide.isEmpty && Orthography.frontVowels.contains(vowel)
        switch parts.onset {
        case "k", "gh", "ngh": if !front { return false }
        case "c", "ng": if front { return false }
        case "g": if front && vowel != "i" { return false }
        case "qu": if Orthography.vowelsBarredAfterQu.contains(vowel) { return false }
        case "gi": if vowel == "i" || vowel == "ia" { return false }
        default: break
        }
        if parts.onset == "c" && !parts.glide.isEmpty { return false }
        // y with a coda only after the glide u (uych, uynh, uyt, uyu).
        if vowel == "y" && !parts.coda.isEmpty && parts.glide != "u" && parts.onset != "qu" { return false }
        let initialY = parts.onset.isEmpty || parts.onset == "qu" || parts.glide == "u"
        switch parts.nucleus {
        case "yê": return initialY
        case "iê": return !initialY
        case "ya": return parts.glide == "u"
        default: return true
        }
    }
}
