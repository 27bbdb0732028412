import Diacritics

/// Chooses the words of the model from the raw forms of the corpus: forms are normalised
/// (`WordForm`), their counts merged, rare ones dropped, and ids given by falling frequency so
/// that the most frequent words fit the narrow ids of 4-gram keys.
struct Vocabulary {
    /// Index = id; the reserved ids come first with their markers as text.
    var words: [String]
    /// Raw form id → final id (`Reserved.unknown` for dropped forms).
    var remap: [UInt32]

    init(forms: [String], counts: [UInt64], minimumCount: UInt64, maximumSize: Int) {
        let reserved = LanguageModel.Reserved.count
        var merged: [String: UInt64] = [:]
        var normalizedForms = [String](repeating: "", count: forms.count)
        for index in reserved..<forms.count {
            let word = WordForm.normalized(forms[index])
            normalizedForms[index] = word
            merged[word, default: 0] += counts[index]
        }
        let kept = merged.filter { $0.value >= minimumCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(0, min(maximumSize, Int(NGramHashing.maxTrigramID)) - reserved))
        words = Array(forms.prefix(reserved)) + kept.map(\.key)
        var finalIDs: [String: UInt32] = [:]
        for (offset, word) in words.enumerated().dropFirst(reserved) {
            finalIDs[word] = UInt32(offset)
        }
        remap = (0..<forms.count).map { index in
            index < reserved ? UInt32(index) : finalIDs[normalizedForms[index]] ?? LanguageModel.Reserved.unknown
        }
    }
}
