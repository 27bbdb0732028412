import VietnameseText

/// The tokenizer shared by model building and decoding, so that both see the same units.
/// Text is cut into pieces that together cover every scalar: words (letter runs, digits allowed), numbers
/// (digit runs joined by . , / : -), whitespace and single punctuation marks.
package enum TextPieces {
    /// With `gluingDigits`, letters and digits glued together ("s6", "x4", "H5N1") stay one
    /// word, as OCR of Vietnamese often reads a marked letter as a digit; otherwise digits
    /// split words ("thực5" from a footnote mark is "thực" and a number).
    package static func split(_ scalars: [Unicode.Scalar], gluingDigits: Bool = false) -> [TextPiece] {
        split(scalars) { _ in gluingDigits }
    }

    /// `gluingDigits(index)`: whether a word starting at `index` may glue digits (the OCR
    /// lines of a text, see `LineTreatments`).
    static func split(_ scalars: [Unicode.Scalar], gluingDigits: (Int) -> Bool) -> [TextPiece] {
        var pieces: [TextPiece] = []
        pieces.reserveCapacity(scalars.count / 3)
        var index = 0
        while index < scalars.count {
            let start = index
            let scalar = scalars[index]
            let glues = (isLetter(scalar) || ScalarClass.isDigit(scalar)) && gluingDigits(index)
            if glues, let end = endOfDocumentCode(scalars, from: index) {
                // A code such as "44-CTr/TU" is kept whole, as a number is: its letter parts
                // are abbreviations, not syllables for the channel to rewrite.
                index = end
                pieces.append(TextPiece(kind: .number, range: start..<index))
            } else if glues, let end = endOfGluedWord(scalars, from: index) {
                index = end
                pieces.append(TextPiece(kind: .word, range: start..<index))
            } else if isLetter(scalar) {
                while index < scalars.count && isLetter(scalars[index]) { index += 1 }
                pieces.append(TextPiece(kind: .word, range: start..<index))
            } else if ScalarClass.isDigit(scalar) {
                index = endOfNumber(scalars, from: index)
                pieces.append(TextPiece(kind: .number, range: start..<index))
            } else if ScalarClass.isWhitespace(scalar) {
                var newlines = 0
                var formFeed = false
                while index < scalars.count && ScalarClass.isWhitespace(scalars[index]) {
                    if scalars[index] == "\n" { newlines += 1 }
                    if scalars[index] == "\u{0C}" { formFeed = true }
                    index += 1
                }
                let kind: TextPiece.Kind = formFeed || newlines > 1 ? .paragraphBreak : .space
                pieces.append(TextPiece(kind: kind, range: start..<index))
            } else {
                index += 1
                let kind: TextPiece.Kind = sentenceEnders.contains(scalar) ? .sentenceEnd : .punctuation
                pieces.append(TextPiece(kind: kind, range: start..<index))
            }
        }
        return pieces
    }

    static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", "?", ";", ":", "…"]
    private static let numberJoiners: Set<Unicode.Scalar> = [".", ",", "/", ":", "-"]

    /// End of a document code starting here ("25-NQ/TW", "44-CTr/TU", "09/2024/NĐ-CP"): at the
    /// start of a token, letters and digits joined by "/" and "-" holding a slash, a part of
    /// digits only (the code's number), and every part with letters starting with a capital
    /// (units such as "đồng/ha/năm", "tr.đ/17.500" are lower case and go to the decoder); a final
    /// "." or "," is the sentence's. Words in capitals joined by a slash with a digit only inside
    /// a word ("BAO/S6", a gazette header's "BÁO/SỐ" with "Ố" read "6") are no code: each part
    /// is a word for the channel.
    static func endOfDocumentCode(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start == 0 || ScalarClass.isWhitespace(scalars[start - 1]) || "(\"“'".unicodeScalars.contains(scalars[start - 1]),
              ScalarClass.isDigit(scalars[start]) || isLetter(scalars[start]) else { return nil }
        var index = start
        var slash = false, letter = false
        var numberPart = false, partHasLetter = false, partHasDigit = false
        var partLowerVowels = 0, partLower = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isDigit(scalar) {
                partHasDigit = true
            } else if isLetter(scalar) {
                // A stand-in for an OCR symbol ("¢" read in "TT¢g") is the decoder's to turn back.
                if OCRTextRepair.symbolsOfStandIns[scalar] != nil { return nil }
                if !partHasLetter && !scalar.properties.isUppercase { return nil }
                if partHasLetter && scalar.properties.isLowercase {
                    partLower += 1
                    if LetterTable.entry(scalar).flatMap({ Unicode.Scalar($0.base) }).map(LetterTable.isVowel) ?? false { partLowerVowels += 1 }
                }
                letter = true
                partHasLetter = true
            } else if scalar == "/" || scalar == "-" {
                guard index + 1 < scalars.count, ScalarClass.isDigit(scalars[index + 1]) || isLetter(scalars[index + 1]) else { break }
                if isCapitalisedWord(lower: partLower, lowerVowels: partLowerVowels) { return nil }
                slash = slash || scalar == "/"
                numberPart = numberPart || (partHasDigit && !partHasLetter)
                partHasLetter = false
                partHasDigit = false
                partLower = 0
                partLowerVowels = 0
            } else {
                break
            }
            index += 1
        }
        numberPart = numberPart || (partHasDigit && !partHasLetter)
        guard slash, numberPart, letter, !isCapitalisedWord(lower: partLower, lowerVowels: partLowerVowels) else { return nil }
        // The token must end here: "25-NQ/TW." or "25-NQ/TW," but not "25-NQ/TWxyz" glued on.
        guard index == scalars.count || ScalarClass.isWhitespace(scalars[index]) || ".,;:)\"”'".unicodeScalars.contains(scalars[index])
        else { return nil }
        return index
    }

    /// A part of a code that is a capitalised word, not an abbreviation: a capital and at
    /// least two lower-case letters, a vowel among them ("578/Ngày" in a gazette's page header
    /// is a number and a word; "QĐ-TTg", "44-CTr/TU" hold abbreviations).
    static func isCapitalisedWord(lower: Int, lowerVowels: Int) -> Bool {
        lower >= 2 && lowerVowels >= 1
    }

    /// End of a run of letters and digits starting here, if it holds a letter.
    private static func endOfGluedWord(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var hasLetter = false
        while index < scalars.count {
            if isLetter(scalars[index]) {
                hasLetter = true
            } else if !ScalarClass.isDigit(scalars[index]) {
                break
            }
            index += 1
        }
        return hasLetter ? index : nil
    }

    private static func endOfNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            if ScalarClass.isDigit(scalars[index]) {
                index += 1
            } else if numberJoiners.contains(scalars[index]), index + 1 < scalars.count, ScalarClass.isDigit(scalars[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// A scalar of a word: a letter, or a combining mark that belongs to the letter before it.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || VietnameseMarks.isCombiningMark(scalar)
    }
}

extension String {
    /// The text of some scalars, written straight as UTF-8 (appending to a UnicodeScalarView
    /// costs a copy per append).
    package init(scalars: ArraySlice<Unicode.Scalar>) {
        let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
