import Foundation
import VietnameseText

/// The channel cost of every piece of one OCR token against every source letter, laid out
/// in flat arrays so scoring a candidate syllable is a small dynamic programme of array reads.
/// Built once per distinct token; each candidate then costs O(letters × token length × 4).
struct TokenCostTable {
    static let maxPiece = 3
    /// Cost of each leading character that belongs to no source letter (stray marks, junk).
    static let leadingJunkCost = 4.0
    /// Cost of borrowing a piece from the letter's other tones (-log 1/2).
    static let familyPenalty = 0.7
    /// Least probability of a letter being printed as itself.
    static let identityFloor = 0.3

    let tokenLength: Int
    let letterCount: Int
    /// costs[(start * (maxPiece + 1) + length) * letterCount + letter]
    private var costs: [Double]

    init(token: [Unicode.Scalar], model: OCRChannelModel, letters: ChannelLetters) {
        tokenLength = token.count
        letterCount = letters.count
        let width = Self.maxPiece + 1
        costs = [Double](repeating: .infinity, count: (token.count + 1) * width * letters.count)
        for start in 0...token.count {
            for length in 0...min(Self.maxPiece, token.count - start) {
                let piece = Piece(token[start..<(start + length)])
                let base = (start * width + length) * letters.count
                for letter in 0..<letters.count {
                    costs[base + letter] = Self.pieceCost(letter: letter, piece: piece, model: model, letters: letters)
                }
            }
        }
    }

    /// One slice of the token with the forms the cost lookup needs, computed once per slice.
    struct Piece {
        let count: Int
        let only: Unicode.Scalar?
        let first: Unicode.Scalar?
        let second: Unicode.Scalar?
        let bareOnly: Unicode.Scalar?
        let packed: UInt64
        let packedLower: UInt64?

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            count = scalars.count
            only = scalars.count == 1 ? scalars.first : nil
            first = scalars.first
            second = scalars.dropFirst().first
            bareOnly = only.map(ChannelLetters.bare)
            packed = OCRChannelModel.pack(scalars) ?? 0
            packedLower = OCRChannelModel.pack(scalars.map(ChannelLetters.lowercase))
        }
    }

    /// -log P(piece | source letter); observed pairs read the model, upper-case letters fall
    /// back on their lower-case counts, the rest on how alike piece and letter are.
    static func pieceCost(letter: Int, piece: Piece, model: OCRChannelModel, letters: ChannelLetters) -> Double {
        let cost = countedCost(letter: letter, piece: piece, model: model, letters: letters)
        guard let floor = model.misreadingFloor, piece.only != letters.scalar(letter) else { return cost }
        return min(cost, -log(floor) + Double(max(0, piece.count - 1)) * M_LN10)
    }

    static func countedCost(letter: Int, piece: Piece, model: OCRChannelModel, letters: ChannelLetters) -> Double {
        let source = letters.scalar(letter)
        if let cost = model.pieceCost[.init(source: source.value, piece: piece.packed)] { return cost }
        let lower = letters.lowercase(letter)
        if lower != source, let packedLower = piece.packedLower,
           let cost = model.pieceCost[.init(source: lower.value, piece: packedLower)] {
            return cost + 0.7
        }
        if model.poolsTones, let pooled = model.familyCost[.init(source: OCRChannelModel.family(of: source.value), piece: piece.packed)] {
            return pooled + familyPenalty
        }
        // Unseen pair: a pseudo-count by kind, over the letter's total, so an unseen pair never
        // beats one that was actually observed for a frequent letter.
        let total = Double(model.letterTotals[source.value] ?? 0) + 1.0
        if piece.only == source {
            // A letter printed as itself needs no evidence: the engine may have been right,
            // or an earlier repair (o' → ơ) wrote it.
            return -log(max(1.0 / total, identityFloor))
        }
        if let split = splitGlyphProbability(source: source, piece: piece, model: model) {
            return -log(split)
        }
        let unseen = unseenWeight(source: source, bare: letters.bare(letter), piece: piece) / total
        // Same letter under the marks, another shape of it (tone and case aside).
        if let floor = model.unseenMarkFloor, let only = piece.only, piece.bareOnly == letters.bare(letter),
           let printed = LetterTable.entry(only), printed.base != LetterTable.entry(source)?.base {
            return -log(max(unseen, floor))
        }
        return -log(unseen)
    }

    /// Share of a letter's probability left to an unseen two-character piece whose characters
    /// are each a misreading the letter was seen printed as (ự printed "y" and "u" gives "yu"
    /// in "thyuc"): one glyph broken in two, each half read as the letter is misread. A letter
    /// printed as itself is no half of a broken glyph ("tt" is no "t").
    static let splitGlyphShare = 0.05

    static func splitGlyphProbability(source: Unicode.Scalar, piece: Piece, model: OCRChannelModel) -> Double? {
        guard piece.count == 2, let first = piece.first, let second = piece.second,
              first != source, second != source,
              let firstCost = model.pieceCost[.init(source: source.value, piece: UInt64(first.value))],
              let secondCost = model.pieceCost[.init(source: source.value, piece: UInt64(second.value))]
        else { return nil }
        return splitGlyphShare * exp(-firstCost - secondCost)
    }

    static func unseenWeight(source: Unicode.Scalar, bare: Unicode.Scalar, piece: Piece) -> Double {
        switch piece.count {
        case 0: return 0.02
        case 1:
            if piece.only == source { return 1.0 }
            if piece.bareOnly == bare { return 0.1 }
            if let only = piece.only, GlyphLikeness.isLookalike(only, of: source) { return 1.0 }
            return 0.005
        default: return 0.001 * pow(0.1, Double(piece.count - 2))
        }
    }

    /// Lowest total cost of reading the token as `source` (letter ids): each source letter
    /// takes 0–3 token characters, in order, and stray leading characters cost extra.
    func cost(of source: [Int]) -> Double {
        let width = Self.maxPiece + 1
        var previous = (0...tokenLength).map { Double($0) * Self.leadingJunkCost }
        var current = [Double](repeating: .infinity, count: tokenLength + 1)
        for letter in source {
            for end in 0...tokenLength {
                var best = Double.infinity
                for length in 0...min(Self.maxPiece, end) {
                    let start = end - length
                    let before = previous[start]
                    if before == .infinity { continue }
                    let total = before + costs[(start * width + length) * letterCount + letter]
                    if total < best { best = total }
                }
                current[end] = best
            }
            swap(&previous, &current)
        }
        return previous[tokenLength]
    }
}
