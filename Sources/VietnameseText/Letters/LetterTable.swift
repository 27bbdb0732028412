/// Per-scalar facts about Vietnamese letters, packed in one flat array so that stripping and
/// parsing a syllable cost a table read per scalar instead of a Unicode property query.
@usableFromInline package enum LetterTable {
    /// Each row: the base letter (with its shape mark), then its five toned forms in `Tone` order.
    package static let toneRows = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]

    /// Covers Latin-1, Latin Extended-A/B and Latin Extended Additional, where every
    /// precomposed Vietnamese letter lives.
    @usableFromInline package static let limit = 0x1F00

    @usableFromInline package struct Entry: Sendable {
        /// Lowercase letter with its shape mark but no tone ("ấ" → "â").
        @usableFromInline package var base: UInt32
        @usableFromInline package var tone: Tone
        @usableFromInline package var isUpper: Bool
        /// Lowercase ASCII letter left after removing every mark ("ấ" → "a", "đ" → "d").
        @usableFromInline package var plain: UInt8
        /// The base letter as `SyllableLetters` numbers it.
        @usableFromInline package var code: UInt8
    }

    @usableFromInline package static let entries: [Entry?] = {
        var table = [Entry?](repeating: nil, count: limit)
        func register(_ scalar: Unicode.Scalar, base: Unicode.Scalar, tone: Tone, plain: Unicode.Scalar) {
            guard let ascii = UInt8(exactly: plain.value) else { return }
            let code = SyllableLetters.code(ofBase: base)
            table[Int(scalar.value)] = Entry(base: base.value, tone: tone, isUpper: false, plain: ascii, code: code)
            for upper in String(scalar).uppercased().unicodeScalars where upper != scalar && Int(upper.value) < limit {
                table[Int(upper.value)] = Entry(base: base.value, tone: tone, isUpper: true, plain: ascii, code: code)
            }
        }
        for code in UInt32(97)...122 {
            guard let scalar = Unicode.Scalar(code) else { continue }
            register(scalar, base: scalar, tone: .ngang, plain: scalar)
        }
        register("đ", base: "đ", tone: .ngang, plain: "d")
        for row in toneRows {
            let scalars = Array(row.unicodeScalars)
            let plain = plainLetter(of: scalars[0])
            for (index, scalar) in scalars.enumerated() {
                register(scalar, base: scalars[0], tone: Tone(rawValue: index) ?? .ngang, plain: plain)
            }
        }
        return table
    }()

    /// Toned forms by base letter, for putting a tone back on a vowel.
    static let tonedForms: [UInt32: [Unicode.Scalar]] = {
        var forms: [UInt32: [Unicode.Scalar]] = [:]
        for row in toneRows {
            let scalars = Array(row.unicodeScalars)
            forms[scalars[0].value] = scalars
        }
        return forms
    }()

    @inlinable
    package static func entry(_ scalar: Unicode.Scalar) -> Entry? {
        let value = Int(scalar.value)
        return value < limit ? entries[value] : nil
    }

    package static func compose(base: Unicode.Scalar, tone: Tone) -> Unicode.Scalar {
        tonedForms[base.value]?[tone.rawValue] ?? base
    }

    package static func isVowel(_ base: Unicode.Scalar) -> Bool {
        tonedForms[base.value] != nil
    }

    private static func plainLetter(of base: Unicode.Scalar) -> Unicode.Scalar {
        switch base {
        case "ă", "â": "a"
        case "ê": "e"
        case "ô", "ơ": "o"
        case "ư": "u"
        default: base
        }
    }
}
