import DocumentModel

/// How sure a figure's meaning is: the evidence its sentence gives for it, weighed by what the
/// rest of its document holds. The score is additive, every weight named here:
///
///     confidence = local evidence level (strong … guessed, below)
///                  − offTopic (no complaint, petition or citizen-meeting words in the sentence)
///                  − approximate ("hơn", "khoảng")
///                  + corroboration when the document holds at least `corroboratingFigures`
///                    petition figures, − isolation when it holds fewer
///
/// Local evidence alone does not separate right from wrong rows on text nobody tuned on: the
/// wrong rows of a held-out half passed every local test. What does separate them on the pooled
/// tuning data (dev half, `shapes`, the three written reports; Benchmarks/figures/calibrate.py,
/// cross-validated by article) is the document: every wrong row stood in a document with one or
/// two petition figures, none of the 348 rows of documents with three or more. A petition count
/// alone in a text about something else (a crime, a court, an election abroad) is the typical
/// misreading; a report or article that counts petitions several times is about them.
/// So a row reaches 0.9 only with its own verb (strong or said) in a corroborated document.
/// Table cells keep their own levels (`ofTableCell`): their headers are their evidence.
enum FigureConfidence {
    /// Everything said in the figure's own words, right next to it.
    static let strong = 0.9
    /// Its own verb, but something weaker: the verb stands far from the numeral, the unit takes
    /// its meaning from the text around, or the figure is a breakdown item or inherits what it counts.
    static let said = 0.85
    /// The verb carried over from the figure's head or the item before it.
    static let carried = 0.8
    /// Cases with no verb at all ("có 4 vụ khiếu nại đúng").
    static let bareCases = 0.75
    /// The verb guessed from the paragraph or defaulted ("Năm 2026, có 250 đơn" taken as received).
    static let guessed = 0.6
    /// Numbers that are no petition figure: with a unit the reading is plainer than a bare numeral.
    static let otherWithUnit = 0.8
    static let otherBare = 0.6
    /// A measure found where the sentence names no complaint, petition or meeting with citizens
    /// is often wrong (incidents, lawsuits, plans).
    static let offTopic = 0.15
    /// "hơn 6.000 lượt", "khoảng 200 đơn": a bound or an estimate; its meaning is no less sure.
    static let approximate = 0.05

    /// A document with at least this many petition figures (table cells included) is about
    /// petitions: its figures corroborate each other. Fitted by calibrate.py (2 and 4 were tried).
    static let corroboratingFigures = 3
    /// One level up for a figure in such a document ("said" reaches 0.9) …
    static let corroboration = 0.05
    /// … two down for one nearly alone in its document (strong evidence drops to 0.8).
    static let isolation = 0.1
    /// No reading of free text is certain.
    static let ceiling = 0.95
    /// A number written in words ("Hai vụ việc còn lại", "có ba đơn") stays below 0.9 even after
    /// `corroboration` (0.8 + 0.05): words such as "một", "hai" are as often no count at all ("một số", "một
    /// phần"), and the gold convention leaves such numbers unannotated, so a row at 0.9 would be
    /// counted wrong wherever it is right.
    static let inWords = 0.8

    /// A table cell whose column headers name both what is counted and what happened to it is
    /// strong evidence; one that takes either from the table's caption is weaker.
    static let tableOwnHeader = 0.9
    static let tableCaptionHeader = 0.75

    /// How many tokens may stand between a verb and the numeral it is said of for the verb to
    /// count as next to it: "đã giải quyết được 1.840/1.960 vụ việc" (1), "tiếp nhận trong năm
    /// 930 đơn" (3); beyond, another reading of the clause competes.
    static let verbReach = 3

    /// Units whose meaning depends on the text around them or the words after them ("vụ việc"
    /// is a complaint's only where the text is not about crime, "vụ" only in complaint talk,
    /// "kiến nghị" a voter's or a petition, "lần"/"điểm" sessions only before "đối thoại"/"tiếp
    /// xúc", letters and papers only when a type names what they hold): never strong evidence alone.
    static let contextualUnits: Set<String> = Set([
        "vụ", "vụ việc", "việc", "lượt", "kiến nghị", "ý kiến kiến nghị", "kiến nghị phản ánh", "kiến nghị đề xuất", "ý kiến",
        "lượt ý kiến", "lần", "điểm", "trường hợp", "người", "công dân", "cụ",
    ]).union(CountedThing.petitionsIfTyped)

    static func of(_ reading: Reading, measure: PetitionMeasure?) -> Double {
        guard let measure else { return rounded(approximated(reading.mention.hasUnit ? otherWithUnit : otherBare, reading)) }
        var confidence: Double
        switch reading.predicateSource {
        case .own where measure == .cases && reading.predicate == nil: confidence = bareCases
        case .own: confidence = isStrong(reading) ? strong : said
        case .carried: confidence = carried
        case .context: confidence = guessed
        }
        if !reading.talk.complaints, !reading.dialogue { confidence -= offTopic }
        if reading.mention.inWords { confidence = min(confidence, inWords) }
        return rounded(approximated(confidence, reading))
    }

    /// A sentence figure's confidence weighed by how many petition figures its document holds.
    static func weighed(_ confidence: Double, petitionFiguresInDocument count: Int) -> Double {
        let weighed = count >= corroboratingFigures ? confidence + corroboration : confidence - isolation
        return rounded(min(max(weighed, 0), ceiling))
    }

    /// The confidence of a number in a table's data cell.
    static func ofTableCell(measured: Bool, ownHeader: Bool) -> Double {
        !measured ? otherBare : ownHeader ? tableOwnHeader : tableCaptionHeader
    }

    /// Strong evidence: the verb next to the numeral, its own unit that means the same
    /// anywhere, not a breakdown item and nothing taken from a head.
    static func isStrong(_ reading: Reading) -> Bool {
        guard reading.predicate != nil, let distance = reading.verbDistance, distance <= verbReach else { return false }
        guard reading.mention.hasUnit, !reading.thingInherited, !reading.inBreakdown else { return false }
        guard !contextualUnits.contains(reading.mention.unit) else { return false }
        // Sessions are sure only when their own words say what they are ("cuộc thanh tra").
        if reading.thing == .sessions, MeasureClassifier.sessionKind(named: reading.followingWords) == nil { return false }
        return true
    }

    private static func approximated(_ confidence: Double, _ reading: Reading) -> Double {
        reading.mention.qualifier.isEmpty ? confidence : confidence - approximate
    }

    private static func rounded(_ confidence: Double) -> Double {
        (confidence * 100).rounded() / 100
    }
}
