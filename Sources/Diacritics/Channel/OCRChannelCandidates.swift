import Foundation
import Locking
import VietnameseText

/// The learned OCR channel as the decoder's `CandidateGenerator`: readings of a token from
/// the syllables the language model knows, weighted log10 P(token | syllable), plus the token
/// itself when it is no known syllable (a name, a foreign word) at a fixed cost.
/// Numbers, codes and abbreviations come back with a single fixed reading or none.
public struct OCRChannelCandidates: CandidateGenerator {
    let channel: OCRChannelModel
    /// Built on first use: indexing the vocabulary costs a few hundred milliseconds that a
    /// run restoring only stripped or good text should not pay.
    private let lazyGenerator: Lazy<OCRCandidateGenerator>
    var generator: OCRCandidateGenerator { lazyGenerator.value }
    /// log10 cost of keeping a token the channel cannot read as a known syllable.
    public var keepUnknownLog10: Float = defaultKeepUnknownLog10
    static let defaultKeepUnknownLog10: Float = -5
    /// log10 cost of keeping a token that spells no Vietnamese syllable under any tone
    /// ("nyhién", "chtre", "hién"): in a garbled line it is a misreading, so a reading the
    /// channel finds unlikely is still the better bet. Bench English OCR, -5 → -8: s003 0.0374
    /// → 0.0372, t002 0.0742 → 0.0736, no case worse (-6 and -7 cost s004 a word).
    public var keepNonWordLog10: Float = defaultKeepNonWordLog10
    static let defaultKeepNonWordLog10: Float = -8
    /// Extra log10 cost of every reading other than the token itself (0 for garbled OCR;
    /// positive for good OCR, where only a confident language model should change a word).
    public var changeLog10: Float = 0
    /// Good OCR: leave tokens with digits, lone letters and unknown capitalised words alone.
    public var keepsUnsure = false
    /// Scale of the channel's log probability against the language model's (the channel's
    /// letter-by-letter product is overconfident); chosen on held-out generated pages.
    public var channelWeight: Float = defaultChannelWeight
    static let defaultChannelWeight: Float = 0.8
    /// Good OCR: readings of tokens that are no Vietnamese syllable (see `readsNonWords`);
    /// nil reads them through `channel` like every other token.
    private var lazyNonWords: Lazy<OCRCandidateGenerator>?
    /// Extra log10 cost of changing a token that is no syllable, in place of `changeLog10`.
    public private(set) var nonWordChangeLog10: Float = 0
    private let cache = CandidateCache()

    /// `widePool`: the decoder gets the likeliest `readingsKept` of the channel's best
    /// `readingPool` readings (English-model OCR); without it, the channel's best 24 (good OCR's
    /// `post`, where a clean page's real syllable should keep its few cheap rivals: a wider list
    /// let "bảo" replace a printed "bào" on a clean page).
    public init(channel: OCRChannelModel, languageModel: LanguageModel, widePool: Bool = true) {
        self.channel = channel
        let pool = widePool ? Self.readingPool : nil
        readingsKept = widePool ? Self.readingsKept : Int.max
        lazyGenerator = Lazy {
            var syllables: [String] = []
            syllables.reserveCapacity(languageModel.vocabularySize)
            for id in 0..<languageModel.vocabularySize {
                let word = languageModel.word(UInt32(id))
                if VietnameseSyllable.isValid(word) { syllables.append(word) }
            }
            // Names that spell no syllable ("đắk", "krông") are readings too, where the model knows them.
            syllables += NameSyllables.outsideSyllables.filter { languageModel.wordID($0) != nil }
            var generator = OCRCandidateGenerator(model: channel, syllables: syllables)
            if let pool { generator.limit = pool }
            return generator
        }
    }

    /// Readings handed to the decoder per token, chosen from the channel's best `readingPool`
    /// by channel and prior together (`likeliest`). English OCR SER (bench s000/s004, real-scan
    /// dev thong-bao-02/nq-115), against 24 cut by the channel alone (.0370/.0284, .4939/.0419):
    /// 24 of 64 .0320/.0250, .4797/.0328; 32 of 96 .0309/.0240; 48 of 128 .0310/.0230,
    /// .4707/.0262; 64 of 192 .0306/.0226, .4639/.0262; 96 of 256 .0305/.0224, .4623/.0262.
    /// 64 of 192 reads 10k tokens/s on one core (24 of 64: 12.5k; the floor is 8k).
    static let readingsKept = 64
    static let readingPool = 192
    /// Readings the decoder gets per token (`likeliest`); no cut without the wide pool.
    let readingsKept: Int
    /// log10 cost of keeping a capitalised token the model knows that spells no syllable
    /// (`looksLikeName`). Bench s000 and s004: -5 .0320/.0250, -3 .0318/.0250, -1 and 0
    /// .0318/.0248 (24 of 64 readings kept); real-scan dev the same from -1 to 0.
    static let keepNameLog10: Float = -1

