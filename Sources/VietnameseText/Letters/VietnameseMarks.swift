/// Removing and detecting Vietnamese diacritics (tone marks, breve, circumflex, horn, đ).
public enum VietnameseMarks {
    /// The text with every Vietnamese mark removed and case kept: "Đảng ủy" → "Dang uy".
    public static func strip(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let entry = LetterTable.entry(scalar), let plain = Unicode.Scalar(UInt32(entry.plain)) {
                result.append(entry.isUpper ? upperASCII(plain) : plain)
            } else if !isCombiningMark(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lowercase stripped form, the key under which the model groups the accented forms.
    public static func strippedKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let entry = LetterTable.entry(scalar), let plain = Unicode.Scalar(UInt32(entry.plain)) {
                result.append(plain)
            } else if !isCombiningMark(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when any scalar carries a Vietnamese mark (or is đ).
    public static func containsMarks(_ text: String) -> Bool {
        containsMarks(text.unicodeScalars)
    }

    @inlinable
    package static func containsMarks<Scalars: Sequence>(_ scalars: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        for scalar in scalars {
            if let entry = LetterTable.entry(scalar) {
                if entry.base != UInt32(entry.plain) || entry.tone != .ngang { return true }
            } else if isCombiningMark(scalar) {
                return true
            }
        }
        return false
    }

    @inlinable
    package static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value)
    }

    private static func upperASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (97...122).contains(scalar.value) ? Unicode.Scalar(scalar.value - 32) ?? scalar : scalar
    }
}
