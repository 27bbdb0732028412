import Foundation

/// Restores Vietnamese diacritics in text, keeping every other character where it was:
/// whitespace (line breaks, form feeds), numbers, codes, punctuation and capitalisation.
public struct Restorer: Sendable {
    public let model: LanguageModel
    let stripped: any CandidateGenerator
    let conservative: any CandidateGenerator
    let ocr: any CandidateGenerator
    /// Hypotheses kept per position; wider is slower and rarely better past 16.
    public var beamWidth = 16

    /// `ocrCandidates` proposes readings of garbled OCR tokens; without it, `ocr` text is
    /// corrected like good text, with a smaller cost for changing misspelt tokens.
    public init(model: LanguageModel, ocrCandidates: (any CandidateGenerator)? = nil,
                postCandidates: (any CandidateGenerator)? = nil) {
        self.model = model
        stripped = StrippedCandidateGenerator()
        conservative = postCandidates ?? ConservativeCandidateGenerator()
        ocr = ocrCandidates ?? ConservativeCandidateGenerator(replaceKnown: 3, replaceUnknown: 0.5)
    }

    public func restore(_ text: String, mode: RestoreMode) -> String {
        // Codes and apostrophe horns are repaired on the raw OCR text (see OCRTextRepair).
        let source = mode == .ocr ? OCRTextRepair.apply(text) : text
        let scalars = Array(source.precomposedStringWithCanonicalMapping.unicodeScalars)
        // Only the OCR channel reads letters and digits glued together as one token.
        let pieces = TextPieces.split(scalars, gluingDigits: mode == .ocr)
        var replacements: [Int: String] = [:]
        var start = 0
        for (index, piece) in pieces.enumerated() where piece.kind == .paragraphBreak || index == pieces.count - 1 {
            let end = piece.kind == .paragraphBreak ? index : index + 1
            let paragraph = start..<end
            if let generator = generator(for: pieces[paragraph], scalars: scalars, mode: mode) {
                restoreParagraph(pieces: pieces, range: paragraph, scalars: scalars, generator: generator, into: &replacements)
            }
            start = index + 1
        }
        var output = String.UnicodeScalarView()
        for (index, piece) in pieces.enumerated() {
            if let replacement = replacements[index] {
                output.append(contentsOf: replacement.unicodeScalars)
            } else {
                output.append(contentsOf: scalars[piece.range])
            }
        }
        return String(output)
    }

    private func generator(for pieces: ArraySlice<TextPiece>, scalars: [Unicode.Scalar], mode: RestoreMode) -> (any CandidateGenerator)? {
        switch mode {
        case .stripped: return stripped
        case .post: return conservative
        case .ocr: return ocr
        case .auto:
            let words = pieces.filter { $0.kind == .word }.map { String(String.UnicodeScalarView(scalars[$0.range])) }
            switch ParagraphKind.classify(words, model: model) {
            case .stripped: return stripped
            case .garbled: return ocr
            case .good: return conservative
            case .empty: return nil
            }
        }
    }
}
