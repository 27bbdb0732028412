import Foundation

/// The words of a text, lower-cased NFC, letters only: what the end-to-end tests compare.
func lowercaseWords(_ text: String) -> [String] {
    text.precomposedStringWithCanonicalMapping.lowercased()
        .split { !$0.isLetter }
        .map(String.init)
}