    /// Reads tokens that are no Vietnamese syllable through `loose`, a channel that allows more
    /// misreadings, at a change cost of `changeLog10`: such a token is certainly misread, while
    /// a real syllable may well be right and keeps the strict channel and its cost.
    public mutating func readsNonWords(through loose: OCRChannelModel, changeLog10: Float) {
        let inventory = lazyGenerator
        lazyNonWords = Lazy { OCRCandidateGenerator(model: loose, sharingInventoryOf: inventory.value) }
        nonWordChangeLog10 = changeLog10
    }

    /// A token no spelling of Vietnamese allows ("lhan", "viec", "nghầip"): OCR printed
    /// something that was not there. Consonants only ("trđ" for triệu đồng, "tnhh") are
    /// abbreviations as often as misreads and keep the strict reading (see `lostItsVowel`).
    static func isNonWord(_ token: String, normalized: String) -> Bool {
        !VietnameseSyllable.isValid(normalized) && !lostItsVowel(token)
    }

    public func candidates(for token: String, model: LanguageModel) -> [Candidate] {
        if let known = cache.value(for: token) { return known }
        let result = computeCandidates(for: token, model: model)
        cache.store(result, for: token)
        return result
    }

    private func computeCandidates(for printed: String, model: LanguageModel) -> [Candidate] {
        // Stand-in letters (see OCRTextRepair) must never reach the output.
        let token = OCRTextRepair.restoringSymbols(printed)
        let restored = token == printed ? [] : [Candidate(word: token.lowercased(), channelLog10: 0)]
        switch OCRTokenGuard.verdict(for: token) {
        case .keep(let text):
            return text == printed ? [] : [Candidate(word: text.lowercased(), channelLog10: 0)]
        case .syllable:
            break
        }
        let itself = WordForm.normalized(token)
        if keepsAsIs(token, normalized: itself, model: model) { return restored }
        // A footnote marker glued in front of a capital ("1Tang") is kept, the rest corrected.
        var marker = String(token.prefix { $0.isNumber })
        if !(token.dropFirst(marker.count).first?.isUppercase ?? false) { marker = "" }  // "1a" is "là"
        let rest = String(token.dropFirst(marker.count))
        var result: [Candidate] = []
        var seen: Set<String> = []
        var source = generator
        var change = changeLog10
        if let lazyNonWords, Self.isNonWord(token, normalized: itself) {
            source = lazyNonWords.value
            change = nonWordChangeLog10
        }
        if Self.mayHaveLostItsVowel(token), token.first?.isUppercase == true { change += Self.capitalLetterChangeLog10 }
        for candidate in source.candidates(for: rest) where candidate.syllables.count == 1 {
            guard let syllable = candidate.syllables.first, seen.insert(marker + syllable).inserted else { continue }
            let word = marker + syllable
            let log10 = channelWeight * Float(candidate.logProbability / M_LN10) - (word == itself ? 0 : change)
            result.append(Candidate(word: word, channelLog10: log10))
        }
        result = Self.likeliest(result, keeping: readingsKept, model: model)
        if !seen.contains(itself) && model.wordID(itself) == nil {
            result.append(Candidate(word: itself, channelLog10: keepingCost(of: itself)))
        } else if !seen.contains(itself) && Self.looksLikeName(token, normalized: itself) {
            // A name the model knows: the language model weighs it against the readings.
            result.append(Candidate(word: itself, channelLog10: Self.keepNameLog10))
        } else if !seen.contains(itself) && Self.mayHaveLostItsVowel(token) {
            // A lone letter is as often a letter ("điểm b"): it stays unless the model wants a word.
            result.append(Candidate(word: itself, channelLog10: 0))
        } else if !seen.contains(itself) && keepsUnsure && Self.lostItsVowel(token) {
            // A word the model knows but no syllable is ("tnh"): kept unless a reading wins.
            result.append(Candidate(word: itself, channelLog10: 0))
        }
        return result.isEmpty ? restored : result
    }

    /// Tokens no reading should replace: a lone consonant letter that is a unit ("m", "đ"; any
    /// lone consonant in good OCR, see `mayHaveLostItsVowel`) and units of measure; for good OCR
    /// also anything with a digit, lone letters, words the model knows
    /// that no syllable strips to ("test"; "ket" is a stripped "kết"), and capitalised words
    /// the model never saw (names such as "Kạn"). Garbled OCR cannot trust the model's
    /// vocabulary that way: corpus noise makes it know "cla" and "wong".
    func keepsAsIs(_ token: String, normalized: String, model: LanguageModel) -> Bool {
        if token.count == 1, let letter = token.first, letter.isLetter,
           !Self.vowels.contains(letter.lowercased()), keepsUnsure || !Self.mayHaveLostItsVowel(token) {
            return true
        }
        if MeasureUnits.words.contains(normalized) { return true }
        guard keepsUnsure else { return false }
        let letters = token.filter(\.isLetter)
        if token.contains(where: \.isNumber) || letters.count <= 1 { return true }
        let known = model.wordID(normalized) != nil
        if known, !VietnameseSyllable.isValid(normalized), VietnameseSyllable.accentedForms(ofStripped: normalized).isEmpty,
           !Self.lostItsVowel(token) {
            return true
        }
        // A capitalised word the model never saw is a name; a whole word in capitals that the
        // model never saw is a misread heading word ("THÁANG").
        return token.first?.isUppercase == true && !known && OCRCasePattern(of: token) != .upper
    }

