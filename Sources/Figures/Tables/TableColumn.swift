import DocumentModel

/// What one column of a table counts, read from its header cells top to bottom (a merged
/// parent such as "Khiếu nại" over "Đã giải quyết" included) and, where they say nothing of
/// it, from the table's unit line and title.
struct TableColumn: Sendable {
    /// The distinct header texts over the column, parent first.
    var header: [String]
    var thing: CountedThing?
    /// The unit as the header (or the unit line) writes it: "lượt", "vụ việc", "đơn".
    var unit = ""
    var predicate: Predicate?
    var types: Set<PetitionType> = []
    var dialogue = false
    var complaintTalk = false
    var followingWords: [String] = []
    /// The header counts casualties or others who came to no authority ("Số người chết",
    /// `Topic.peopleNotReceivedWords`): never persons received.
    var peopleNotReceived = false
    /// Thing and predicate both read in the column's own header.
    var ownMeasure = false
    /// The predicate is the column's own header's.
    var ownPredicate = false
    /// The predicate was read in the words around the table, not in its headers or caption.
    var predicateLent = false
    /// "Tỷ lệ (%)": a share, never a count.
    var percent = false
    /// The table could not place this column's header words without a guess: no measure.
    var unnamed = false
    /// "STT", "TT": numbers the rows.
    var ordinal = false
    /// "Mã số": codes, not quantities.
    var code = false

    /// "Khiếu nại - Đã giải quyết".
    var subject: String { header.joined(separator: " - ") }

    var measure: PetitionMeasure? {
        guard !percent, !ordinal, !code else { return nil }
        // A dialogue table's opinions answered or pending break down the opinions its "Tổng
        // số" column counts: counted again they would be counted twice.
        if thing == .opinions, predicate == .resolved || predicate == .pending { return nil }
        return MeasureClassifier.measure(
            for: .init(
                thing: thing, predicate: predicate, dialogue: dialogue, complaintTalk: complaintTalk,
                followingWords: followingWords, peopleNotReceived: peopleNotReceived))
    }

    /// Takes the counted thing of `source`, a column before this one, for a header that names a
    /// status alone ("Đã giải quyết KN" after "Vụ việc KN thuộc thẩm quyền"). Only counts of
    /// petitions, cases and visits are lent, and never to a share, a row number or a code.
    mutating func borrowThing(of source: TableColumn) {
        guard thing == nil, predicate != nil, !percent, !ordinal, !code, let lent = source.thing,
            Self.lentThings.contains(lent)
        else { return }
        thing = lent
        unit = source.unit
        complaintTalk = complaintTalk || source.complaintTalk
    }

    static let lentThings: Set<CountedThing> = [.petitions, .cases, .visits]

    init(header: [String], caption: TableCaptionReading, surroundings: TableCaptionReading? = nil) {
        self.header = header
        let own = header.reversed().map(HeaderPhrase.init)
        // The words around the table speak for a column only where neither its own header nor
        // the caption names another quantity ("Số tiền (triệu đồng)", "Số hộ") and nothing sets a plan.
        let lent = surroundings.flatMap { surroundings in
            own.contains(where: \.namesOtherQuantity) || caption.otherQuantity || caption.plan || surroundings.plan
                || own.contains(where: { ListGrammar.isPlanTitle($0.text) }) ? nil : surroundings
        }
        let talkText = LoweredText((own.map(\.text) + [caption.text, lent?.text ?? ""]).joined(separator: " ").lowercased())
        complaintTalk = Topic.speaksOfComplaints(talkText)
        dialogue = MeasureClassifier.speaksOfDialogue(talkText)
        // A dialogue gathers opinions as a voters' contact session does: its "ý kiến, kiến
        // nghị" are no petitions.
        let talk = Topic.Talk(petitions: !caption.crime, complaints: complaintTalk, crime: caption.crime, voters: dialogue)
        // The leaf names the thing before its parents do, the column before the caption, the
        // caption before the words around the table.
        var thingFromCaption = false
        if let found = own.lazy.compactMap({ $0.thing(talk: talk) }).first {
            (thing, unit, followingWords) = found
        } else if !own.contains(where: \.namesTime), let found = caption.thing ?? lent?.thing {
            // A column of dates ("Ngày báo cáo") counts nothing the caption or the sentence
            // before the table counts.
            (thing, unit, followingWords) = found
            thingFromCaption = true
        }
        var predicateFromCaption = false
        if let found = own.lazy.compactMap({ [thing] in $0.predicate(for: thing) }).first {
            predicate = found
            ownPredicate = true
        } else if let found = caption.predicates[thing] ?? nil {
            predicate = found
            predicateFromCaption = true
        } else {
            predicate = lent?.predicates[thing] ?? nil
            predicateFromCaption = predicate != nil
            predicateLent = predicate != nil
        }
        ownMeasure = thing != nil && predicate != nil && !thingFromCaption && !predicateFromCaption
        types = own.reduce(into: Set<PetitionType>()) { $0.formUnion($1.types) }
        let headerText = header.joined(separator: " ").lowercased()
        peopleNotReceived = Topic.speaksOfPeopleNotReceived(LoweredText(headerText))
        percent = headerText.contains("%") || headerText.contains("tỷ lệ") || headerText.contains("tỉ lệ")
        let folded = header.map { TypeReader.fold($0.lowercased()).filter { $0.isLetter || $0 == " " } }
        ordinal = folded.contains { ["stt", "tt", "so tt", "so thu tu", "thu tu"].contains($0) }
        code = folded.contains { $0.hasPrefix("ma ") || $0 == "ma" }
    }
}
