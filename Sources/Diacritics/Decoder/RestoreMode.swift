/// What the text handed to `Restorer` is believed to be.
public enum RestoreMode: String, Sendable, CaseIterable {
    /// Decide line by line from the text itself (see `LineTreatments`): stripped text is
    /// restored, garbled OCR corrected, good text left as it is.
    case auto
    /// Accents removed: restore every word.
    case stripped
    /// OCR made with a model that does not know Vietnamese: garbled letters and marks.
    case ocr
    /// Good OCR or already accented text: change a word only where the model is confident.
    case post
}
