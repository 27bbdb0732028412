import DocumentModel
import Foundation

/// Reads the petition type (complaint, denunciation, recommendation) a figure is about.
/// Words are compared without their marks, so that OCR's "phẩn ánh" still names a report.
enum TypeReader {
    static let phrases: [(words: [String], types: Set<PetitionType>)] = [
        (["khiếu", "nại"], [.complaint]), (["tố", "cáo"], [.denunciation]),
        (["kiến", "nghị"], [.recommendation]), (["phản", "ánh"], [.recommendation]), (["đề", "nghị"], [.recommendation]),
        (["kntc"], [.complaint, .denunciation]), (["kn"], [.complaint]), (["tc"], [.denunciation]),
        (["pakn"], [.recommendation]), (["knpa"], [.recommendation]), (["kn", ",", "pa"], [.recommendation]),
        (["kn", "-", "pa"], [.recommendation]),
    ]

    /// The types named in `range`, read phrase by phrase, the longest phrase first: "KN-PA" is a
    /// report, not a complaint and a report.
    static func types(in tokens: [Token], range: Range<Int>) -> Set<PetitionType> {
        var found: Set<PetitionType> = []
        let folded = tokens[range].map { fold($0.lower) }
        var offset = 0
        while offset < folded.count {
            let longest = foldedPhrases.filter { offset + $0.words.count <= folded.count && Array(folded[offset..<(offset + $0.words.count)]) == $0.words }
                .max { $0.words.count < $1.words.count }
            found.formUnion(longest?.types ?? [])
            offset += longest?.words.count ?? 1
        }
        return found
    }

    /// Whether the words open with a type word: "thư khiếu nại", "lời tố cáo".
    static func names(_ words: some Collection<String>) -> Bool {
        guard let first = words.first else { return false }
        let folded = words.map(fold)
        return foldedPhrases.contains { phrase in folded.starts(with: phrase.words) } && foldedTypeWords.contains(fold(first))
    }

    /// Whether the comma at `comma` joins two type phrases into one type: "kiến nghị, phản ánh",
    /// "khiếu nại, tố cáo", "KN, TC" — a pair, no boundary between clauses.
    static func joinsTypes(comma: Int, in tokens: [Token]) -> Bool {
        guard comma > 0, comma + 1 < tokens.count, tokens[comma].is(",") else { return false }
        let wordsStart = tokens[..<comma].lastIndex(where: { !$0.isWord }).map { $0 + 1 } ?? 0
        let before = tokens[wordsStart..<comma].map { fold($0.lower) }
        let after = tokens[(comma + 1)...].prefix(while: \.isWord).map { fold($0.lower) }
        return foldedPhrases.contains { before.reversed().starts(with: $0.words.reversed()) }
            && foldedPhrases.contains { after.starts(with: $0.words) }
    }

    /// Whether a word belongs to a type phrase: "khiếu", "nại", "KN".
    static func isTypeWord(_ word: String) -> Bool {
        foldedTypeWords.contains(fold(word))
    }

    private static let foldedPhrases = phrases.map { (words: $0.words.map(fold), types: $0.types) }
    private static let foldedTypeWords = Set(phrases.flatMap(\.words).map(fold))

    /// The word without tone and vowel marks, "đ" read as "d": "phẩn" and "phản" both give "phan".
    static func fold(_ word: String) -> String {
        let stripped = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        return String(String.UnicodeScalarView(stripped)).replacingOccurrences(of: "đ", with: "d")
    }

    /// A label just before the numeral: "khiếu nại: 17 đơn", and inside a breakdown also
    /// "đề nghị, phản ánh 81 đơn". The label must reach the numeral (only ":" between).
    static func label(in tokens: [Token], window: Range<Int>, numeral: Int, isBreakdown: Bool) -> Set<PetitionType> {
        var end = numeral
        let hasColon = end - 1 >= window.lowerBound && tokens[end - 1].is(":")
        if hasColon { end -= 1 }
        guard hasColon || isBreakdown else { return [] }
        var start = end
        while start - 1 >= window.lowerBound, tokens[start - 1].isWord || tokens[start - 1].is(",") || tokens[start - 1].isDash {
            start -= 1
        }
        let words = tokens[start..<end].filter(\.isWord).map { fold($0.lower) }
        guard !words.isEmpty else { return [] }
        let found = types(in: tokens, range: start..<end)
        // Every word of the label must belong to a type phrase, or it is not a type label
        // ("cấp huyện: 05 đơn" names a scope).
        // "Khiếu nại đúng và đúng một phần 37 vụ việc": "và" joins two outcomes of one label.
        let joined = words.indices.filter { words[$0] == "va" && $0 > 0 && outcomeFillers.contains(words[$0 - 1]) }
        let residue = words.indices.filter { !joined.contains($0) }.map { words[$0] }
            .filter { !foldedTypeWords.contains($0) && !labelFillers.contains($0) }
        return residue.isEmpty ? found : []
    }

    /// The label words that name a complaint's outcome, folded: after them "và" adds another
    /// outcome ("đúng và đúng một phần", "đúng một phần và sai"), not another label.
    static let outcomeFillers: Set<String> = ["dung", "sai", "phan"]

