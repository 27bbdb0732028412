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
            channel("vie").map { OCRChannelCandidates.post(channel: $0, languageModel: model, worn: false) } ?? Restorer.plainPostCandidates
        }
        // Built on the first worn page (see WornPages); most runs never see one.
        let worn = DeferredCandidates {
            channel("vie").map { OCRChannelCandidates.post(channel: $0, languageModel: model, worn: true) } ?? Restorer.plainPostCandidates
        }
        return Restorer(model: model, ocrCandidates: ocr, postCandidates: post, wornPostCandidates: worn)
    }
}

extension OCRChannelCandidates {
    /// `post`'s reading of good OCR through the Vietnamese model's channel. Real syllables
    /// change only where the language model is confident; on a worn page (`worn`) a toned
    /// letter may also be read as any misreading its other tones were seen with, at a smaller
    /// change cost. Tokens that are no syllable are misread for certain and read with a floor
    /// under every misreading, on every page.
    static func post(channel: OCRChannelModel, languageModel: LanguageModel, worn: Bool) -> OCRChannelCandidates {
        var strict = channel
        strict.poolsTones = worn
        // Good OCR does not break marked vowels into "d"/"r"; there those letters are right ("trđ").
        strict.readsBrokenVowelMarks = false
        strict.unseenMarkFloor = postUnseenMarkFloor
        var generator = OCRChannelCandidates(channel: strict, languageModel: languageModel, widePool: false)
        generator.changeLog10 = worn ? postWornChangeLog10 : postChangeLog10
        generator.keepsUnsure = true
        // Good OCR's unknown tokens are mostly right (names, foreign words): keeping one costs
        // what keeping any unknown token does; a misread non-word is read through `loose` below.
        generator.keepNonWordLog10 = generator.keepUnknownLog10
        var loose = strict
        loose.poolsTones = true
        loose.unseenMarkFloor = postUnseenMarkFloor
        loose.misreadingFloor = postMisreadingFloor
        generator.readsNonWords(through: loose, changeLog10: postNonWordChangeLog10)
        return generator
    }

    /// Good OCR is right almost everywhere: a change must win by this much (log10) on top
    /// of the channel, so only a confident language model rewrites a word.
    public static let postChangeLog10: Float = 1.5
    /// Least probability of an unseen vowel-shape confusion in good OCR (see
    /// OCRChannelModel.unseenMarkFloor): with the change cost above, a confident language
    /// model turns "đẳng ủy" into "đảng ủy" and "phối họp" into "phối hợp". Chosen on the bench
    /// and our dev scans (seeds 32, 34): 1e-3 and 3e-3 fix the same bench words, 3e-3 a few
    /// more on the scans; 1e-2 starts to cost a bench word.
    public static let postUnseenMarkFloor: Double? = 3e-3
    /// Change cost on a worn page, where real syllables are misread too: chosen on the dev
    /// scans (seeds 32–36): 1.5 and 0.5 leave one or two errors more than 1.0.
    public static let postWornChangeLog10: Float = 1.0
    /// A token that is no syllable is misread for certain: its reading pays less to win.
    public static let postNonWordChangeLog10: Float = 0.5
    /// Least probability of any one misreading of a letter in a token that is no syllable
    /// (OCRChannelModel.misreadingFloor): "lheo" is "theo", "xiệc" "việc" on a faded page. Dev
    /// scans: 1e-3, 1e-2 and 3e-2 leave 466, 466 and 465 errors; none costs a bench word.
    public static let postMisreadingFloor: Double = 3e-2
}
