import Foundation
import VietnameseText

/// Counts of what an OCR engine printed for Vietnamese text, estimated from rendered corpus
/// pages (scripts/ocr-pairs). Three tables, one per line kind of the model file:
/// `C source-char piece count` — one source letter became `piece` (0–3 characters);
/// `T token source count` — a whole token was printed for a syllable (or two);
/// `S syllable count` — how often a syllable was seen, the denominator of `T`.
public struct OCRChannelModel: Sendable {
    struct PieceKey: Hashable {
        let source: UInt32
        let piece: UInt64
    }

    /// -log P(piece | source letter) for every observed pair.
    let pieceCost: [PieceKey: Double]
    /// How many times each source letter was seen, to tell rare letters from unseen pairs.
    let letterTotals: [UInt32: Int]
    /// -log P(piece | letter family): the five toned forms of a vowel pooled ("ự" borrows what
    /// "ứ" was printed as), for pairs a toned letter was never seen with.
    let familyCost: [PieceKey: Double]
    /// Whether unseen pairs may borrow from the other tones; off for good OCR, where a tone
    /// confusion the letter never showed should stay expensive.
    public var poolsTones = true
    /// Least probability of a letter being printed as another vowel shape on the same base
    /// letter (a breve, circumflex, horn or bar gained or lost: "ả" as "ẳ", "ợ" as "ọ", "đ" as
    /// "d"), whatever the tone, when the counts never saw that pair; nil leaves such pairs at
    /// the unseen-pair weight. Rendered training pages rarely show these confusions that real
    /// scans make, and each one turns a word into another real word ("đảng" → "đẳng") that
    /// only the language model can tell apart. Tone-only confusions get no floor: the counts
    /// hold the common ones, and a floor on the rest rewrote correct words on the bench.
    public var unseenMarkFloor: Double?
    /// Least probability of any one misreading of a letter (a one-character piece other than
    /// the letter; a lost letter and longer pieces a tenth less per extra character), seen or
    /// not; nil leaves the counts alone. For tokens that are misread for certain: the counts
    /// of rendered pages price what real scans do to a frequent letter ("t" printed "l" on a
    /// faded page) at nearly nothing, since the letter was printed right thousands of times.
    public var misreadingFloor: Double?
    /// Whether a token is also looked up with a "d" or "r" after a vowel read as part of it
    /// (SkeletonKey.vowelMarkKey): the English model breaks marked vowels that way; good OCR
    /// does not, and there the letters are more often right ("trđ").
    public var readsBrokenVowelMarks = true
    /// Whole-token readings: token → source text → count.
    let tokenReadings: [String: [String: Int]]
    let syllableCounts: [String: Int]

    public enum LoadError: Error, Equatable {
        case malformedLine(Int)
    }

    public init(contentsOf url: URL) throws {
        try self.init(tsv: String(contentsOf: url, encoding: .utf8))
    }

    public init(tsv: String) throws {
        var pieceCounts: [PieceKey: Int] = [:]
        var totals: [UInt32: Int] = [:]
        var readings: [String: [String: Int]] = [:]
        var syllables: [String: Int] = [:]
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let kind = fields.first, let count = fields.last.flatMap({ Int($0) }) else {
                throw LoadError.malformedLine(number + 1)
            }
            switch (kind, fields.count) {
            case ("C", 4):
                guard let source = fields[1].unicodeScalars.first, fields[1].unicodeScalars.count == 1,
                      let piece = Self.pack(fields[2].unicodeScalars)
                else { throw LoadError.malformedLine(number + 1) }
                pieceCounts[PieceKey(source: source.value, piece: piece), default: 0] += count
                totals[source.value, default: 0] += count
            case ("T", 4):
                readings[String(fields[1]), default: [:]][String(fields[2]), default: 0] += count
            case ("S", 3):
                syllables[String(fields[1]), default: 0] += count
            default:
                throw LoadError.malformedLine(number + 1)
            }
        }
        // Add-0.1 smoothing keeps a pair seen once from claiming a whole letter's mass.
        var costs: [PieceKey: Double] = [:]
        for (key, count) in pieceCounts {
            let total = Double(totals[key.source] ?? count)
            costs[key] = -log((Double(count) + 0.1) / (total + 1.0))
        }
        pieceCost = costs
        letterTotals = totals
        var familyCounts: [PieceKey: Int] = [:]
        var familyTotals: [UInt32: Int] = [:]
        for (key, count) in pieceCounts {
            let family = Self.family(of: key.source)
            familyCounts[PieceKey(source: family, piece: key.piece), default: 0] += count
            familyTotals[family, default: 0] += count
        }
        var pooled: [PieceKey: Double] = [:]
        for (key, count) in familyCounts where count >= 2 {
            pooled[key] = -log(Double(count) / Double(familyTotals[key.source] ?? count))
        }
        familyCost = pooled
        tokenReadings = readings
        syllableCounts = syllables
    }

    /// The untoned letter of a scalar with its case ("Ự" → "Ư"); other scalars are their own family.
    static func family(of value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value), let entry = LetterTable.entry(scalar) else { return value }
        return entry.base | (entry.isUpper ? 1 << 31 : 0)
    }

    /// Up to three scalars in one integer (21 bits each); nil for longer pieces.
    static func pack<S: Sequence>(_ scalars: S) -> UInt64? where S.Element == Unicode.Scalar {
        var packed: UInt64 = 0
        var length = 0
        for scalar in scalars {
            length += 1
            if length > 3 { return nil }
            packed = packed << 21 | UInt64(scalar.value)
        }
        // Scalars are non-zero and below 2^21, so pieces of different lengths never collide.
        return packed
    }

    /// P(token | source) from whole-token counts, with the weight that estimate deserves:
    /// a syllable seen often has a trustworthy distribution over its printed forms.
    /// A token never seen in training says nothing here: the letter-by-letter reading decides.
    func tokenEstimate(token: String, source: String) -> (probability: Double, weight: Double)? {
        guard let seen = syllableCounts[source], seen > 0, let readings = tokenReadings[token] else { return nil }
        let count = readings[source] ?? 0
        let weight = Double(seen) / (Double(seen) + 4.0)
        return (Double(count) / Double(seen), weight)
    }
}
