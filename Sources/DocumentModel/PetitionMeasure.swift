/// The petition ("đơn thư") measure of a figure, the `measure` column.
public enum PetitionMeasure: String, Sendable, Codable, CaseIterable {
    /// Not a petition figure: the empty column.
    case unspecified = ""
    case petitionsReceived = "don.tiep_nhan"
    case petitionsInJurisdiction = "don.thuoc_tham_quyen"
    case petitionsToResolve = "don.phai_giai_quyet"
    case petitionsResolved = "don.da_giai_quyet"
    case petitionsPending = "don.dang_giai_quyet"
    case petitionsProcessed = "don.da_xu_ly"
    case petitionsForwarded = "don.chuyen"
    case petitionsGuided = "don.huong_dan"
    case petitionsArchived = "don.luu"
    case petitionsOutsideJurisdiction = "don.khong_thuoc_tham_quyen"
    case petitionsIneligible = "don.khong_du_dieu_kien"
    case casesRaised = "vu_viec.tiep_nhan"
    case casesResolved = "vu_viec.da_giai_quyet"
    case casesPending = "vu_viec.dang_giai_quyet"
    case cases = "vu_viec"
    case receptionVisits = "tiep_cong_dan.luot"
    case receptionPersons = "tiep_cong_dan.nguoi"
    case receptionDelegations = "tiep_cong_dan.doan"
    /// Sessions of citizen reception held ("52 buổi tiếp công dân"): added to the vocabulary in
    /// round four of issue #14; reports count them beside the visits they received.
    case receptionSessions = "tiep_cong_dan.buoi"
    case dialogueSessions = "doi_thoai.cuoc"
    case dialogueAttendances = "doi_thoai.luot_tham_du"
    case dialogueOpinions = "doi_thoai.y_kien"
    case inspections = "thanh_tra.cuoc"
    /// Petitions whose state the text does not give: the whole a part was taken from ("đã giải
    /// quyết 40 trong tổng số 52 đơn"). Declared last, so the review page's colours stay.
    case petitions = "don"

    /// What the measure counts, before its state: "don", "vu_viec", "tiep_cong_dan", …
    public var domain: Substring { rawValue.split(separator: ".", maxSplits: 1).first ?? "" }

    /// Petitions and cases: the measures a petition type is read for.
    public var isTyped: Bool { PetitionMeasure.typedDomains.contains(domain) }

    private static let typedDomains: Set<Substring> = ["don", "vu_viec"]
}
