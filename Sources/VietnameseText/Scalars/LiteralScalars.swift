/// Scalars that are their own canonical form and never combine with a neighbour: Latin,
/// Latin-1 and Latin Extended letters, the precomposed Vietnamese vowels, dashes, quotes,
/// superscripts, currency signs, arrows, operators and shapes. Left out: the ignorable soft
/// hyphen, zero-width and direction controls, combining marks, and scripts that compose.
///
/// Nearly every line of a PDF text layer is made of them. On such text normalisation to NFC
/// changes nothing, a character's properties are its scalar's, and a search by bytes finds what
/// a search under canonical equivalence finds, so the normalisation, Structure and Figures take
/// scalar paths there and keep the general (slower) ones for any other text.
package enum LiteralScalars {
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Latin, Latin-1, Latin Extended A and B, IPA, spacing modifiers (not the soft hyphen).
        case 0x00..<0xAD, 0xAE..<0x300: true
        // Latin Extended Additional: the precomposed Vietnamese vowels.
        case 0x1E00..<0x1F00: true
        // Dashes, quotes, bullets, ellipsis (not the zero-width and direction controls).
        case 0x2010..<0x202A, 0x202F..<0x2060: true
        // Superscripts, subscripts, currency signs.
        case 0x2070..<0x20D0: true
        // Arrows, mathematical operators; box drawing, shapes, dingbats.
        case 0x2190..<0x2300, 0x2500..<0x27C0: true
        default: false
        }
    }

    /// Whether every character of `text` is one such scalar: no carriage return either, which
    /// makes one character with a following line feed.
    package static func holdAlone(in text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } || text.unicodeScalars.allSatisfy { contains($0) && $0 != "\r" }
    }
}
