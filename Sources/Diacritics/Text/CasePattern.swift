import VietnameseText

/// Carries the capitalisation of the input token over to the restored form.
enum CasePattern {
    static func apply(from original: ArraySlice<Unicode.Scalar>, to word: String) -> String {
        // Most tokens are lower case: the word as the model spells it, nothing built.
        guard original.contains(where: isUpper) else { return word }
        let target = Array(word.unicodeScalars)
        if target.count == original.count {
            var view = String.UnicodeScalarView()
            for (letter, source) in zip(target, original) {
                if isUpper(source) {
                    view.append(contentsOf: String(letter).uppercased().unicodeScalars)
                } else {
                    view.append(letter)
                }
            }
            return String(view)
        }
        let uppers = original.filter(isUpper).count
        if uppers == original.count && uppers > 1 { return word.uppercased() }
        if let first = original.first, isUpper(first) { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if let entry = LetterTable.entry(scalar) { return entry.isUpper }
        return scalar.properties.isUppercase
    }
}
