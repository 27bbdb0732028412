import Foundation

extension OCRChannelModel {
    /// File names of the shipped channel models: Tesseract's English model reading Vietnamese
    /// (`ocr` mode) and its Vietnamese model (`post` mode).
    public static func fileName(language: String) -> String { "ocr-channel-\(language).tsv" }
}

extension Restorer {
    /// A restorer whose `ocr` and `post` modes use the learned OCR channels stored next to
    /// the language model (Dictionaries/ocr-channel-eng.tsv, -vie.tsv). A channel file that
    /// is missing leaves that mode on the plain conservative candidates.
    public static func withOCRChannels(model: LanguageModel, dictionaries: URL) -> Restorer {
        @Sendable func channel(_ language: String) -> OCRChannelModel? {
            try? OCRChannelModel(contentsOf: dictionaries.appendingPathComponent(OCRChannelModel.fileName(language: language)))
        }
        let ocr = DeferredCandidates {
            channel("eng").map { OCRChannelCandidates(channel: $0, languageModel: model) } ?? Restorer.plainOCRCandidates
        }
        let post = DeferredCandidates {
            guard var strict = channel("vie") else { return Restorer.plainPostCandidates }
            strict.poolsTones = false
            strict.readsBrokenVowelMarks = false
            strict.unseenMarkFloor = OCRChannelCandidates.postUnseenMarkFloor
            var generator = OCRChannelCandidates(channel: strict, languageModel: model)
            generator.changeLog10 = OCRChannelCandidates.postChangeLog10
            generator.keepsUnsure = true
            // Good OCR's unknown tokens are mostly right (names, foreign words): no extra cost.
            generator.keepNonWordLog10 = generator.keepUnknownLog10
            return generator
        }
        return Restorer(model: model, ocrCandidates: ocr, postCandidates: post)
    }
}

extension OCRChannelCandidates {
    /// Good OCR is right almost everywhere: a change must win by this much (log10) on top
    /// of the channel, so only a confident language model rewrites a word.
    public static let postChangeLog10: Float = 1.5
    /// Least probability of an unseen vowel-shape confusion in good OCR (see
    /// OCRChannelModel.unseenMarkFloor): with the change cost above, a confident language
    /// model turns "đẳng ủy" into "đảng ủy" and "phối họp" into "phối hợp". Chosen on the bench
    /// and our dev scans (seeds 32, 34): 1e-3 and 3e-3 fix the same bench words, 3e-3 a few
    /// more on the scans; 1e-2 starts to cost a bench word.
    public static let postUnseenMarkFloor: Double? = 3e-3
}
