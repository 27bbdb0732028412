/// The petition ("đơn thư") measure of a figure, the `measure` column.
public enum PetitionMeasure: String, Sendable, Codable, CaseIterable {
    /// Not a petition figure: the empty column.
    case unspecified = ""
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
