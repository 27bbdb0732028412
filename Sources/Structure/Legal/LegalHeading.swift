import DocumentModel

/// The units a legal text is divided into, by the word that labels them: "Phần thứ nhất" /
/// "Phần I", "Chương II", "Mục 1", "Điều 5." and, after the signature, "Phụ lục I". A match
/// is a candidate; `LegalAssembler` decides by position and numbering.
struct LegalHeading: Equatable {
    enum Kind: Equatable {
        case part, chapter, section, article, annex
    }

    let kind: Kind
    /// "Chương II", "Điều 5", "Phụ lục I", as printed (capitals kept).
    let label: String
    /// What follows the label on the same line: an article's title, a chapter's title when
    /// printed on one line.
    let text: String
    /// The article's number ("5a" is 5), for the numbering check.
    let number: Int?

    /// The word that labels each kind of unit.
    private static let labelWords: [(String, Kind)] = [
        (LegalWord.article, .article), (LegalWord.chapter, .chapter), (LegalWord.section, .section),
        (LegalWord.part, .part), (LegalWord.annex.0, .annex),
    ]

    /// Heading level in the document tree: Phần 0, Chương 1, Mục 2, Điều 3, Phụ lục 0.
    var level: HeadingLevel {
        switch kind {
        case .part, .annex: .part
        case .chapter: .legalChapter
        case .section: .legalSection
        case .article: .article
        }
    }

    init?(_ line: String) {
        guard let first = line.first, LegalWord.initials.contains(first) else { return nil }
        // Most lines starting so are sentences ("Các…", "Chính phủ…"): the first word decides.
        let head = line.prefix { $0 != " " }
        guard head.count <= 6 else { return nil }
        // The label's words (up to four), and the rest of the line as the last.
        var words = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else {
            // "PHỤ LỤC" alone needs two words; a lone "Chương" is not a heading.
            return nil
        }
        guard let (word, kind) = LegalHeading.labelWords.first(where: { LegalWord.reads(head, as: $0.0) }) else {
            return nil
        }
        words[0] = LegalWord.spelled(head, as: word)
        switch kind {
        case .article: self.init(article: words)
        case .chapter, .section: self.init(numbered: kind, words)
        case .part: self.init(part: words)
        case .annex: self.init(annex: words)
        }
    }

    private init(kind: Kind, label: String, text: String, number: Int? = nil) {
        self.kind = kind
        self.label = label
        self.text = text
        self.number = number
    }

    /// "Điều 5. Title", "Điều 5: …", "Điều 12a. …"; a reference ("Điều 5 của Luật") has no stop.
    private init?(article words: [String]) {
        let token = words[1]
        guard let stop = token.last, stop == "." || stop == ":" else { return nil }
        guard let core = LegalWord.numeral(String(token.dropLast())) else { return nil }
        let digits = core.prefix { $0.isASCII && $0.isNumber }
        let suffix = core.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 3, suffix.count <= 1, suffix.allSatisfy({ $0.isLowercase }),
            let number = Int(digits)
        else { return nil }
        self.init(
            kind: .article, label: "\(words[0]) \(core)", text: words.dropFirst(2).joined(separator: " "), number: number)
    }

    /// "Chương II", "CHƯƠNG II. TITLE", "Mục 1", "MỤC 2: TITLE".
    private init?(numbered kind: Kind, _ words: [String]) {
        guard let numeral = LegalWord.numeral(words[1].trimming(".:")) else { return nil }
        let rest = words.dropFirst(2).joined(separator: " ").trimming(" .:-–")
        // A title on the label's line is in capitals, or set off by a stop ("Chương I. Những…").
        let setOff = words[1].last.map { ".:".contains($0) } ?? false
        guard rest.isEmpty || setOff || LegalHeading.isTitleCase(rest) else { return nil }
        self.init(kind: kind, label: "\(words[0]) \(numeral)", text: rest)
    }

    /// "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I".
    private init?(part words: [String]) {
        if LegalWord.reads(words[1], as: LegalWord.ordinal), words.count >= 3 {
            let ordinal = words[2].trimming(".:")
            guard HeadingPattern.partOrdinals.contains(where: { $0.lowercased() == ordinal.lowercased() }) else { return nil }
            let rest = words.dropFirst(3).joined(separator: " ").trimming(" .:-–")
            guard rest.isEmpty || LegalHeading.isTitleCase(rest) else { return nil }
            let label = "\(words[0]) \(LegalWord.spelled(words[1], as: LegalWord.ordinal)) \(ordinal)"
            self.init(kind: .part, label: label, text: rest)
        } else {
            self.init(numbered: .part, words)
        }
    }

    /// "Phụ lục", "PHỤ LỤC I", "Phụ lục số 01", "PHỤ LỤC II: TITLE"; not "Phụ lục II ban hành…".
    private init?(annex words: [String]) {
        let second = words[1].trimming(".:")
        guard LegalWord.reads(second, as: LegalWord.annex.1) else { return nil }
        var index = 2
        var labelWords = [words[0], LegalWord.spelled(second, as: LegalWord.annex.1)]
        if index < words.count, LegalWord.reads(words[index], as: LegalWord.annexNumber) {
            labelWords.append(LegalWord.spelled(words[index], as: LegalWord.annexNumber))
            index += 1
        }
        if index < words.count, let numeral = LegalWord.numeral(words[index].trimming(".:")) {
            labelWords.append(numeral)
            index += 1
        }
        let rest = words.dropFirst(index).joined(separator: " ").trimming(" .:-–")
        guard rest.isEmpty || LegalHeading.isTitleCase(rest) else { return nil }
        self.init(kind: .annex, label: labelWords.joined(separator: " "), text: rest)
    }

    /// A title printed in capitals.
    static func isTitleCase(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
}
