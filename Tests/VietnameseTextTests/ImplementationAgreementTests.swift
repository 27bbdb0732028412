import Diacritics
import Foundation
import Testing

@testable import Ingest
@testable import Structure
@testable import VietnameseText

/// Before Structure's and Ingest's own spelling checks go (TonePlacement, SyllableShape,
/// LetterTable, VietnameseSyllableCheck), where
/// they and VietnameseText's, which are faster and which Diacritics has always used, differ, and on what.
@Suite struct ImplementationAgreementTests {
    /// Every spelling of the grammar with every tone on every vowel, and one-letter near misses.
    static let words: [String] = {
        var words: [String] = []
        for bases in BroadSyllableInput.spellings { words += BroadSyllableInput.toned(bases) }
        for bases in BroadSyllableInput.nearMisses { words += BroadSyllableInput.toned(bases, tones: [.ngang, .sac, .huyen]) }
        return words.flatMap(BroadSyllableInput.cased)
    }()

    static let model: LanguageModel? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? LanguageModel.load(from: root.appendingPathComponent("Dictionaries/vi-syllables.lm"))
    }()

    /// The syllables of the shipped language model: what real text is made of.
    static let vocabulary: [String] = {
        guard let model else { return [] }
        return (0..<model.vocabularySize).map { model.word(UInt32($0)) }
            .filter { !$0.isEmpty && $0.unicodeScalars.allSatisfy(ScalarClass.isLetter) }
    }()

    /// log10 of the word's share of the corpus.
    static func frequency(_ word: String) -> Float {
        guard let model, let id = model.wordID(word) else { return -99 }
        return model.unigramScore(id)
    }

    @Test func toneMovesAgreeOnEverySyllable() {
        var moved = 0, onlyGrammar = 0
        for word in Self.words where VietnameseSyllable.isSpelling(word.unicodeScalars) {
            let old = TonePlacement.fixWord(word), new = VietnameseSyllable.normalizingTonePlacement(word)
            if old != word {
                moved += 1
                #expect(new == old, "\(word): Structure \(old), VietnameseText \(new)")
            } else if new != word {
                // The grammar also moves tones the open-rhyme rule never looked at ("muà", "bíêt").
                onlyGrammar += 1
                #expect(VietnameseMarks.strip(new) == VietnameseMarks.strip(word))
                #expect(VietnameseSyllable.normalizingTonePlacement(new) == new)
            }
        }
        // The rule moved tones only in open oa/oe/uy; the grammar moves every misplaced tone.
        #expect(moved > 500 && onlyGrammar > moved)
        print("tone: \(Self.words.count) words; both move \(moved); only the grammar moves \(onlyGrammar)")
        for word in Self.vocabulary.flatMap(BroadSyllableInput.cased) {
            #expect(TonePlacement.fixWord(word) == VietnameseSyllable.normalizingTonePlacement(word), "\(word)")
        }
    }

    @Test func letterTablesAgreeOnEveryVietnameseLetter() {
        var others: [Unicode.Scalar] = []
        for scalar in (UInt32(0)..<0x1F00).compactMap(Unicode.Scalar.init) {
            let old = Structure.LetterTable.shared.entry(scalar)
            guard let new = VietnameseText.LetterTable.entry(scalar) else {
                if let bare = old?.bare, BroadSyllableInput.alphabet.contains(bare), old?.tones == 1 { others.append(scalar) }
                continue
            }
            #expect(old?.isLetter == true)
            #expect(old?.bare?.value == new.base)
            #expect(old?.tones == (new.tone == .ngang ? 0 : 1))
        }
        // Latin letters with an acute or grave that Vietnamese never writes (ḿ, ǹ, ẃ, ǵ, ḱ, …):
        // Structure read them as a toned base letter, VietnameseText as no Vietnamese letter.
        print("letters Structure read as toned Vietnamese letters: \(String(String.UnicodeScalarView(others)))")
        #expect(others.allSatisfy { !"aăâeêioôơuưy".unicodeScalars.contains(Character($0).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first ?? " ") })
    }

    /// Spellings Vietnamese forbids: c/k/q, g/gh and ng/ngh before the wrong vowels, iê written
    /// without its onset rule (iên for yên, hyện for hiện), qu before o.
    static func breaksAnOnsetRule(_ word: String) -> Bool {
        let letters = word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"].contains($0) }
        let bare = String(String.UnicodeScalarView(letters)).precomposedStringWithCanonicalMapping
        let front = ["e", "ê", "i", "y"]
        func starts(_ onset: String, before vowels: [String]) -> Bool {
            vowels.contains { bare.hasPrefix(onset + $0) }
        }
        if bare.hasPrefix("k"), !front.contains(where: { bare.hasPrefix("k" + $0) }) { return true }
        if starts("c", before: front + ["oa", "oă", "oe", "uy", "uâ", "uê", "uơ"]) { return true }
        if starts("g", before: ["e", "ê", "y"]) || bare.hasPrefix("gii") || bare == "giê" { return true }
        if bare.hasPrefix("gh") && !front.contains(where: { bare.hasPrefix("gh" + $0) }) { return true }
        if bare.hasPrefix("ngh") && !front.contains(where: { bare.hasPrefix("ngh" + $0) }) { return true }
        if !bare.hasPrefix("ngh") && starts("ng", before: front) { return true }
        if bare.hasPrefix("quo") || bare.hasPrefix("iê") { return true }
        return bare.contains("yê") && !(bare.hasPrefix("yê") || bare.contains("uyê"))
    }

    @Test func syllableShapesAgreeOnRealSyllables() {
        #expect(Self.vocabulary.count > 40_000)
        var onlyShape: [String] = [], onlyGrammar: [String] = []
        for word in Self.vocabulary {
            let shape = SyllableShape.isWellFormed(word), spelling = VietnameseSyllable.isSpelling(word.unicodeScalars)
            if shape && !spelling { onlyShape.append(word) }
            if spelling && !shape { onlyGrammar.append(word) }
        }
        print("shape: \(Self.vocabulary.count) words; only Structure's shape accepts \(onlyShape.count): \(onlyShape)")
        print("shape: only the grammar accepts \(onlyGrammar.count): \(onlyGrammar)")
        #expect(onlyShape.allSatisfy { Self.frequency($0) < -4 })
        // What Structure alone accepted breaks Vietnamese spelling ("kong", "ci", "ngiệm", "hyện").
        #expect(onlyShape.filter { !Self.breaksAnOnsetRule($0) }.isEmpty, "\(onlyShape.filter { !Self.breaksAnOnsetRule($0) })")
        // What the grammar alone accepts: qu + y rhymes Structure's list lacked ("quỳnh", "quýt"),
        // oe and uơ with a coda, and the misplaced horn of "nguời" and "vuờn".
        #expect(Set(onlyGrammar) == ["quỳnh", "quýt", "quynh", "quỵt", "quýnh", "oem", "nguời", "poem", "oau", "loeng", "quyn", "vuờn"])
    }

    @Test func legacyEncodingChecksAgreeOnRealSyllables() {
        var onlyCheck: [String] = [], onlyGrammar: [String] = []
        for word in Self.vocabulary {
            for cased in BroadSyllableInput.cased(word) {
                let check = VietnameseSyllableCheck.isSyllable(cased), valid = VietnameseSyllable.isValid(cased)
                if check && !valid { onlyCheck.append(cased) }
                if valid && !check { onlyGrammar.append(cased) }
            }
        }
        print("legacy: only Ingest's check accepts \(onlyCheck.count): \(onlyCheck.filter { $0 == $0.lowercased() })")
        print("legacy: only the grammar accepts \(onlyGrammar.count): \(onlyGrammar)")
        // Ingest's check took any vowel group with any coda: loan words ("moon", "king", "rain")
        // and misspellings ("phớc", "đuợc"), all rarer than one syllable in ten thousand.
        #expect(onlyCheck.allSatisfy { Self.frequency($0.lowercased()) < -4 })
        #expect(Set(onlyGrammar.map { $0.lowercased() }) == ["nguời", "oau"])
    }
}
