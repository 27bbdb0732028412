import Foundation

/// The normalisation every line of text goes through: NFC, one tone-placement
/// convention, split syllables rejoined, spaces collapsed.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: "\u{00AD}", with: "")
            .collapsingSpaces()
        return SyllableJoiner.apply(TonePlacement.apply(composed))
    }
}
