import DocumentModel

/// The words of one header cell or caption line ("Tổng số đơn tiếp nhận", "Số lượt người tham
/// dự", "KẾT QUẢ TIẾP CÔNG DÂN"), read with the same vocabulary as sentences: what is counted,
/// what happened to it, which petition types it names.
struct HeaderPhrase: Sendable {
    let text: String
    let tokens: [Token]
    /// The tokens without their marks, for words OCR misread.
    let foldedTokens: [Token]

    init(_ text: String) {
        self.text = text
        // Lowercased first: a header's capitals ("Đơn thuộc thẩm quyền") are not names.
        tokens = Tokenizer.tokens(of: text.lowercased())
        foldedTokens = tokens.map { token in
            var token = token
            token.lower = TypeReader.fold(token.lower)
            return token
        }
    }

    var lowered: LoweredText { LoweredText(text.lowercased()) }

    /// The first counted thing the phrase names, the unit as written, and the words after it.
    func thing(talk: Topic.Talk) -> (thing: CountedThing, unit: String, following: [String])? {
        for index in tokens.indices where tokens[index].isWord {
            guard let (length, unit) = unit(at: index) else { continue }
            let following = tokens[(index + length)...].filter(\.isWord).map(\.lower)
            if let thing = CountedThing(unit: unit, subjectWords: following, talk: talk) ?? delegations(unit, at: index, following: following) {
                return (thing, unit, following)
            }
        }
        return nil
    }

    /// What the phrase counts, read unit by unit: the things it names in order, and whether it
    /// also names a quantity that is none of them ("triệu đồng", "45 hộ", "các hộ"). A unit's
    /// words end at a comma: in "146 đơn, dự kiến" the petitions are not "đơn dự …".
    func quantities(talk: Topic.Talk) -> (things: [(thing: CountedThing, unit: String, following: [String])], other: Bool) {
        var things: [(thing: CountedThing, unit: String, following: [String])] = []
        var other = false
        var index = 0
        let words = tokens.map(\.lower)
        while index < tokens.count {
            // "Số tiền", "Diện tích (m2)": money or land heading the phrase or counted by it; "đơn
            // khiếu nại về tiền bồi thường" speaks of money and counts petitions.
            if index == 0 || HeaderPhrase.countingWords.contains(words[index - 1]),
                UnitLexicon.measuredQuantities.contains(where: { words[index...].starts(with: $0) })
            {
                other = true
            }
            guard tokens[index].isWord, let (length, unit) = unit(at: index) else {
                index += 1
                continue
            }
            let following = tokens[(index + length)...].prefix(while: \.isWord).map(\.lower)
            if let thing = CountedThing(unit: unit, subjectWords: following, talk: talk) ?? delegations(unit, at: index, following: following) {
                things.append((thing, unit, following))
                index += length
                continue
            }
            if length > 1 || UnitLexicon.isCountUnit(unit) && countedBefore(index) { other = true }
            index += 1
        }
        return (things, other)
    }

    /// Any word may stand as a unit after a numeral, and many count units open longer words
    /// ("công" in "Sở Công Thương"): a lone one names a quantity only after a numeral or a
    /// word that counts ("số hộ", "các hộ"), or where the header declares it in brackets
    /// ("Đất thu hồi (ha)", "Hỗ trợ (đồng)").
    private func countedBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        return before.isNumber || HeaderPhrase.countingWords.contains(before.lower) || before.is("(")
    }

    static let countingWords: Set<String> = ["số", "các", "những"]

    /// "Số đoàn" heading a column: a lone "đoàn" counted by the header ("số") names the
    /// delegations a reception table counts, as "đoàn đông người" does in a sentence (a
    /// sentence's lone "đoàn" waits for its list to say so; a header has no list). Words after it
    /// that name others ("Số đoàn thanh tra") keep it from that; words naming citizens ("Số
    /// đoàn công dân", `ReceptionGrammar.citizenDelegations`) do not.
    private func delegations(_ unit: String, at index: Int, following: [String]) -> CountedThing? {
        guard unit == ReceptionGrammar.delegationPhrase[0], index > 0, HeaderPhrase.countingWords.contains(tokens[index - 1].lower),
            following.isEmpty || ReceptionGrammar.citizenDelegations.contains(where: following.starts(with:))
        else { return nil }
        return .delegations
    }

    /// Whether the phrase counts or measures something that is no petition, visit or person:
    /// "Số tiền (triệu đồng)", "Số tiền", "Diện tích (m2)", "Số hộ", "Số đơn vị". Its numbers take no meaning from the words
    /// around the table.
    var namesOtherQuantity: Bool {
        let found = quantities(talk: Topic.Talk(petitions: true))
        return found.things.isEmpty && found.other
    }

    /// How the header of a column of dates or periods begins: "Ngày báo cáo", "Ngày tiếp",
    /// "Thời gian", "Thời hạn giải quyết", "Kỳ báo cáo". Its cells ("5/12") are no counts. "Năm
    /// 2025" and "Quý I" head columns of counts, so the calendar words alone do not say it.
    static let timeHeaders: [[String]] = [["ngày"], ["thời", "gian"], ["thời", "hạn"], ["thời", "điểm"], ["kỳ", "báo", "cáo"]]

    var namesTime: Bool {
        let words = tokens.filter(\.isWord).map(\.lower)
        return HeaderPhrase.timeHeaders.contains { words.starts(with: $0) }
    }

    /// A unit the lexicon knows at `index` ("đơn vị" is not "đơn"), or two words that name a
    /// counted thing the lexicon leaves to single words ("ý kiến").
    private func unit(at index: Int) -> (length: Int, text: String)? {
        if index + 1 < tokens.count, tokens[index + 1].isWord {
            let pair = tokens[index].lower + " " + tokens[index + 1].lower
            if CountedThing(unit: pair, subjectWords: [], talk: Topic.Talk(petitions: true)) != nil,
                UnitLexicon.unit(at: index, in: tokens)?.length ?? 1 < 2
            {
                return (2, pair)
            }
        }
        return UnitLexicon.unit(at: index, in: tokens)
    }

    /// What the phrase says happened to `thing`: "tiếp nhận", "đã giải quyết", "đang giải
    /// quyết", "thuộc thẩm quyền", "tham dự", "tiếp".
    /// A printed header is read as OCR gave it: marks OCR confuses ("thấm" for "thẩm") do not
    /// hide the phrase, which headers, unlike sentences, never use in another sense. `first`
    /// takes the first predicate of a title that names several ("TIẾP NHẬN, XỬ LÝ VÀ GIẢI
    /// QUYẾT ĐƠN"): what a column silent on it breaks down is what the table counts first.
    func predicate(for thing: CountedThing?, first: Bool = false) -> Predicate? {
        guard !tokens.isEmpty else { return nil }
        for folding in [false, true] {
            let words = folding ? foldedTokens : tokens
            if let following = PredicateMatcher.after(in: words, from: 0, limit: words.count, folding: folding) {
                return following
            }
            guard let last = PredicateMatcher.before(in: words, window: 0..<words.count, thing: thing, folding: folding) else {
                continue
            }
            guard first else { return last.predicate }
            // The first: the match in the shortest window from the start that holds one.
            for end in 1...last.range.upperBound {
                if let match = PredicateMatcher.before(in: words, window: 0..<end, thing: thing, folding: folding) {
                    return match.predicate
                }
            }
        }
        return nil
    }

    var types: Set<PetitionType> { TypeReader.types(in: tokens, range: 0..<tokens.count) }
}
