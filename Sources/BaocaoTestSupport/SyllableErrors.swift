import Foundation

/// The bench scorer's syllable errors (`score.py text`, SER's numerator) for one page: the
/// token-level edit distance between the words (runs of letters and digits, case-folded) of
/// a reference page and of a page read or restored.
package enum SyllableErrors {
    package static func between(reference: String, hypothesis: String) -> Int {
        let expected = words(reference), actual = words(hypothesis)
        var row = Array(0...actual.count)
        for (index, word) in expected.enumerated() {
            var diagonal = row[0]
            row[0] = index + 1
            for column in actual.indices {
                let above = row[column + 1]
                row[column + 1] = min(above + 1, row[column] + 1, diagonal + (word == actual[column] ? 0 : 1))
                diagonal = above
            }
        }
        return row[actual.count]
    }

    /// Words as score.py reads them (`[^\W_]+`, lowercased): letters, marks and digits.
    package static func words(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }
}
