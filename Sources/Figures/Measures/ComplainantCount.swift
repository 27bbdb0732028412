import DocumentModel

/// Cases counted by the people or bodies who brought them: "giải quyết khiếu nại kỷ luật đảng
/// của 44 đảng viên", "phải giải quyết tố cáo 22 tổ chức đảng", "49 trường hợp có đơn khiếu nại,
/// tố cáo". Each complainant is one case of the type named with them.
enum ComplainantCount {
    /// Units that count complainants. "người" only with a petition of their own after it ("5
    /// người có đơn"): "tố cáo 2 người hàng xóm" names the accused.
    /// "đồng chí" counts party members ("Đã kết luận 11 đồng chí").
    static let units: Set<String> = ["đảng viên", "đồng chí", "tổ chức", "trường hợp", "hộ dân", "hộ", "lao động", "cá nhân", "tập thể"]
    static let ownPetitionUnits: Set<String> = units.union(["người", "công dân"])
    /// How many words before the numeral the complaint word may stand: "khiếu nại kỷ luật đảng của 44".
    static let reach = 6
    /// Words between the unit and the complaint word that say the complainants have one: "có đơn thư".
    static let having: Set<String> = ["có", "đơn", "thư", ",", "gửi"]
    /// Verbs after the complainants that say they brought a petition: "có đơn", "làm đơn".
    static let openers: Set<String> = ["có", "làm"]
    /// Who the complainants are, said between their count and their verb.
    static let owners: Set<String> = ["người dân", "công dân"]

    /// The types of the complaints a figure counts complainants of, or nil when it counts none.
    /// `verb`: where the figure's verb starts, when it has one; a complaint word before the
    /// figure is read only after a verb ("giải quyết khiếu nại của").
    /// `sectionType`: the type the section's title is a label of ("2. Về giải quyết tố cáo"),
    /// which complainants counted right after a verb ("Đã giải quyết xong 4 tổ chức đảng") bring.
    static func types(
        of mention: NumberMention, in tokens: [Token], window: Range<Int>, verb: Range<Int>?, sectionType: PetitionType? = nil
    ) -> Set<PetitionType>? {
        if let outcome = DisciplineOutcome.types(of: mention, in: tokens, sectionType: sectionType) { return outcome }
        if ownPetitionUnits.contains(mention.unit) {
            // "58 trường hợp người dân làm đơn khiếu nại": who they are may stand before the verb.
            var start = mention.end
            if start + 1 < tokens.count, owners.contains(tokens[start].lower + " " + tokens[start + 1].lower) { start += 2 }
            if start < tokens.count, openers.contains(tokens[start].lower) {
                var index = start + 1
                while index < min(tokens.count, start + 4), having.contains(tokens[index].lower) { index += 1 }
                let found = TypeReader.types(in: tokens, range: index..<min(tokens.count, index + 5))
                if !found.isEmpty { return found }
            }
        }
        if let found = partyTypes(after: mention, in: tokens) { return found }
        guard units.contains(mention.unit), let verb, verb.upperBound <= mention.numeralIndex else { return nil }
        let start = max(verb.upperBound, mention.numeralIndex - reach)
        let before = tokens[start..<mention.numeralIndex]
        guard !before.contains(where: { $0.is(",") || $0.is(";") || $0.is(":") || $0.isNumber }) else { return nil }
        // "kiến nghị xử lý kỷ luật 2 cá nhân" recommends a sanction: only a complaint or a
        // denunciation before the figure is brought by those it counts.
        let found = TypeReader.types(in: tokens, range: start..<mention.numeralIndex).intersection(broughtBefore)
        if found.isEmpty, let sectionType, broughtBefore.contains(sectionType),
            tokens[verb.upperBound..<mention.numeralIndex].allSatisfy({ verbToCount.contains($0.lower) })
        {
            return [sectionType]
        }
        return found.isEmpty ? nil : found
    }

    /// Words that may stand between a verb and the complainants it counts when only the section
    /// names their type: "đã giải quyết xong 4 tổ chức đảng", "phải giải quyết là 6 tổ chức đảng".
    static let verbToCount: Set<String> = ["xong", "là", "được", "cho", "đối", "với"]

    static let broughtBefore: Set<PetitionType> = [.complaint, .denunciation]

    /// Party members and bodies counted with their complaint, or the denunciation against them,
    /// right after them: "Có 3 đảng viên khiếu nại quyết định khai trừ", "27 đảng viên bị tố cáo",
    /// "2 tổ chức đảng bị tố cáo". Each is a case of the party's own inspection.
    static let partyUnits: Set<String> = ["đảng viên", "đồng chí", "tổ chức"]
    /// Words between a party unit and its complaint: "tổ chức đảng bị tố cáo".
    static let partyLinks: Set<String> = ["đảng", "bị"]

    static func partyTypes(after mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        guard partyUnits.contains(mention.unit) else { return nil }
        var index = mention.end
        while index < min(tokens.count, mention.end + partyLinks.count), partyLinks.contains(tokens[index].lower) { index += 1 }
        guard index < tokens.count, TypeReader.isTypeWord(tokens[index].lower) else { return nil }
        let found = TypeReader.types(in: tokens, range: index..<min(tokens.count, index + 2)).intersection(broughtBefore)
        return found.isEmpty ? nil : found
    }

    /// "tố cáo 22 tổ chức đảng và 794 đảng viên": complainants joined to a count of
    /// complainants are counted the same way.
    static func joinCoordinated(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices.dropFirst() where readings[position].thing == nil {
            let previous = readings[position - 1]
            let mention = readings[position].mention
            guard previous.thing == .cases, units.contains(previous.mention.unit), units.contains(mention.unit) else { continue }
            let between = tokens[previous.mention.end..<mention.tokenRange.lowerBound]
            guard between.count <= 3, between.contains(where: { $0.lower == "và" || $0.is(",") }),
                !between.contains(where: { $0.is(";") || $0.isNumber })
            else { continue }
            readings[position].thing = .cases
            readings[position].thingInherited = true
            readings[position].types = previous.types
            readings[position].predicate = previous.predicate
            readings[position].predicateSource = .carried
        }
    }
}
