import Foundation
import VietnameseText

/// Tesseract's Vietnamese model knows Latin letters that Vietnamese never writes and puts
/// them in Vietnamese words ("theø" for "theo", "ñày" for "này", "cảï" for "cải"): such a
/// letter (no `LetterTable` entry) that is a Latin letter with a mark, inside a word, is its
/// letter without it, so the word is spelt with letters the channel and the model know. A
/// lone one is a sign ("ống Ø 20", the diameter) and stays, as do letters without a mark to
/// drop ("ß", "æ"). The eth ("Ð", "ð") is drawn as the Vietnamese "Đ", "đ" and is that
/// letter wherever it stands ("Biểu số 03/ÐT", "bà Ð. T."): Vietnamese never writes an eth,
/// not even as a sign. One scalar for one, as in `SquareUnitRepair`.
enum ForeignLetterRepair {
    /// Letters drawn with a stroke rather than a combining mark.
    static let struck: [Unicode.Scalar: Unicode.Scalar] = ["ø": "o", "Ø": "O"]
    /// Foreign letters drawn as a Vietnamese letter: that letter even alone.
    static let vietnameseLookalikes: [Unicode.Scalar: Unicode.Scalar] = ["ð": "đ", "Ð": "Đ"]

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        for index in scalars.indices where !scalars[index].isASCII {
            if let letter = vietnameseLookalikes[scalars[index]] {
                scalars[index] = letter
                continue
            }
            let besideLetter = index > 0 && TextPieces.isLetter(scalars[index - 1])
                || index + 1 < scalars.count && TextPieces.isLetter(scalars[index + 1])
            if besideLetter, let plain = plainLetter(scalars[index]) { scalars[index] = plain }
        }
    }

    /// The ASCII letter under a non-Vietnamese Latin letter; nil for Vietnamese letters and
    /// anything else.
    static func plainLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard LetterTable.entry(scalar) == nil, scalar.properties.isAlphabetic,
              Int(scalar.value) < LetterTable.limit else { return nil }
        if let letter = struck[scalar] { return letter }
        guard let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              first.isASCII, first.properties.isAlphabetic else { return nil }
        return first
    }
}
