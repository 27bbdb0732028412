/// The Windows code page the legacy Vietnamese fonts were laid over. Bytes the Vietnamese
/// tables leave free keep their Windows meaning, since that is what the font showed: curly
/// quotes, dashes and the bullet in 0x80–0x9F, Latin-1 above.
enum Windows1252 {
    /// 0x80–0x9F; the five holes of the code page stay as the C1 control of the same value.
    private static let c1Range: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return c1Range[Int(byte) - 0x80] }
        return Unicode.Scalar(byte)
    }

    /// The byte a scalar stands for in this code page, nil when it has none.
    static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value <= 0xFF, !(0x80...0x9F).contains(scalar.value) { return UInt8(scalar.value) }
        return c1Range.firstIndex(of: scalar).map { UInt8(0x80 + $0) }
    }
}
