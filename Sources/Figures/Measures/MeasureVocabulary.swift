/// The petition ("đơn thư") measures of the `measure` column.
public enum PetitionMeasure: String, Sendable, CaseIterable {
    case petitionsReceived = "don.tiep_nhan"
    case petitionsInJurisdiction = "don.thuoc_tham_quyen"
    case petitionsToResolve = "don.phai_giai_quyet"
    case petitionsResolved = "don.da_giai_quyet"
    case petitionsPending = "don.dang_giai_quyet"
    case casesRaised = "vu_viec.tiep_nhan"
    case casesResolved = "vu_viec.da_giai_quyet"
    case casesPending = "vu_viec.dang_giai_quyet"
    case cases = "vu_viec"
    case receptionVisits = "tiep_cong_dan.luot"
    case dialogueSessions = "doi_thoai.cuoc"
    case dialogueAttendances = "doi_thoai.luot_tham_du"
    case dialogueOpinions = "doi_thoai.y_kien"
    case inspections = "thanh_tra.cuoc"
}

/// The petition type of the `type` column.
public enum PetitionType: String, Sendable, CaseIterable {
    /// khiếu nại, complaints
    case complaint = "khieu_nai"
    /// tố cáo, denunciations
    case denunciation = "to_cao"
    /// kiến nghị, phản ánh: recommendations and reports
    case recommendation = "kien_nghi_phan_anh"
}

/// What kind of thing a figure counts, read from its unit.
enum CountedThing: Sendable, Hashable {
    /// "đơn", "đơn thư"
    case petitions
    /// "vụ việc", "vụ"
    case cases
    /// "lượt", "lượt người", "lượt công dân"
    case visits
    /// "lượt ý kiến", "ý kiến"
    case opinions
    /// "cuộc", "hội nghị", "buổi"
    case sessions

    /// `petitionTalk` says whether the text around speaks of complaints and petitions: a bare
    /// "vụ" is a case of a complaint there, and a crime, an accident or a fire elsewhere.
    init?(unit: String, subjectWords: [String], petitionTalk: Bool) {
        switch unit {
        case "đơn", "đơn thư": self = .petitions
        case "vụ việc": self = .cases
        case "vụ":
            guard petitionTalk else { return nil }
            self = .cases
        case "lượt ý kiến", "ý kiến": self = .opinions
        case "lượt", "lượt người", "lượt công dân", "lượt cán bộ":
            self = subjectWords.starts(with: ["ý", "kiến"]) ? .opinions : .visits
        case "cuộc", "hội nghị", "buổi": self = .sessions
        default: return nil
        }
    }
}

/// Words of texts about complaints and petitions, and of texts about crime and accidents.
enum Topic {
    static let petitionWords = ["khiếu nại", "tố cáo", "kntc", "đơn thư", "khiếu kiện", "vụ việc", "kiến nghị", "phản ánh", "giải quyết"]
    static let crimeWords = ["tội phạm", "tai nạn", "cháy", "ma túy", "ma tuý", "vụ án", "hình sự", "đối tượng", "thiệt hại"]

    static func speaksOfPetitions(_ lowercasedText: String) -> Bool {
        petitionWords.contains(where: lowercasedText.contains) && !crimeWords.contains(where: lowercasedText.contains)
    }
}

/// What the sentence says happened to the counted things.
enum Predicate: Sendable, Hashable {
    case received, inJurisdiction, toResolve, resolved, pending
    /// Said of cases in a way none of the others is ("cơ bản xong", "rà soát").
    case other
    /// "tiếp" citizens
    case visited
    /// "tham dự", "tham gia"
    case attended
    /// "tăng", "giảm": the figure is a change between periods.
    case change
    /// Words that look like a predicate but are not one ("tiếp xúc", "nhận thức").
    case ignored
}
