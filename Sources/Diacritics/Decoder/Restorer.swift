import Foundation
import VietnameseText

/// Restores Vietnamese diacritics in text, keeping every other character where it was:
/// whitespace (line breaks, form feeds), numbers, codes, punctuation and capitalisation.
public struct Restorer: Sendable {
    public let model: LanguageModel
    let stripped: any CandidateGenerator
    let conservative: any CandidateGenerator
    let ocr: any CandidateGenerator
    /// Good OCR of worn pages (see `WornPages`).
    let worn: any CandidateGenerator
    /// Hypotheses kept per position: 8 loses almost nothing against 16 and runs twice as fast.
    public var beamWidth = 8

    /// `ocrCandidates` proposes readings of garbled OCR tokens; without it, `ocr` text is
    /// corrected like good text, with a smaller cost for changing misspelt tokens.
    public init(model: LanguageModel, ocrCandidates: (any CandidateGenerator)? = nil,
                postCandidates: (any CandidateGenerator)? = nil, wornPostCandidates: (any CandidateGenerator)? = nil) {
        self.model = model
        stripped = StrippedCandidateGenerator()
        conservative = postCandidates ?? Self.plainPostCandidates
        worn = wornPostCandidates ?? conservative
        ocr = ocrCandidates ?? Self.plainOCRCandidates
    }

    /// Without a learned channel: good text changes only where the model is confident, and
    /// garbled OCR text pays less for changing a misspelt token.
    static let plainPostCandidates: any CandidateGenerator = ConservativeCandidateGenerator()
    static let plainOCRCandidates: any CandidateGenerator = ConservativeCandidateGenerator(replaceKnown: 3, replaceUnknown: 0.5)

    public func restore(_ text: String, mode: RestoreMode) -> String {
        // The text is read into scalars once; what follows reads the array.
        var scalars = Self.scalars(of: text)
        // NFC only changes text holding combining marks; most input has none.
        let needsNFC = scalars.contains(where: VietnameseMarks.isCombiningMark)
        if needsNFC { scalars = Self.scalars(of: String(scalars: scalars[...]).precomposedStringWithCanonicalMapping) }
        // Codes and apostrophe horns are repaired on the raw OCR text of garbled lines (see
        // OCRTextRepair); every line keeps its line break, so lines stay where they were.
        var repaired = false
        let lineOf: LineTreatments.PerScalar
        if let uniform = Self.uniformTreatment(mode) {
            // One treatment for the whole text: nothing to classify or to look up per scalar.
            if uniform.readsOCR {
                scalars = Self.scalars(of: OCRTextRepair.apply(String(scalars: scalars[...])))
                repaired = true
            } else if uniform == .post {
                let before = scalars
                ForeignLetterRepair.apply(&scalars)
                SquareUnitRepair.apply(&scalars)
                CodeDigitRepair.apply(&scalars)
                RomanHeadingRepair.apply(&scalars)
                DoubledLetterRepair.apply(&scalars)
                TableRuleRepair.apply(&scalars)
                PageNumberRepair.apply(&scalars)
                FootnoteNumberRepair.apply(&scalars)
                GluedSyllableRepair.apply(&scalars, model: model)
                repaired = scalars != before
            }
            if uniform == .post, let worn = WornPages.treatments(of: scalars, model: model) {
                lineOf = .perScalar(worn)
            } else {
                lineOf = .uniform(uniform)
            }
        } else {
            let treatments = LineTreatments(classifying: scalars, model: model)
            if treatments.lines.contains(where: \.treatment.readsOCR) {
                let (text, perScalar) = Self.repairingOCRLines(scalars, treatments: treatments)
                scalars = text
                lineOf = .perScalar(perScalar)
                repaired = true
            } else {
                lineOf = .perScalar(Self.treatmentOfScalars(scalars.count, treatments: treatments))
            }
        }
        // Only the OCR channel reads letters and digits glued together as one token.
        let pieces = TextPieces.split(scalars) { lineOf[$0].readsOCR }
        // New text by piece index (most pieces keep theirs).
        var replacements = [String?](repeating: nil, count: pieces.count)
        var slots = SlotCache()
        var decoding = BeamDecoder.Scratch()
        var pending: [PendingSentence] = []
        var start = 0
        for (index, piece) in pieces.enumerated() where piece.kind == .paragraphBreak || index == pieces.count - 1 {
            let end = piece.kind == .paragraphBreak ? index : index + 1
            let paragraph = start..<end
            if pieces[paragraph].contains(where: { $0.kind == .word && lineOf[$0.range.lowerBound] != .keep }) {
                restoreParagraph(pieces: pieces, range: paragraph, scalars: scalars, treatments: lineOf,
                                 slots: &slots, pending: &pending, decoding: &decoding, into: &replacements)
            }
            start = index + 1
        }
        decode(&pending, pieces: pieces, scalars: scalars, scratch: &decoding, into: &replacements)
        // Good text in `auto` mode comes back as it was.
        if !needsNFC && !repaired && !replacements.contains(where: { $0 != nil }) { return text }
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

    /// The treatment every line gets in a mode other than `auto`.
    private static func uniformTreatment(_ mode: RestoreMode) -> LineTreatments.Treatment? {
        switch mode {
        case .auto: return nil
        case .stripped: return .stripped
        case .ocr: return .garbled
        case .post: return .post
        }
    }

    /// The text with its garbled lines repaired, and the treatment of each of its scalars
    /// (a line break takes the treatment of the line it ends).
    private static func repairingOCRLines(_ scalars: [Unicode.Scalar], treatments: LineTreatments)
        -> ([Unicode.Scalar], [LineTreatments.Treatment]) {
        var text: [Unicode.Scalar] = []
        var lineOf: [LineTreatments.Treatment] = []
        text.reserveCapacity(scalars.count)
        lineOf.reserveCapacity(scalars.count)
        for line in treatments.lines {
            if line.treatment.readsOCR {
                text += Self.scalars(of: OCRTextRepair.apply(String(scalars: scalars[line.range])))
            } else {
                text += scalars[line.range]
            }
            if line.range.upperBound < scalars.count { text.append(scalars[line.range.upperBound]) }
            lineOf += repeatElement(line.treatment, count: text.count - lineOf.count)
        }
        return (text, lineOf)
    }

    private static func treatmentOfScalars(_ count: Int, treatments: LineTreatments) -> [LineTreatments.Treatment] {
        var lineOf: [LineTreatments.Treatment] = []
        lineOf.reserveCapacity(count)
        for line in treatments.lines {
            lineOf += repeatElement(line.treatment, count: min(count, line.range.upperBound + 1) - lineOf.count)
        }
        return lineOf
    }

    /// The scalars of a text, reserved from its UTF-8 length (Array(text.unicodeScalars)
    /// walks the text twice: once to count).
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    /// The candidates for a word of a line treated this way (nil: the word is kept).
    func generator(for treatment: LineTreatments.Treatment) -> (any CandidateGenerator)? {
        switch treatment {
        case .keep: return nil
        case .stripped: return stripped
        case .garbled, .garbledWordsOnly: return ocr
        case .post: return conservative
        case .postWorn: return worn
        }
    }
}
