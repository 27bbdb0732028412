import Foundation
import VietnameseText

/// Tells TCVN3, VNI and CP1258 text from Unicode text by what the decodings read like, never by the
/// file's name: each candidate decoding is split into words, and the words that hold anything
/// beyond ASCII are checked for Vietnamese spelling. A legacy encoding wins only when most of
/// its words are Vietnamese syllables and it reads better than the Unicode reading.
enum LegacyEncodingDetector {
    /// Enough text to judge by; the rest of a large file is decoded without being scored.
    static let sampleLimit = 64 * 1024
    /// Share of a legacy reading's non-ASCII words that must be Vietnamese syllables.
    static let minimumShare = 0.6
    /// Valid UTF-8 is taken for a legacy text only when it reads this badly itself.
    static let brokenUnicodeShare = 0.5

    struct Score: Equatable {
        var syllables = 0
        var others = 0

        var net: Int { syllables - others }
        var share: Double { syllables + others == 0 ? 0 : Double(syllables) / Double(syllables + others) }
    }

    /// The legacy encoding `bytes` are in, or nil when `unicodeReading` (the same bytes read as
    /// Unicode, with replacements unless `unicodeIsValid`) reads at least as well. Valid
    /// Unicode must moreover read badly on its own, since it is the likelier story.
    static func detect(_ bytes: [UInt8], unicodeReading: String, unicodeIsValid: Bool) -> TextEncoding? {
        let sample = bytes.prefix(sampleLimit)
        guard sample.contains(where: { $0 >= 0x80 }) else { return nil }
        let baseline = score(String(unicodeReading.prefix(sampleLimit)))
        if unicodeIsValid, baseline.syllables + baseline.others == 0 || baseline.share > brokenUnicodeShare { return nil }
        let readings = candidates.compactMap { encoding in decode(sample, as: encoding).map { (encoding, score($0)) } }
        guard let best = readings.max(by: { $0.1.net < $1.1.net }) else { return nil }
        guard best.1.syllables > 0, best.1.share >= minimumShare, best.1.net > baseline.net else { return nil }
        return best.0
    }

    /// The legacy encodings a text may be in, each read by its own table.
    static let candidates: [TextEncoding] = [.tcvn3, .vni, .cp1258]

    /// `bytes` read in a legacy encoding; nil for the Unicode ones, which are not read by a table.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> String? {
        switch encoding {
        case .tcvn3: TCVN3Table.decode(bytes)
        case .vni: VNITable.decode(bytes)
        case .cp1258: CP1258Table.decode(bytes)
        case .utf8, .utf8WithBOM, .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian: nil
        }
    }

    /// Counts the words with non-ASCII letters, marks or replacement characters that are, and
    /// are not, Vietnamese syllables. Words of plain ASCII read the same in every candidate,
    /// and symbols that are not letters ("÷", "25°C") say nothing about the encoding.
    static func score(_ text: String) -> Score {
        var score = Score()
        for word in words(of: text) where isEvidence(word) {
            if isSyllable(word) {
                score.syllables += 1
            } else {
                score.others += 1
            }
        }
        return score
    }

    /// A Vietnamese syllable in one case throughout ("Việt", "VIỆT"): a wrong decoding leaves
    /// letters of both cases inside a word ("vÒ" is a misread byte, not a word).
    static func isSyllable(_ word: Substring) -> Bool {
        let rest = word.dropFirst()
        let mixedCase = rest.contains(where: \.isUppercase)
            && (word.first?.isLowercase == true || rest.contains(where: \.isLowercase))
        guard !mixedCase else { return false }
        guard word.unicodeScalars.contains(where: VietnameseMarks.isCombiningMark) else {
            return VietnameseSyllable.isValid(word.unicodeScalars)
        }
        return VietnameseSyllable.isValid(word.precomposedStringWithCanonicalMapping)
    }

    private static func isEvidence(_ word: Substring) -> Bool {
        word.unicodeScalars.contains { scalar in
            !scalar.isASCII
                && (scalar.properties.isAlphabetic || scalar == .replacement || scalar.properties.generalCategory == .control)
        }
    }

    /// Words split at spaces and punctuation. Symbols a wrong decoding produces ("¸", "µ",
    /// U+FFFD) are not separators, so they stay inside the word and spoil it.
    static func words(of text: String) -> [Substring] {
        text.split { character in
            guard let scalar = character.unicodeScalars.first else { return true }
            if scalar.isASCII { return !(character.isLetter || character.isNumber) }
            return character.isWhitespace || (0x2000...0x206F).contains(scalar.value)
        }
    }
}
