import Foundation
import VietnameseText

/// Restores Vietnamese diacritics in text, keeping every other character where it was:
/// whitespace (line breaks, form feeds), numbers, codes, punctuation and capitalisation.
public struct Restorer: Sendable {
    public let model: LanguageModel
    let stripped: any CandidateGenerator
    let conservative: any CandidateGenerator
    let ocr: any CandidateGenerator
    /// Hypotheses kept per position: 8 loses almost nothing against 16 and runs twice as fast.
    public var beamWidth = 8

    /// `ocrCandidates` proposes readings of garbled OCR tokens; without it, `ocr` text is
    /// corrected like good text, with a smaller cost for changing misspelt tokens.
    public init(model: LanguageModel, ocrCandidates: (any CandidateGenerator)? = nil,
                postCandidates: (any CandidateGenerator)? = nil) {
        self.model = model
        stripped = StrippedCandidateGenerator()
        conservative = postCandidates ?? Self.plainPostCandidates
        ocr = ocrCandidates ?? Self.plainOCRCandidates
    }

    /// Without a learned channel: good text changes only where the model is confident, and
    /// garbled OCR text pays less for changing a misspelt token.
    static let plainPostCandidates: any CandidateGenerator = ConservativeCandidateGenerator()
    static let plainOCRCandidates: any CandidateGenerator = ConservativeCandidateGenerator(replaceKnown: 3, replaceUnknown: 0.5)

    public func restore(_ text: String, mode: RestoreMode) -> String {
        // Codes and apostrophe horns are repaired on the raw OCR text (see OCRTextRepair);
        // `auto` does the same for a text that is garbled as a whole (English-model OCR).
        // The text is read into scalars once; what follows reads the array.
        var scalars = Self.scalars(of: text)
        let garbledOCR = mode == .ocr || (mode == .auto && OCRTextRepair.isGarbled(scalars, model: model))
        if garbledOCR { scalars = Self.scalars(of: OCRTextRepair.apply(text)) }
        // NFC only changes text holding combining marks; most input has none.
        let needsNFC = scalars.contains(where: VietnameseMarks.isCombiningMark)
        if needsNFC { scalars = Self.scalars(of: String(scalars: scalars[...]).precomposedStringWithCanonicalMapping) }
        // Only the OCR channel reads letters and digits glued together as one token.
        let pieces = TextPieces.split(scalars, gluingDigits: garbledOCR)
        // New text by piece index (most pieces keep theirs).
        var replacements = [String?](repeating: nil, count: pieces.count)
        var slots = SlotCache()
        var decoding = BeamDecoder.Scratch()
        var pending: [PendingSentence] = []
        var start = 0
        for (index, piece) in pieces.enumerated() where piece.kind == .paragraphBreak || index == pieces.count - 1 {
            let end = piece.kind == .paragraphBreak ? index : index + 1
            let paragraph = start..<end
            if let generator = generator(for: pieces[paragraph], scalars: scalars, mode: mode) {
                restoreParagraph(pieces: pieces, range: paragraph, scalars: scalars, generator: generator,
                                 slots: &slots, pending: &pending, decoding: &decoding, into: &replacements)
            }
            start = index + 1
        }
        decode(&pending, pieces: pieces, scalars: scalars, scratch: &decoding, into: &replacements)
        // Good text in `auto` mode comes back as it was.
        if !needsNFC && !garbledOCR && !replacements.contains(where: { $0 != nil }) { return text }
        // UTF-8 bytes, not String.UnicodeScalarView: appending slices to the view copies.
        var output: [UInt8] = []
        output.reserveCapacity(scalars.count * 2)
        for (index, piece) in pieces.enumerated() {
            if let replacement = replacements[index] {
                output.append(contentsOf: replacement.utf8)
            } else {
                for scalar in scalars[piece.range] {
                    UTF8.encode(scalar) { output.append($0) }
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalars of a text, reserved from its UTF-8 length (Array(text.unicodeScalars)
    /// walks the text twice: once to count).
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    private func generator(for pieces: ArraySlice<TextPiece>, scalars: [Unicode.Scalar], mode: RestoreMode) -> (any CandidateGenerator)? {
        switch mode {
        case .stripped: return stripped
        case .post: return conservative
        case .ocr: return ocr
        case .auto:
            let kind = scalars.withUnsafeBufferPointer { scalars in
                ParagraphKind.classify(pieces.lazy.filter { $0.kind == .word }.map { UnsafeBufferPointer(rebasing: scalars[$0.range]) },
                                       model: model)
            }
            switch kind {
            case .stripped: return stripped
            case .garbled: return ocr
            // Good text is left as it is: `auto` never risks it, and never spends a decoder
            // pass on it. Residual errors of a good OCR are what `post` is for.
            case .good: return nil
            case .empty: return nil
            }
        }
    }
}
