import BaocaoTestSupport
import Testing
import VietnameseText
@testable import Diacritics

/// The price the Vietnamese-model channel puts on reading a token as one syllable of a small
/// inventory, with the model set up as a test needs (tones pooled or not, a floor or none): the
/// one lookup the floor tests make, written once.
enum ChannelReadingProbe {
    static func logProbability(
        of reading: String, for token: String, among stripped: [String], configure: (inout OCRChannelModel) -> Void
    ) throws -> Double {
        var model = try OCRChannelModel(contentsOf: Fixtures.dictionary("ocr-channel-vie.tsv"))
        configure(&model)
        let inventory = stripped.flatMap { VietnameseSyllable.accentedForms(ofStripped: $0) }
        let candidates = OCRCandidateGenerator(model: model, syllables: inventory).candidates(for: token)
        let found = try #require(candidates.first { $0.display == reading }, "\(token): \(candidates.map(\.display))")
        return found.logProbability
    }
}
