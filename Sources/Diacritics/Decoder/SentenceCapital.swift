import VietnameseText

/// In good OCR a capitalised word the model never saw is kept as a name ("Kạn"), but at the
/// start of a sentence or paragraph the capital says nothing of a name: there a misread word
/// ("Lheo pháp luật", "Irường hợp", "Đieu 229") was kept as if it were one. `post` reads such
/// a token as its small form, so the channel and the language model weigh it as they weigh
/// the same token inside a sentence; the capital is put back on whatever is chosen.
enum SentenceCapital {
    /// The token of the word piece at `index` as `post` reads it: its first letter small when
    /// it is a capitalised word the model does not know that opens a sentence; nil otherwise.
    static func smallForm(of index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar],
                          treatment: LineTreatments.Treatment, model: LanguageModel) -> [Unicode.Scalar]? {
        guard treatment == .post || treatment == .postWorn else { return nil }
        let token = scalars[pieces[index].range]
        guard token.count >= 2, let first = token.first, CasePattern.isUpper(first),
              !token.dropFirst().contains(where: CasePattern.isUpper),
              let small = DoubledLetterRepair.small(first) else { return nil }
        guard model.wordID(WordForm.normalized(String(scalars: token))) == nil,
              DigitLedCase.opensSentence(index, pieces: pieces, scalars: scalars) else { return nil }
        return [small] + token.dropFirst()
    }
}
