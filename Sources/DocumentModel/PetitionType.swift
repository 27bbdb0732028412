/// The petition type of a figure, the `type` column.
public enum PetitionType: String, Sendable, Codable, CaseIterable {
    /// No single type: the empty column.
    case unspecified = ""
    /// khiếu nại, complaints
    case complaint = "khieu_nai"
    /// tố cáo, denunciations
    case denunciation = "to_cao"
    /// kiến nghị, phản ánh: recommendations and reports
    case recommendation = "kien_nghi_phan_anh"
}