    static let vowels: Set<String> = ["a", "e", "i", "o", "u", "y"]

    /// Extra log10 cost of reading a lone capital as a syllable: a capital alone is more often
    /// a letter (an initial, "nhóm B", "phần C") than a lowercase one is, and the case-folded
    /// model cannot tell "phần C" from "phần c". At 0 "phần C của" was read "phần Cổ của"; at 1
    /// a table's "|X Tân Phú" still reads "Xã" (bench t002 .0704 → .0687, as at 0).
    static let capitalLetterChangeLog10: Float = 1

    /// A lone consonant in garbled OCR ("chi b", "Đảng b" for "chi bộ", "Đảng bộ", a table's "X"
    /// for "Xã"): the English model prints a vowel with stacked marks as nothing often enough
    /// ("ộ" 61 times in its counts), so the channel reads it as the syllables it may open, next
    /// to the letter itself (a capital's readings cost more: `capitalLetterChangeLog10`).
    /// Units ("m", "đ") are kept as they are.
    static func mayHaveLostItsVowel(_ token: String) -> Bool {
        token.unicodeScalars.count == 1 && token.first.map { $0.isLetter } == true
            && !vowels.contains(token.lowercased()) && !MeasureUnits.loneLetters.contains(token)
    }

    /// The `count` readings likeliest by channel and the word's own frequency together (log10
    /// P(token | word) + log10 P(word)), in the channel's order. A short token has dozens of
    /// readings the channel finds about as likely: "do" is printed for "do", "đo", "dọ", "đọ",
    /// "dơ" nearly always, and for "độ" one time in seven; cut by the channel alone, rare
    /// syllables filled the list and "độ" of "tốc độ" never reached the decoder.
    static func likeliest(_ readings: [Candidate], keeping count: Int, model: LanguageModel) -> [Candidate] {
        guard readings.count > count else { return readings }
        let ranked = readings.indices.sorted { left, right in
            let a = readings[left].channelLog10 + model.unigramScore(model.wordID(readings[left].word) ?? LanguageModel.noWord)
            let b = readings[right].channelLog10 + model.unigramScore(model.wordID(readings[right].word) ?? LanguageModel.noWord)
            return a != b ? a > b : left < right
        }
        return ranked.prefix(count).sorted().map { readings[$0] }
    }

    /// A capitalised token the model knows that spells no Vietnamese syllable ("Kon" of a place
    /// name, "Jrai", a foreign name): the channel offers only syllables, so without it such a
    /// name was always rewritten ("Kon" → "On"). Kept as a candidate at an unknown token's cost
    /// (the caller checks the model knows it); whole capitals are more often a misread heading.
    static func looksLikeName(_ token: String, normalized: String) -> Bool {
        OCRCasePattern(of: token) == .capitalized && token.first?.isUppercase == true && normalized.count >= 2
            && !VietnameseSyllable.isValid(normalized) && !lostItsVowel(normalized)
    }

    /// log10 cost of printing an unknown token as it came: more for one that is no
    /// Vietnamese spelling than for one that is (a name, a rare word).
    func keepingCost(of normalized: String) -> Float {
        VietnameseSyllable.isSpelling(normalized.unicodeScalars) ? keepUnknownLog10 : keepNonWordLog10
    }

    /// A lower-case token of consonants only ("tnh" for "tỉnh"): no Vietnamese word, and
    /// the corpus knows it only as a misprint, so the channel may read it. A marked vowel is a
    /// vowel ("để" has one).
    static func lostItsVowel(_ token: String) -> Bool {
        token.unicodeScalars.count >= 2 && token.unicodeScalars.allSatisfy { scalar in
            guard let entry = LetterTable.entry(scalar), !entry.isUpper, let base = Unicode.Scalar(entry.base) else { return false }
            return !LetterTable.isVowel(base)
        }
    }
}

/// Readings per distinct token, shared by every paragraph of a run: documents repeat the
/// same tokens thousands of times and the channel costs a dynamic programme per candidate.
/// A lock guards the dictionary because the generator is shared across threads.
final class CandidateCache: Sendable {
    private let entries = Locked<[String: [Candidate]]>([:])

    func value(for token: String) -> [Candidate]? {
        entries.withLock { $0[token] }
    }

    func store(_ candidates: [Candidate], for token: String) {
        entries.withLock { entries in
            if entries.count > 200_000 { entries.removeAll() }
            entries[token] = candidates
        }
    }
}
