import VietnameseText

/// How the decoder treats each line of a text. In `auto` mode the kind of every line is worked
/// out from the evidence of its words (`KindEvidence`) and of what surrounds it: a paragraph
/// (lines up to a blank line or a form feed) with enough words decides for itself, a shorter
/// one (a heading, a caption) takes its page's kind, a page too short to tell takes the whole
/// text's. So a clean page next to a garbled one, or a stripped paragraph inside good text,
/// each get their own treatment, and a garbled line inside a good paragraph has its broken
/// words repaired while the good words around it stay as they are.
struct LineTreatments {
    enum Treatment: UInt8, Hashable {
        /// Left as it is.
        case keep
        /// Every word restored from its stripped form.
        case stripped
        /// English-model OCR: the text repaired (`OCRTextRepair`), every word read through the channel.
        case garbled
        /// A garbled line inside good text: repaired, and only its broken words or words with
        /// lost marks read through the channel; its good words are kept.
        case garbledWordsOnly
        /// Good OCR: words change only where the model is confident.
        case post
        /// Good OCR of a worn page (see `WornPages`): real syllables are read more freely too.
        case postWorn

        /// Whether the line's text goes through `OCRTextRepair` and glues letters to digits.
        var readsOCR: Bool { self == .garbled || self == .garbledWordsOnly }
    }

    /// The treatment of each scalar's line (a line break goes with the line it ends).
    enum PerScalar {
        case uniform(Treatment)
        case perScalar([Treatment])

        subscript(index: Int) -> Treatment {
            switch self {
            case .uniform(let treatment): treatment
            case .perScalar(let treatments): treatments[index]
            }
        }
    }

    struct Line {
        /// The line's scalars, without its line break.
        var range: Range<Int>
        var treatment: Treatment
    }

    private(set) var lines: [Line] = []

    /// A line of good text is read as garbled when at least this many of its words, a broken one
    /// among them, are broken or lost their marks, and they are at least `garbledLineShare` of them.
    static let garbledLineWords = 3
    static let garbledLineShare = 0.5

    /// Each line treated for what it looks like (`auto`).
    init(classifying scalars: [Unicode.Scalar], model: LanguageModel) {
        let ranges = Self.lineRanges(scalars)
        let evidence = ranges.map { range in
            LetterTokens(scalars[range]).withWords { KindEvidence($0, model: model) }
        }
        let pages = Self.pages(scalars, lines: ranges)
        let textKind = Self.kind(of: pages.flatMap { $0 }, evidence: evidence)
        // A page too short to tell takes the kind of the whole text; an unmarked page of
        // garbled OCR (a list of names in capitals) is garbled OCR too.
        let pageKinds = pages.map { page in
            Self.kind(of: page, evidence: evidence).map { $0 == .stripped && textKind == .garbled ? .garbled : $0 }
        }
        var treatments = [Treatment](repeating: .keep, count: ranges.count)
        for (page, pageKind) in zip(pages, pageKinds) {
            let context = pageKind ?? textKind ?? .empty
            for paragraph in page {
                Self.treat(paragraph, evidence: evidence, context: context, into: &treatments)
            }
        }
        lines = zip(ranges, treatments).map { Line(range: $0, treatment: $1) }
    }

    /// The kind of a page (or text): the kind most of its words are in, each paragraph judged
    /// alone; nil when it has too few words to tell. Pooling the words of a good and a
    /// stripped paragraph would read as garbled text, which neither is.
    private static func kind(of paragraphs: [Range<Int>], evidence: [KindEvidence]) -> ParagraphKind? {
        var votes: [ParagraphKind: Int] = [:]
        var words = 0
        for paragraph in paragraphs {
            var own = KindEvidence()
            for line in paragraph { own += evidence[line] }
            votes[ParagraphKind.decide(own), default: 0] += own.words
            words += own.words
        }
        guard words >= ParagraphKind.decisiveWords else { return nil }
        // Ties go to the kind that needs restoring, garbled first.
        let order: [ParagraphKind] = [.garbled, .stripped, .good]
        return order.max { votes[$0, default: 0] < votes[$1, default: 0] }
    }

    /// The paragraphs (runs of lines up to a blank line) of each page (up to a form feed).
    private static func pages(_ scalars: [Unicode.Scalar], lines ranges: [Range<Int>]) -> [[Range<Int>]] {
        var pages: [[Range<Int>]] = []
        var page: [Range<Int>] = []
        var start = 0
        for (index, range) in ranges.enumerated() {
            let blank = scalars[range].allSatisfy(ScalarClass.isWhitespace)
            let pageEnd = range.upperBound < scalars.count && scalars[range.upperBound] == "\u{0C}"
            if blank || pageEnd || index == ranges.count - 1 {
                let end = blank ? index : index + 1
                if start < end { page.append(start..<end) }
                start = index + 1
            }
            if pageEnd || index == ranges.count - 1 {
                pages.append(page)
                page = []
            }
        }
        return pages
    }

    private static func treat(_ paragraph: Range<Int>, evidence: [KindEvidence], context: ParagraphKind,
                              into treatments: inout [Treatment]) {
        var own = KindEvidence()
        for line in paragraph { own += evidence[line] }
        let kind: ParagraphKind
        if let decided = ParagraphKind.decisive(own, context: context) {
            kind = decided
        } else if context == .stripped || context == .garbled {
            // A short paragraph (a heading, a caption) in a page to restore is restored alike.
            kind = context
        } else {
            // In good text, a short paragraph is good unless most of its words need repair.
            let alone = ParagraphKind.decide(own)
            kind = alone != .good && isGarbledLine(own, needsBroken: false) ? alone : .good
        }
        for line in paragraph {
            switch kind {
            case .stripped: treatments[line] = .stripped
            case .garbled: treatments[line] = .garbled
            case .empty: treatments[line] = .keep
            case .good: treatments[line] = isGarbledLine(evidence[line]) ? .garbledWordsOnly : .keep
            }
        }
    }

    /// Enough words to repair, and most of the line: a broken one among them when the line
    /// sits in good text (a stripped word alone may be a name written without marks).
    static func isGarbledLine(_ evidence: KindEvidence, needsBroken: Bool = true) -> Bool {
        (evidence.broken > 0 || !needsBroken) && evidence.suspicious >= garbledLineWords
            && Double(evidence.suspicious) >= garbledLineShare * Double(evidence.words)
    }

    /// Each line's scalars, up to (not including) its line feed or form feed.
    static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\u{0C}" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }
}
