import Foundation
import VietnameseText

/// The one spelling under which the model stores a word: lowercase, NFC, tone mark placed by
/// the old-style convention ("Hoà" → "hòa").
package enum WordForm {
    package static func normalized(_ raw: String) -> String {
        var word = raw.lowercased()
        if word.unicodeScalars.contains(where: VietnameseMarks.isCombiningMark) {
            word = word.precomposedStringWithCanonicalMapping
        }
        return VietnameseSyllable.normalizingTonePlacement(word)
    }
}