    /// Words a type label may hold besides its type words, folded: "trong đó", "có", the
    /// petition noun itself ("trong đó đơn khiếu nại 108 đơn") and the outcome of a complaint
    /// ("khiếu nại đúng 5 vụ", "tố cáo sai 12"), and the party sanction a complaint is against
    /// ("khiếu nại kỷ luật đảng 14 đơn").
    static let labelFillers: Set<String> = ["trong", "do", "co", "don", "dung", "sai", "mot", "phan", "ky", "luat", "dang"]

    /// The one type a sentence's opening label names before its ":" — "1. Về khiếu nại: Sở phải
    /// giải quyết 71 vụ việc; …", "- Tố cáo: đã giải quyết …" — which the paragraph's figures
    /// are about unless they name their own.
    static func openingLabel(in tokens: [Token]) -> PetitionType? {
        // List markers before the label: "1.", "a)", "-", "IV.".
        var start = 0
        while start < tokens.count, !tokens[start].isWord || tokens[start].text.count == 1 || romanNumerals.contains(tokens[start].text) {
            start += 1
        }
        guard let colon = tokens.prefix(openingLabelReach).firstIndex(where: { $0.is(":") })
            ?? commaAfterOpener(in: tokens, from: start)
        else { return nil }
        guard start < colon else { return nil }
        let words = tokens[start..<colon].filter(\.isWord).map { fold($0.lower) }
        guard !words.isEmpty, words.allSatisfy({ foldedTypeWords.contains($0) || openingFillers.contains($0) }) else { return nil }
        return single(types(in: tokens, range: start..<colon))
    }

    /// The sentence opens with a list marker ("b)", "2.", "-", "IV."), as a point of a report does.
    static func opensWithListMarker(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        return !first.isWord || first.text.count == 1 || romanNumerals.contains(first.text)
    }

    /// "Về tố cáo, kỳ trước chuyển sang 4 vụ việc …", "Đối với khiếu nại kỷ luật, Ủy ban … đã xem
    /// xét 7 trường hợp": a label opened by "về" or "đối với" may end at a comma; the next word may
    /// not continue the label ("Về khiếu nại, tố cáo, …" names two types).
    static func commaAfterOpener(in tokens: [Token], from start: Int) -> Int? {
        guard start < tokens.count, labelOpeners.contains(fold(tokens[start].lower)),
            let comma = tokens[start..<min(tokens.count, start + openingLabelReach)].firstIndex(where: { $0.is(",") }),
            comma + 1 < tokens.count, !isTypeWord(tokens[comma + 1].lower)
        else { return nil }
        return comma
    }

    /// Words that open a label ending at a comma, folded: "về", "đối (với)".
    static let labelOpeners: Set<String> = ["ve", "doi"]

    /// The one type a section's title names when the title is nothing but a type label — "1.
    /// Khiếu nại", "2. Về giải quyết tố cáo", "3. Về giải quyết khiếu nại kỷ luật đảng" — which
    /// the section's petitions and cases are about unless they name their own. A title with other
    /// words ("Tiếp công dân, xử lý đơn khiếu nại") or two types names none.
    static func sectionLabel(_ title: String) -> PetitionType? {
        let tokens = Tokenizer.tokens(of: title)
        let words = tokens.filter(\.isWord).map { fold($0.lower) }
        guard !words.isEmpty, words.contains(where: { foldedTypeWords.contains($0) }),
            words.allSatisfy({ foldedTypeWords.contains($0) || sectionFillers.contains($0) }),
            !ownProposalTitles.contains(words)
        else { return nil }
        return single(types(in: tokens, range: tokens.indices))
    }

    /// Titles of the section where a report makes its own proposals ("IV. KIẾN NGHỊ"), folded:
    /// no label of a petition type ("3. Kiến nghị, phản ánh", "Về giải quyết kiến nghị" are).
    static let ownProposalTitles: Set<[String]> = [["kien", "nghi"], ["de", "nghi"]]

    /// Words a section's type label may hold besides its type words, folded: "Về giải quyết",
    /// "khiếu nại kỷ luật đảng", "đơn thư", and the members or bodies a denunciation is against
    /// ("Tố cáo đối với đảng viên", "Tố cáo đối với tổ chức đảng").
    static let sectionFillers: Set<String> = openingFillers.union(["giai", "quyet", "thu", "ky", "luat", "dang", "xu", "ly", "vien", "to", "chuc"])

    /// How many tokens from the sentence start an opening label's ":" may stand.
    static let openingLabelReach = 10
    /// "Về khiếu nại:", "Đối với tố cáo:", "Đối với khiếu nại kỷ luật đảng,", folded.
    static let openingFillers: Set<String> = ["ve", "doi", "voi", "don", "ky", "luat", "dang"]
    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// The type of the counted things written after the unit: "đơn khiếu nại" is a complaint,
    /// "vụ việc khiếu nại, tố cáo" names two types and so none.
    static func single(_ types: Set<PetitionType>) -> PetitionType? {
        types.count == 1 ? types.first : nil
    }
}
